import type { ProcessGraph } from '../../process';
import type { Cells } from './order';
import type { Flow, Ranked } from './rank';

/*
 * Nodes outside every band (annotations, steps of unknown lanes) take no part in the
 * layering: each joins the cell of the first step it is linked to, just after it across the
 * flow; the others are left for a column after the last (coordinates.ts).
 */

/** Per node outside the lanes: the first flow node an edge links it to (edge order), or -1. */
export function findHosts(graph: ProcessGraph, flow: Flow): number[] {
  const host = graph.nodes.map(() => -1);
  const isMember = (i: number | undefined): i is number =>
    i !== undefined && (flow.laneOf[i] ?? -1) >= 0;
  const isGuest = (i: number | undefined): i is number =>
    i !== undefined && (flow.laneOf[i] ?? -1) < 0 && host[i] === -1;
  for (const edge of graph.edges) {
    const s = flow.indexOf.get(edge.source);
    const t = flow.indexOf.get(edge.target);
    if (isGuest(s) && isMember(t)) host[s] = t;
    else if (isGuest(t) && isMember(s)) host[t] = s;
  }
  return host;
}

export type Placed = {
  cells: Cells;
  /** Lane band per node index (the host's for an annotation); -1 for nodes left over. */
  band: number[];
  layer: number[];
};

/** Puts each hosted annotation just below its host, in the host's cell, in input order. */
export function placeAnnotations(cells: Cells, host: number[], ranked: Ranked): Placed {
  const guests: number[][] = host.map(() => []);
  host.forEach((h, i) => {
    if (h >= 0) guests[h]?.push(i);
  });
  const hostOf = (i: number) => host[i] ?? -1;
  const band = ranked.flow.laneOf.map((lane, i) =>
    lane >= 0 || hostOf(i) < 0 ? lane : (ranked.flow.laneOf[hostOf(i)] ?? -1),
  );
  const layer = ranked.layer.map((l, i) => (hostOf(i) < 0 ? l : (ranked.layer[hostOf(i)] ?? l)));
  const withGuests = cells.map((row) =>
    row.map((cell) => cell.flatMap((v) => [v, ...(guests[v] ?? [])])),
  );
  return { cells: withGuests, band, layer };
}
