import type { AlignmentProcess } from '../alignment/library';
import { DEFAULT_LANE_SIZE, laneBands } from '../layout/geometry';
import type { Lane, ProcessGraph, ProcessNode } from '../process';

/*
 * What a responsibility change does to one map: lanes bound to a role rebound, renamed or
 * unbound, RACI letters handed over, single steps moved into the receiving role's lane. Pure:
 * the planner collects the results and main writes them in one transaction.
 */

export type RoleRef = { roleId: number; title: string };

export type MapEdit = {
  graph: ProcessGraph;
  ownerRoleId: number | null;
  lanesRebound: number;
  lanesAdded: number;
  raciChanged: number;
  /** Steps whose performer changes (by their lane or an R letter). */
  steps: { nodeId: string; label: string }[];
};

function isActivity(node: ProcessNode): boolean {
  return node.kind === 'activity' || node.kind === 'subProcess';
}

/** RACI of one step with the `from` roles' letters handed to `to` (merged if it has one) or dropped. */
function handOverRaci(node: ProcessNode, from: ReadonlySet<number>, to: RoleRef | null) {
  const activity = node.activity;
  if (!activity?.raci.some((entry) => from.has(entry.roleId))) return null;
  const raci = activity.raci.flatMap((entry) => {
    if (!from.has(entry.roleId)) return [entry];
    if (to === null || activity.raci.some((other) => other.roleId === to.roleId)) return [];
    return [{ ...entry, roleId: to.roleId }];
  });
  const changed = activity.raci.filter((entry) => from.has(entry.roleId)).length;
  const performerMoved = activity.raci.some((e) => from.has(e.roleId) && e.letter === 'R');
  return { node: { ...node, activity: { ...activity, raci } }, changed, performerMoved };
}

/**
 * Hands every use of the `from` roles in the map to `to`, or unbinds it (to null: lanes keep
 * their name as plain named lanes). The owner follows when `withOwner`. Null: nothing changes.
 */
export function rebindRoles(
  process: AlignmentProcess,
  from: ReadonlySet<number>,
  to: RoleRef | null,
  formerTitle: (roleId: number) => string,
  withOwner: boolean,
): MapEdit | null {
  const rebound = new Set<string>();
  const lanes = process.graph.lanes.map((lane): Lane => {
    if (lane.owner.kind !== 'role' || !from.has(lane.owner.roleId)) return lane;
    rebound.add(lane.id);
    if (to === null) {
      const name = lane.name.trim() === '' ? formerTitle(lane.owner.roleId) : lane.name;
      return { ...lane, name, owner: { kind: 'none' } };
    }
    return { ...lane, name: to.title, owner: { kind: 'role', roleId: to.roleId } };
  });
  let raciChanged = 0;
  const steps: MapEdit['steps'] = [];
  const nodes = process.graph.nodes.map((node) => {
    const handed = handOverRaci(node, from, to);
    if (handed) raciChanged += handed.changed;
    const inLane = node.laneId !== null && rebound.has(node.laneId);
    if (isActivity(node) && (inLane || handed?.performerMoved === true)) {
      steps.push({ nodeId: node.id, label: node.label });
    }
    return handed?.node ?? node;
  });
  const ownerMoves = withOwner && process.ownerRoleId !== null && from.has(process.ownerRoleId);
  if (rebound.size === 0 && raciChanged === 0 && !ownerMoves) return null;
  return {
    graph: { ...process.graph, lanes, nodes },
    ownerRoleId: ownerMoves ? (to?.roleId ?? null) : process.ownerRoleId,
    lanesRebound: rebound.size,
    lanesAdded: 0,
    raciChanged,
    steps,
  };
}

