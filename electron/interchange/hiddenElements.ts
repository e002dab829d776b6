import { type ModdleObject } from './moddle';

/*
 * Names for what an import keeps but does not show, so the user is told in words
 * ("2 boundary events, 1 group") rather than in BPMN type names.
 */

export const INSIDE_SUB_PROCESSES = 'element inside sub-processes';

/** "bpmn:IntermediateCatchEvent" → "intermediate catch event". */
export function hiddenLabel(element: ModdleObject): string {
  const local = element.$type.slice(element.$type.indexOf(':') + 1);
  return local.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function plural(label: string, count: number): string {
  if (count === 1) return `1 ${label}`;
  if (label === INSIDE_SUB_PROCESSES) return `${count} elements inside sub-processes`;
  if (label.endsWith('s')) return `${count} ${label}es`;
  return `${count} ${label}s`;
}

/** "Process "Order": RoleFlow does not show 2 boundary events and 1 group; …" or null. */
export function hiddenSummary(processName: string, hidden: Map<string, number>): string | null {
  if (hidden.size === 0) return null;
  const parts = [...hidden.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([label, count]) => plural(label, count));
  const last = parts.pop();
  const list = parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
  return (
    `Process "${processName}": RoleFlow does not show ${list}; ` +
    'they are kept and written back unchanged when you export this process as BPMN.'
  );
}
