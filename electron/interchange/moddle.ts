import { BpmnModdle, type ModdleObject } from 'bpmn-moddle';
import { ROLEFLOW_PACKAGE } from './roleflowSchema';

/*
 * The typed facade over bpmn-moddle's elements: bpmn-moddle is untyped, so every property is
 * read through an accessor that checks its runtime type and answers undefined otherwise. A
 * file that puts a string where a list belongs then degrades to "not there", not a crash.
 */

export type { ModdleObject };

/** A moddle that knows the BPMN 2.0 packages and RoleFlow's extension namespace. */
export function createModdle(): BpmnModdle {
  return new BpmnModdle({ roleflow: ROLEFLOW_PACKAGE });
}

export function isModdleObject(value: unknown): value is ModdleObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    '$type' in value &&
    typeof value.$type === 'string' &&
    '$instanceOf' in value &&
    typeof value.$instanceOf === 'function'
  );
}

export function str(element: ModdleObject, name: string): string | undefined {
  const value = element.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function num(element: ModdleObject, name: string): number | undefined {
  const value = element.get(name);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function bool(element: ModdleObject, name: string): boolean | undefined {
  const value = element.get(name);
  return typeof value === 'boolean' ? value : undefined;
}

/** A single contained or referenced element. */
export function one(element: ModdleObject, name: string): ModdleObject | undefined {
  const value = element.get(name);
  return isModdleObject(value) ? value : undefined;
}

/** A many-valued property, keeping only real elements (unresolved references are dropped). */
export function many(element: ModdleObject, name: string): ModdleObject[] {
  const value = element.get(name);
  return Array.isArray(value) ? value.filter(isModdleObject) : [];
}

export function idOf(element: ModdleObject): string | undefined {
  return str(element, 'id');
}

/**
 * Every element of a tree, parents before children. Follows containment only — references
 * (sourceRef, bpmnElement, …) point back into the tree and would be counted twice.
 */
export function walk(root: ModdleObject, visit: (element: ModdleObject) => void): void {
  const pending: ModdleObject[] = [root];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    visit(next);
    const children: ModdleObject[] = [];
    // Elements of foreign namespaces are generic: no descriptor properties, nothing of ours inside.
    for (const property of next.$descriptor.properties ?? []) {
      if (property.isReference) continue;
      const value = next.get(property.name);
      if (Array.isArray(value)) children.push(...value.filter(isModdleObject));
      else if (isModdleObject(value)) children.push(value);
    }
    pending.push(...children.reverse());
  }
}
