import { decodeXml } from './xmlText';
import { tokenizeXml, type XmlAttribute } from './xmlTokenizer';

/*
 * Where every element of a source file sits in its text. The export of an imported process
 * rewrites only the ranges RoleFlow owns and copies every other character, so it needs the
 * exact offsets of tags, attribute values and contents — which a DOM or bpmn-moddle does not
 * keep. Built after xmlGuard has accepted the text, so the input is bounded and well-formed.
 */

export const NS = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
} as const;

export type XmlElement = {
  /** Qualified name as written. */
  name: string;
  local: string;
  /** Namespace URI ('' when unbound). */
  ns: string;
  /** `<` of the start tag, first character after it, `<` of the end tag, first after it. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  attributes: XmlAttribute[];
  parent: XmlElement | null;
  children: XmlElement[];
  /** Prefix → namespace URI in scope here ('' is the default namespace). */
  scope: ReadonlyMap<string, string>;
};

export type XmlIndex = {
  text: string;
  root: XmlElement;
  /** BPMN, DI and DC elements by id; the first of duplicates, as bpmn-moddle keeps it. */
  byId: Map<string, XmlElement>;
  /** Every element, in document order. */
  all: XmlElement[];
};

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const MODEL_NAMESPACES = new Set<string>(Object.values(NS));

export function indexXml(text: string): XmlIndex {
  const all: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  tokenizeXml(
    text,
    {
      startTag(tag) {
        const parent = stack[stack.length - 1] ?? null;
        const scope = declareNamespaces(parent?.scope, tag.attributes);
        const colon = tag.name.indexOf(':');
        const prefix = colon === -1 ? '' : tag.name.slice(0, colon);
        const element: XmlElement = {
          name: tag.name,
          local: colon === -1 ? tag.name : tag.name.slice(colon + 1),
          ns: scope.get(prefix) ?? '',
          start: tag.start,
          openEnd: tag.end,
          closeStart: tag.end,
          end: tag.end,
          selfClosing: tag.selfClosing,
          attributes: tag.attributes,
          parent,
          children: [],
          scope,
        };
        all.push(element);
        if (parent === null) root ??= element;
        else parent.children.push(element);
        if (!tag.selfClosing) stack.push(element);
      },
      endTag(_name, start, end) {
        const element = stack.pop();
        if (element) {
          element.closeStart = start;
          element.end = end;
        }
      },
    },
    Number.MAX_SAFE_INTEGER,
  );
  if (root === null) throw new Error('indexXml: no root element');
  const byId = new Map<string, XmlElement>();
  for (const element of all) {
    if (!MODEL_NAMESPACES.has(element.ns)) continue;
    const id = attr(element, 'id');
    if (id !== undefined && !byId.has(id)) byId.set(id, element);
  }
  return { text, root, byId, all };
}

function declareNamespaces(
  inherited: ReadonlyMap<string, string> | undefined,
  attributes: XmlAttribute[],
): ReadonlyMap<string, string> {
  let scope: Map<string, string> | null = null;
  for (const attribute of attributes) {
    if (attribute.name !== 'xmlns' && !attribute.name.startsWith('xmlns:')) continue;
    scope ??= new Map(inherited ?? [['xml', XML_NS]]);
    scope.set(attribute.name === 'xmlns' ? '' : attribute.name.slice(6), decodeXml(attribute.raw));
  }
  return scope ?? inherited ?? new Map([['xml', XML_NS]]);
}

/** An unprefixed attribute's decoded value (BPMN attributes are unqualified). */
export function attr(element: XmlElement, name: string): string | undefined {
  const found = element.attributes.find((attribute) => attribute.name === name);
  return found === undefined ? undefined : decodeXml(found.raw);
}

export function attrNode(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((attribute) => attribute.name === name);
}

export function childrenOf(element: XmlElement, ns: string, local: string): XmlElement[] {
  return element.children.filter((child) => child.ns === ns && child.local === local);
}

export function firstChild(element: XmlElement, ns: string, local: string): XmlElement | undefined {
  return element.children.find((child) => child.ns === ns && child.local === local);
}

/** Text content of a leaf element (CDATA unwrapped, entities decoded). */
export function textOf(index: XmlIndex, element: XmlElement): string {
  if (element.selfClosing) return '';
  const raw = index.text.slice(element.openEnd, element.closeStart);
  if (raw.includes('<![CDATA[')) {
    return raw
      .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
      .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXml(part)))
      .join('');
  }
  return decodeXml(raw);
}

/** The source text of an element, exactly as written. */
export function sourceOf(index: XmlIndex, element: XmlElement): string {
  return index.text.slice(element.start, element.end);
}

/**
 * The id a reference names. References are QNames, so some tools write
 * bpmnElement="semantic:Task_1"; the prefix is dropped unless the id itself has a colon.
 */
export function resolveId(index: XmlIndex, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (index.byId.has(trimmed)) return trimmed;
  const colon = trimmed.indexOf(':');
  return colon === -1 ? trimmed : trimmed.slice(colon + 1);
}

export function isBpmn(element: XmlElement, local?: string): boolean {
  return element.ns === NS.bpmn && (local === undefined || element.local === local);
}

export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const pending = [...element.children].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    out.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) {
      const child = next.children[i];
      if (child) pending.push(child);
    }
  }
  return out;
}
