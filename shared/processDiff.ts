import type { ProcessGraph, ProcessNode } from './process';

/*
 * What changed between two versions of a map, step by step (持续改进: each revision records
 * what changed). Shapes are matched by id — a step keeps its id through every edit, so a
 * renamed or moved step is the same step, and a deleted and redrawn one is a removal and an
 * addition. Notes (annotations) are not steps and are left out.
 */

export type StepChange =
  | { kind: 'added'; nodeId: string; label: string; lane: string | null }
  | { kind: 'removed'; nodeId: string; label: string; lane: string | null }
  | { kind: 'moved'; nodeId: string; label: string; from: string | null; to: string | null }
  | { kind: 'renamed'; nodeId: string; from: string; to: string };

export type StepChangeKind = StepChange['kind'];

/** How a shape is marked on the compared map: one mark per shape, the strongest change. */
export type StepMark = 'added' | 'removed' | 'moved' | 'renamed';

export type ProcessDiff = {
  /** In the newer version's drawing order; removed steps last, in the older one's order. */
  changes: StepChange[];
  marks: Map<string, StepMark>;
  /** Shapes of the older version that are gone, to be drawn where they were. */
  removedNodes: ProcessNode[];
};

/** The changes from `before` to `after` (older and newer version). */
export function diffProcesses(before: ProcessGraph, after: ProcessGraph): ProcessDiff {
  const laneName = (graph: ProcessGraph, laneId: string | null) =>
    laneId === null ? null : (graph.lanes.find((lane) => lane.id === laneId)?.name ?? null);
  const old = new Map(shown(before).map((node) => [node.id, node]));
  const now = new Set(shown(after).map((node) => node.id));
  const changes: StepChange[] = [];
  const marks = new Map<string, StepMark>();
  for (const node of shown(after)) {
    const was = old.get(node.id);
    if (was === undefined) {
      changes.push({
        kind: 'added',
        nodeId: node.id,
        label: node.label,
        lane: laneName(after, node.laneId),
      });
      marks.set(node.id, 'added');
      continue;
    }
    if (was.label !== node.label) {
      changes.push({ kind: 'renamed', nodeId: node.id, from: was.label, to: node.label });
      marks.set(node.id, 'renamed');
    }
    if (was.laneId !== node.laneId) {
      changes.push({
        kind: 'moved',
        nodeId: node.id,
        label: node.label,
        from: laneName(before, was.laneId),
        to: laneName(after, node.laneId),
      });
      marks.set(node.id, 'moved');
    }
  }
  const removedNodes = shown(before).filter((node) => !now.has(node.id));
  for (const node of removedNodes) {
    changes.push({
      kind: 'removed',
      nodeId: node.id,
      label: node.label,
      lane: laneName(before, node.laneId),
    });
    marks.set(node.id, 'removed');
  }
  return { changes, marks, removedNodes };
}

function shown(graph: ProcessGraph): ProcessNode[] {
  return graph.nodes.filter((node) => node.kind !== 'annotation');
}