/** The lanes bound to the role take its new title. Null: none is named otherwise. */
export function renameLanes(process: AlignmentProcess, role: RoleRef): MapEdit | null {
  let renamed = 0;
  const lanes = process.graph.lanes.map((lane): Lane => {
    if (lane.owner.kind !== 'role' || lane.owner.roleId !== role.roleId) return lane;
    if (lane.name === role.title) return lane;
    renamed += 1;
    return { ...lane, name: role.title };
  });
  if (renamed === 0) return null;
  const graph = { ...process.graph, lanes };
  return {
    graph,
    ownerRoleId: process.ownerRoleId,
    lanesRebound: renamed,
    lanesAdded: 0,
    raciChanged: 0,
    steps: [],
  };
}

/**
 * Moves single steps from the role's lane into the receiving role's lane (added at the end
 * of the map when it has none, so nothing else moves), keeping their place along the flow;
 * the giving role's RACI letters on them go along. A lane whose every step moves is rebound
 * instead, so the map keeps its shape.
 */
export function moveSteps(
  process: AlignmentProcess,
  nodeIds: ReadonlySet<string>,
  fromRoleId: number,
  to: RoleRef,
): MapEdit | null {
  const { graph } = process;
  const fromLanes = new Set(
    graph.lanes.flatMap((l) =>
      l.owner.kind === 'role' && l.owner.roleId === fromRoleId ? [l.id] : [],
    ),
  );
  const moving = graph.nodes.filter((n) => nodeIds.has(n.id) && isActivity(n));
  // A lane is rebound whole only when steps of it move and none stays behind.
  const whole = [...fromLanes].filter(
    (laneId) =>
      moving.some((n) => n.laneId === laneId) &&
      graph.nodes.every((n) => n.laneId !== laneId || !isActivity(n) || nodeIds.has(n.id)),
  );
  let lanes = graph.lanes.map((lane): Lane =>
    whole.includes(lane.id)
      ? { ...lane, name: to.title, owner: { kind: 'role', roleId: to.roleId } }
      : lane,
  );
  const needsLane = moving.some(
    (n) => n.laneId !== null && fromLanes.has(n.laneId) && !whole.includes(n.laneId),
  );
  let target = lanes.find(
    (l) => l.owner.kind === 'role' && l.owner.roleId === to.roleId && !whole.includes(l.id),
  );
  let lanesAdded = 0;
  if (needsLane && !target) {
    const taken = new Set(lanes.map((l) => l.id));
    let laneId = `lane-role-${to.roleId}`;
    for (let n = 2; taken.has(laneId); n += 1) laneId = `lane-role-${to.roleId}-${n}`;
    target = {
      id: laneId,
      name: to.title,
      owner: { kind: 'role', roleId: to.roleId },
      size: DEFAULT_LANE_SIZE,
    };
    lanes = [...lanes, target];
    lanesAdded = 1;
  }
  const bands = new Map(laneBands(lanes).map((band) => [band.laneId, band.top]));
  const vertical = graph.orientation === 'vertical';
  const from = new Set([fromRoleId]);
  let raciChanged = 0;
  const steps: MapEdit['steps'] = [];
  const nodes = graph.nodes.map((node): ProcessNode => {
    if (!nodeIds.has(node.id) || !isActivity(node)) return node;
    const handed = handOverRaci(node, from, to);
    let moved = handed?.node ?? node;
    if (handed) raciChanged += handed.changed;
    const inFromLane = node.laneId !== null && fromLanes.has(node.laneId);
    if (inFromLane && node.laneId !== null && !whole.includes(node.laneId) && target) {
      const shift = (bands.get(target.id) ?? 0) - (bands.get(node.laneId) ?? 0);
      moved = vertical
        ? { ...moved, laneId: target.id, x: moved.x + shift }
        : { ...moved, laneId: target.id, y: moved.y + shift };
    }
    if (inFromLane || handed?.performerMoved === true)
      steps.push({ nodeId: node.id, label: node.label });
    return moved;
  });
  if (steps.length === 0 && raciChanged === 0 && whole.length === 0) return null;
  return {
    graph: { ...graph, lanes, nodes },
    ownerRoleId: process.ownerRoleId,
    lanesRebound: whole.length,
    lanesAdded,
    raciChanged,
    steps,
  };
}
