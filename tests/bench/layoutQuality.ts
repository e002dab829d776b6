import { pathToFileURL } from 'node:url';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { insurerProcesses } from '../../electron/library/seed/insurerProcess';
import { layoutProcess } from '../../shared/layout/laneLayout';
import { edgePath, polylineCrossings } from '../../shared/layout/router';
import type { Point, ProcessGraph, ProcessNode } from '../../shared/process';
import { generateProcess } from '../unit/layout/fixtures';
import { seededRandom } from './prng';
import { elapsedMs } from './stats';
import { table } from './table';

/*
 * Layout quality beside elkjs's layered algorithm, on the insurer map and 20 generated lane
 * maps of 30–200 steps with branches and rework loops: connectors through steps (a
 * connector passing through the inside of a shape other than its two ends; target 0), the
 * points where two connectors cross, and the area of the drawing (the box around every
 * shape and connector, lane titles left out, in million square units).
 *
 * ELK gets the same node sizes and edges, the same gaps (30 between nodes, 60 between
 * layers), left-to-right direction and orthogonal edge routing, but no lanes: it is ELK's
 * flat layered layout, since lanes as ELK partitions only constrain the order of layers and
 * lanes as compound nodes cost it about 1.5 s for 500 nodes. So ELK's figures are those of
 * a drawing free to put any step anywhere — a yardstick for routing and compactness, not a
 * cross-functional chart.
 */

export type Quality = { through: number; crossings: number; area: number; ms: number };
export type QualityRow = {
  name: string;
  nodes: number;
  edges: number;
  ours: Quality;
  elk: Quality;
};

type Drawn = {
  nodes: readonly ProcessNode[];
  paths: { id: string; source: string; target: string; points: Point[] }[];
};

const GENERATED = 20;
const SEED = 0x1a70;

function graphsToMeasure(): { name: string; graph: ProcessGraph }[] {
  const insurer = insurerProcesses({ department: () => 1, role: () => 1 })[0]?.graph;
  const random = seededRandom(SEED);
  const generated = Array.from({ length: GENERATED }, (_, i) => {
    const nodes = 30 + Math.round((i * 170) / (GENERATED - 1));
    const lanes = random.int(3, 6);
    const graph = generateProcess(
      { nodes, edges: Math.round(nodes * 1.3), lanes },
      random.int(1, 0x7fffffff),
    );
    return { name: `generated ${i + 1} (${lanes} lanes)`, graph };
  });
  return [...(insurer ? [{ name: 'insurer as-is (5 lanes)', graph: insurer }] : []), ...generated];
}

function passesThrough(a: Point, b: Point, n: ProcessNode): boolean {
  return (
    Math.min(a.x, b.x) < n.x + n.width &&
    Math.max(a.x, b.x) > n.x &&
    Math.min(a.y, b.y) < n.y + n.height &&
    Math.max(a.y, b.y) > n.y
  );
}

function measure(drawn: Drawn, ms: number): Quality {
  let through = 0;
  for (const path of drawn.paths) {
    const crossed = drawn.nodes.some(
      (n) =>
        n.id !== path.source &&
        n.id !== path.target &&
        path.points.some((p, i) => {
          const next = path.points[i + 1];
          return next !== undefined && passesThrough(p, next, n);
        }),
    );
    if (crossed) through += 1;
  }
  const xs = [
    ...drawn.nodes.flatMap((n) => [n.x, n.x + n.width]),
    ...drawn.paths.flatMap((p) => p.points.map((q) => q.x)),
  ];
  const ys = [
    ...drawn.nodes.flatMap((n) => [n.y, n.y + n.height]),
    ...drawn.paths.flatMap((p) => p.points.map((q) => q.y)),
  ];
  const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  return { through, crossings: polylineCrossings(drawn.paths).length, area, ms };
}

function ours(graph: ProcessGraph): Quality {
  const start = process.hrtime.bigint();
  const laid = layoutProcess(graph);
  const ms = elapsedMs(start);
  const nodes = new Map(laid.nodes.map((n) => [n.id, n]));
  const paths = laid.edges.flatMap((e) => {
    const points = edgePath(e, nodes);
    return points ? [{ id: e.id, source: e.source, target: e.target, points }] : [];
  });
  return measure({ nodes: laid.nodes, paths }, ms);
}

const elk = new ELK();

async function withElk(graph: ProcessGraph): Promise<Quality> {
  const input: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '30',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
    },
    children: graph.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: graph.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const start = process.hrtime.bigint();
  const result = await elk.layout(input);
  const ms = elapsedMs(start);
  const nodes: ProcessNode[] = graph.nodes.map((n) => {
    const placed = result.children?.find((c) => c.id === n.id);
    return { ...n, x: placed?.x ?? 0, y: placed?.y ?? 0 };
  });
  const paths = (result.edges ?? []).flatMap((e) => {
    const section = e.sections?.[0];
    const source = e.sources[0];
    const target = e.targets[0];
    if (!section || !source || !target) return [];
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
    return [{ id: e.id, source, target, points: points.map((p) => ({ x: p.x, y: p.y })) }];
  });
  return measure({ nodes, paths }, ms);
}

export async function benchLayoutQuality(): Promise<QualityRow[]> {
  const rows: QualityRow[] = [];
  for (const { name, graph } of graphsToMeasure()) {
    rows.push({
      name,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      ours: ours(graph),
      elk: await withElk(graph),
    });
  }
  return rows;
}

export function printLayoutQuality(rows: readonly QualityRow[]): void {
  const area = (q: Quality) => (q.area / 1e6).toFixed(2);
  const line = (name: string, size: string, o: Quality, e: Quality) => [
    name,
    size,
    String(o.through),
    String(e.through),
    String(o.crossings),
    String(e.crossings),
    area(o),
    area(e),
    o.ms.toFixed(1),
    e.ms.toFixed(1),
  ];
  const sum = (pick: (r: QualityRow) => Quality): Quality =>
    rows.reduce<Quality>(
      (total, r) => {
        const q = pick(r);
        return {
          through: total.through + q.through,
          crossings: total.crossings + q.crossings,
          area: total.area + q.area,
          ms: total.ms + q.ms,
        };
      },
      { through: 0, crossings: 0, area: 0, ms: 0 },
    );
  console.log('\nLayout quality: ours (lanes, routed) beside elkjs layered (flat, no lanes)\n');
  console.log(
    table(
      [
        'map',
        'steps/connectors',
        'through ours',
        'elk',
        'crossings ours',
        'elk',
        'area M ours',
        'elk',
        'ms ours',
        'elk',
      ],
      [
        ...rows.map((r) => line(r.name, `${r.nodes}/${r.edges}`, r.ours, r.elk)),
        line(
          'all maps',
          '',
          sum((r) => r.ours),
          sum((r) => r.elk),
        ),
      ],
    ),
  );
  console.log('through: connectors passing through a step other than their ends (target 0)');
}

const isMain =
  process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;

if (isMain) {
  // `npx tsx tests/bench/layoutQuality.ts` prints the table alone.
  printLayoutQuality(await benchLayoutQuality());
}
