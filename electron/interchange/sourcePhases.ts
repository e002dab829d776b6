import type { Phase, ProcessNode } from '../../shared/process';
import { readBounds, toGraph, type Bounds, type DiTransform } from './diGeometry';
import { type DiPlane } from './diIndex';
import { idOf, one, str, type ModdleObject } from './moddle';
import { type SourceLane } from './sourceTypes';

/*
 * Phases (阶段) of an imported process: BPMN groups that name a category value (the phase's
 * name) and are drawn across every lane — the band a cross-functional chart calls a phase.
 * A group that spans only some lanes, or has no name or no drawing, stays an ordinary group
 * (kept in the file, not shown). Phases follow each other along the flow in drawing order;
 * each step belongs to the phase its centre lies in.
 */

/** How far a group may fall short of the lanes' outer edges and still span them all. */
const TOLERANCE = 2;
const MIN_SIZE = 20;
const MAX_SIZE = 1e5;
const MAX_NAME = 200;

export type ReadPhases = { phases: Phase[]; groupIds: Set<string> };

export function readPhases(
  artifacts: ModdleObject[],
  plane: DiPlane | undefined,
  transform: DiTransform,
  lanes: SourceLane[],
): ReadPhases {
  const none: ReadPhases = { phases: [], groupIds: new Set() };
  const laneBounds = lanes.map((lane) => lane.bounds).filter((b): b is Bounds => b !== undefined);
  if (laneBounds.length === 0 || laneBounds.length !== lanes.length || plane === undefined) {
    return none;
  }
  const vertical = transform.vertical;
  const low = Math.min(...laneBounds.map((b) => (vertical ? b.x : b.y)));
  const high = Math.max(...laneBounds.map((b) => (vertical ? b.x + b.width : b.y + b.height)));
  const found: { id: string; name: string; start: number; size: number }[] = [];
  for (const artifact of artifacts) {
    if (!artifact.$instanceOf('bpmn:Group')) continue;
    const id = idOf(artifact);
    const value = one(artifact, 'categoryValueRef');
    const name = value === undefined ? undefined : str(value, 'value');
    const bounds = id === undefined ? undefined : readBounds(plane.shapes.get(id));
    if (id === undefined || name === undefined || bounds === undefined) continue;
    const from = vertical ? bounds.x : bounds.y;
    const to = vertical ? bounds.x + bounds.width : bounds.y + bounds.height;
    if (from > low + TOLERANCE || to < high - TOLERANCE) continue;
    const graph = toGraph(transform, bounds);
    found.push({
      id,
      name: name.slice(0, MAX_NAME),
      start: vertical ? graph.y : graph.x,
      size: vertical ? graph.height : graph.width,
    });
  }
  found.sort((a, b) => a.start - b.start);
  return {
    phases: found.map(({ id, name, size }) => ({
      id,
      name,
      size: Math.min(MAX_SIZE, Math.max(MIN_SIZE, size)),
    })),
    groupIds: new Set(found.map((phase) => phase.id)),
  };
}

/** The phase each step's centre lies in, read from where the file draws the phases. */
export function assignPhases(
  nodes: ProcessNode[],
  artifacts: ModdleObject[],
  plane: DiPlane | undefined,
  transform: DiTransform,
  phases: Phase[],
): void {
  const bands = phases.flatMap((phase) => {
    const group = artifacts.find((artifact) => idOf(artifact) === phase.id);
    const bounds = group && readBounds(plane?.shapes.get(phase.id));
    if (bounds === undefined) return [];
    const graph = toGraph(transform, bounds);
    const start = transform.vertical ? graph.y : graph.x;
    return [
      { id: phase.id, start, end: start + (transform.vertical ? graph.height : graph.width) },
    ];
  });
  for (const node of nodes) {
    if (node.kind === 'annotation') continue;
    const centre = transform.vertical ? node.y + node.height / 2 : node.x + node.width / 2;
    const band = bands.find((b) => centre >= b.start && centre < b.end);
    if (band) node.phaseId = band.id;
  }
}
