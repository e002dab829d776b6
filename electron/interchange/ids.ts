/*
 * XML ids for exported elements. BPMN ids are XML names (bpmn-moddle drops an element whose
 * id starts with a digit or holds other characters), while RoleFlow's ids are free strings,
 * so an id that is not a valid name is rewritten once and kept unique in the file.
 */

const XML_ID = /^[A-Za-z_][\w.-]*$/;

export function isXmlId(value: string): boolean {
  return XML_ID.test(value);
}

export function toXmlId(value: string): string {
  if (isXmlId(value)) return value;
  const cleaned = value.replace(/[^\w.-]/g, '_');
  return `id_${cleaned === '' ? 'x' : cleaned}`;
}

export class IdAllocator {
  private readonly taken: Set<string>;

  constructor(existing: Iterable<string> = []) {
    this.taken = new Set(existing);
  }

  /** `preferred` (made a valid XML id) if still free, else the same with _2, _3, … */
  claim(preferred: string): string {
    const base = toXmlId(preferred);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}_${n}`;
    this.taken.add(id);
    return id;
  }
}
