/*
 * obj(a) of PROCESS-ANALYSIS.md §c: what a step works on. The declared objects when the map
 * has them (documents and data connected to the step, its inputs/outputs fields), otherwise
 * the label less its verb and the performers' names. Compared by a normalised key, so
 * "投保申请书" and "投保 申请书。" are one object.
 */

export type StepObject = { key: string; name: string };

/** The names in a step's free-text inputs or outputs field ("申请书、体检报告"). */
export function objectsIn(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/[,，、;；\n/|]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Spaces, punctuation and 的 removed, lower case: the comparison key of an object's name. */
export function objectKey(name: string): string {
  return name
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/的/g, '')
    .toLowerCase();
}

/** The step's objects: its inputs, else its outputs, else what its label names. */
export function objectsOf(
  labelObject: string,
  inputs: readonly string[],
  outputs: readonly string[],
): StepObject[] {
  const declared = inputs.length > 0 ? inputs : outputs;
  if (declared.length > 0) return unique(declared.map((name) => toObject(name)));
  return labelObject ? [{ key: labelObject, name: labelObject }] : [];
}

export function toObject(name: string): StepObject {
  return { key: objectKey(name), name: name.trim() };
}

/** The keys two lists of names have in common (first list's order). */
export function sharedKeys(
  first: readonly StepObject[],
  second: readonly StepObject[],
): StepObject[] {
  const keys = new Set(second.map((object) => object.key));
  return first.filter((object) => object.key && keys.has(object.key));
}

export function keysOf(names: readonly string[]): Set<string> {
  return new Set(names.map(objectKey).filter(Boolean));
}

function unique(objects: StepObject[]): StepObject[] {
  const seen = new Set<string>();
  return objects.filter((object) => {
    if (!object.key || seen.has(object.key)) return false;
    seen.add(object.key);
    return true;
  });
}
