import type { FlowModel, FlowNode } from '../flow';

/*
 * How a finding names the elements it is about: by the label the user gave, else by the step
 * number, else by the element's id (the click on the finding frames it on the map anyway).
 */

export function nameOf(node: FlowNode): string {
  const label = node.node.label.trim();
  if (label) return label;
  const step = node.node.stepNumber;
  return step !== null && step !== undefined ? String(step) : node.id;
}

/** The role's title as the library names it, else `#<id>` (a role deleted since). */
export function roleName(flow: FlowModel, roleId: number): string {
  return flow.library.roles.find((role) => role.id === roleId)?.title ?? `#${roleId}`;
}
