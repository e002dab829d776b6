import { nextActivities, type FlowModel, type FlowNode } from '../flow';
import type { Actor, HandOffMatrix } from '../types';

/*
 * Involvement and hand-offs (PROCESS-ANALYSIS.md §b3), over the activities a case passes
 * (v > 0): the performers and departments involved, the approvals and inspections, and
 * H = Σ over a and b ∈ next(a) with actor(a) ≠ actor(b) of v(a)·p(a→b) (Signavio's handover
 * count; back edges included, so each rework round hands the case over again). H_d counts the
 * same traversals when both departments are known and differ; a step outside every lane
 * (no actor) or with no known department hands nothing over that can be counted.
 */

export type Involvement = {
  actors: Actor[];
  departmentIds: number[];
  approvals: number;
  inspections: number;
  handOffs: { roles: number; departments: number; matrix: HandOffMatrix };
};

export function involvement(flow: FlowModel, visits: Map<string, number>): Involvement {
  const passed = flow.activities.filter((node) => (visits.get(node.id) ?? 0) > 0);
  const actors = distinct(passed.flatMap((node) => (node.actor ? [node.actor] : [])));
  const departmentIds = [
    ...new Set(passed.flatMap((node) => (node.departmentId === null ? [] : [node.departmentId]))),
  ];
  const index = new Map(actors.map((actor, i) => [actor.key, i]));
  const counts = actors.map(() => actors.map(() => 0));
  let roles = 0;
  let departments = 0;
  for (const from of passed) {
    const row = from.actor ? index.get(from.actor.key) : undefined;
    for (const [toId, share] of nextActivities(flow, from.id)) {
      const to = flow.nodes.get(toId);
      const column = to?.actor ? index.get(to.actor.key) : undefined;
      const traversals = (visits.get(from.id) ?? 0) * share;
      if (row === undefined || column === undefined || row === column || traversals === 0) continue;
      roles += traversals;
      const matrixRow = counts[row];
      if (matrixRow) matrixRow[column] = (matrixRow[column] ?? 0) + traversals;
      if (crossesDepartments(from, to)) departments += traversals;
    }
  }
  const flagged = (flag: 'isApproval' | 'isInspection') =>
    passed.filter((node) => node.node.activity?.[flag] === true).length;
  return {
    actors,
    departmentIds,
    approvals: flagged('isApproval'),
    inspections: flagged('isInspection'),
    handOffs: { roles, departments, matrix: { actors, counts } },
  };
}

function crossesDepartments(from: FlowNode, to: FlowNode | undefined): boolean {
  const a = from.departmentId;
  const b = to?.departmentId ?? null;
  return a !== null && b !== null && a !== b;
}

/** First occurrence of each actor key, in flow order. */
export function distinct(actors: readonly Actor[]): Actor[] {
  const seen = new Map<string, Actor>();
  for (const actor of actors) if (!seen.has(actor.key)) seen.set(actor.key, actor);
  return [...seen.values()];
}
