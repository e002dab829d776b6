import type { ProcessGraph, ProcessNode } from '../../shared/process';

/*
 * Vertical lanes are horizontal bands in RoleFlow (diGeometry.ts): shapes keep their width and
 * height around their swapped centre, so tasks are not drawn on their side. Across a vertical
 * lane a shape therefore takes its *width*, which RoleFlow's band (sized by height) does not
 * see: a new 120-wide task in a 70-wide lane would stick out of it. Before an export, each
 * lane is widened to hold the shapes the user added or moved into it, and those shapes are
 * kept inside their lane; shapes the file drew itself are left alone, so an unchanged
 * export stays the file as it was.
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
  const moved = new Set(graph.nodes.filter(touched).map((node) => node.id));
  const byLane = new Map<string, ProcessNode[]>();
  const nodes = graph.nodes.map((node) => ({ ...node }));
  for (const node of nodes) {
    if (node.laneId !== null) byLane.set(node.laneId, [...(byLane.get(node.laneId) ?? []), node]);
  }
  let offset = 0;
  let top = 0;
  const lanes = graph.lanes.map((lane) => {
    const inLane = byLane.get(lane.id) ?? [];
    const need = Math.max(
      0,
      ...inLane.filter((node) => moved.has(node.id)).map((node) => node.width + 2 * PAD),
    );
    const size = Math.max(lane.size, need);
    for (const node of inLane) {
      node.y += offset;
      if (!moved.has(node.id)) continue;
      // Across the lane the shape spans its width around its centre: keep that inside.
      const centre = node.y + node.height / 2;
      const low = top + offset + PAD + node.width / 2;
      const high = top + offset + size - PAD - node.width / 2;
      node.y = Math.min(Math.max(centre, low), Math.max(low, high)) - node.height / 2;
    }
    top += lane.size;
    offset += size - lane.size;
    return size === lane.size ? lane : { ...lane, size };
  });
  const unchanged = nodes.every((node, i) => node.y === graph.nodes[i]?.y);
  return offset === 0 && unchanged ? graph : { ...graph, lanes, nodes };
}
