import type { ProcessGraph, ProcessNode } from '../../shared/process';

/*
 * Before an imported map with vertical lanes (columns) is written back into its file, each
 * lane is widened to hold the shapes the user added or moved into it, and those shapes are
 * kept inside their lane: a new 120-wide task in a 70-wide lane of another tool's file would
 * otherwise stick out of it. Shapes the file drew itself are left alone, so an unchanged
 * export stays the file as it was.
 *
 * Maps imported before RoleFlow had vertical maps hold such files' shapes turned a quarter
 * (vertical lanes read as horizontal bands, each shape's centre with its axes swapped):
 * fromLegacyVertical turns them back.
 */

const PAD = 10;

export function fitVerticalLanes(graph: ProcessGraph, base: ProcessGraph): ProcessGraph {
  const before = new Map(base.nodes.map((node) => [node.id, node]));
  const touched = (node: ProcessNode) => {
    const old = before.get(node.id);
    return (
      old === undefined ||
      old.x !== node.x ||
      old.y !== node.y ||
      old.width !== node.width ||
      old.height !== node.height ||
      old.laneId !== node.laneId
    );
  };
  // A joint step is drawn across its lane and the next ones on purpose: it is left as drawn.
  const moved = new Set(
    graph.nodes.filter((node) => touched(node) && !node.jointLaneId).map((node) => node.id),
  );
  const byLane = new Map<string, ProcessNode[]>();
  const nodes = graph.nodes.map((node) => ({ ...node }));
  for (const node of nodes) {
    if (node.laneId !== null) byLane.set(node.laneId, [...(byLane.get(node.laneId) ?? []), node]);
  }
  let offset = 0;
  let left = 0;
  const lanes = graph.lanes.map((lane) => {
    const inLane = byLane.get(lane.id) ?? [];
    const need = Math.max(
      0,
      ...inLane.filter((node) => moved.has(node.id)).map((node) => node.width + 2 * PAD),
    );
    const size = Math.max(lane.size, need);
    for (const node of inLane) {
      node.x += offset;
      if (!moved.has(node.id)) continue;
      const low = left + offset + PAD;
      const high = left + offset + size - PAD - node.width;
      node.x = Math.min(Math.max(node.x, low), Math.max(low, high));
    }
    left += lane.size;
    offset += size - lane.size;
    return size === lane.size ? lane : { ...lane, size };
  });
  const unchanged = nodes.every((node, i) => node.x === graph.nodes[i]?.x);
  return offset === 0 && unchanged ? graph : { ...graph, lanes, nodes };
}

/**
 * A map stored by an earlier RoleFlow from a file with vertical lanes, in today's vertical
 * coordinates: each shape's centre has its axes swapped back; lanes keep their sizes.
 */
export function fromLegacyVertical(graph: ProcessGraph): ProcessGraph {
  return {
    ...graph,
    orientation: 'vertical',
    nodes: graph.nodes.map((node) => ({
      ...node,
      x: node.y + (node.height - node.width) / 2,
      y: node.x + (node.width - node.height) / 2,
    })),
  };
}
