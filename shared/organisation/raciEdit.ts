import type { ProcessGraph, RaciLetter } from '../process';

/*
 * One cell of the RACI matrix written back into the map: the role's letters on the step
 * become exactly `letter`, or none. The lane's role is R by default (raciLetters.ts), so
 * giving it R clears its entries and "none" cannot be said of it: someone must do the work
 * drawn in its lane (rule R4); move the step to another lane instead.
 */

export type RaciEditResult =
  { ok: true; graph: ProcessGraph } | { ok: false; reason: 'stepMissing' | 'laneRoleNeedsLetter' };

export function withRaciLetter(
  graph: ProcessGraph,
  nodeId: string,
  roleId: number,
  letter: RaciLetter | null,
): RaciEditResult {
  const node = graph.nodes.find((n) => n.id === nodeId && n.kind === 'activity');
  if (!node?.activity) return { ok: false, reason: 'stepMissing' };
  const lane = graph.lanes.find((l) => l.id === node.laneId);
  const isLaneRole = lane?.owner.kind === 'role' && lane.owner.roleId === roleId;
  if (isLaneRole && letter === null) return { ok: false, reason: 'laneRoleNeedsLetter' };
  const others = node.activity.raci.filter((entry) => entry.roleId !== roleId);
  const own = letter === null || (isLaneRole && letter === 'R') ? [] : [{ roleId, letter }];
  const activity = { ...node.activity, raci: [...others, ...own] };
  return {
    ok: true,
    graph: {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === nodeId ? { ...n, activity } : n)),
    },
  };
}
