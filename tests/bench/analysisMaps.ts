import {
  emptyActivityDetails,
  VALUE_CLASSES,
  type Lane,
  type ProcessEdge,
  type ProcessGraph,
  type ProcessNode,
} from '../../shared/process';
import type { Random } from './prng';

/*
 * Maps for the analysis bench, built from the blocks consultants draw: steps in a row,
 * exclusive decisions with 2–3 branches and their probabilities, parallel blocks, and
 * inspections followed by a decision that sends 10–30 % of the cases back (rework). Every step
 * has work, wait, a value class and a first-pass yield, so every figure has data to compute.
 */

export const ANALYSIS_LANES = 8;

export function generateAnalysisMap(steps: number, random: Random): ProcessGraph {
  const lanes: Lane[] = Array.from({ length: ANALYSIS_LANES }, (_, i) => ({
    id: `lane-${i}`,
    name: `lane ${i}`,
    // Lanes 0–5 are roles 1–6; lanes 6 and 7 are departments 1 and 2.
    owner: i < 6 ? { kind: 'role', roleId: i + 1 } : { kind: 'department', departmentId: i - 5 },
    size: 150,
  }));
  const nodes: ProcessNode[] = [];
  const edges: ProcessEdge[] = [];
  let count = 0;
  const add = (kind: ProcessNode['kind'], extra: Partial<ProcessNode> = {}): string => {
    const id = `n${nodes.length}`;
    const laneId = random.pick(lanes).id;
    const made: ProcessNode = { id, kind, label: id, laneId, x: 0, y: 0, width: 120, height: 60 };
    if (kind === 'activity') {
      count += 1;
      made.stepNumber = count * 10;
      made.activity = {
        ...emptyActivityDetails(),
        workMinutes: random.int(1, 60),
        waitMinutes: random.int(0, 240),
        waitDays: random.chance(0.2) ? random.int(1, 3) : null,
        valueClass: random.pick(VALUE_CLASSES),
        firstPassYield: random.int(80, 100),
        raci: random.chance(0.3)
          ? [{ roleId: random.int(1, 6), letter: random.pick(['A', 'C', 'I'] as const) }]
          : [],
      };
    }
    nodes.push({ ...made, ...extra });
    return id;
  };
  const link = (source: string, target: string, probability?: number) => {
    edges.push({
      id: `e${edges.length}`,
      source,
      target,
      label: '',
      ...(probability === undefined ? {} : { probability }),
    });
  };
  const run = (from: string, length: number): string => {
    let last = from;
    for (let i = 0; i < length; i++) {
      const next = add('activity');
      link(last, next);
      last = next;
    }
    return last;
  };
  let tail = add('start');
  while (count < steps) {
    const block = random.next();
    if (block < 0.4) tail = run(tail, random.int(1, 3));
    else if (block < 0.65) {
      // Exclusive decision: 2–3 branches whose probabilities add up to 100.
      const split = add('decision');
      link(tail, split);
      const branches = random.int(2, 3);
      const merge = add('activity');
      for (let b = 0; b < branches; b++) {
        const share = b === branches - 1 ? 100 - 30 * (branches - 1) : 30;
        const first = add('activity');
        link(split, first, share);
        link(run(first, random.int(0, 2)), merge);
      }
      tail = merge;
    } else if (block < 0.85) {
      const split = add('decision', { gateway: 'parallel' });
      const join = add('decision', { gateway: 'parallel' });
      link(tail, split);
      for (let b = random.int(2, 3); b > 0; b--) link(run(split, random.int(1, 3)), join);
      tail = join;
    } else {
      // Rework: work, an inspection, and a decision sending some cases back to the work.
      const entry = run(tail, 1);
      const check = add('activity');
      const checkDetails = nodes.at(-1)?.activity;
      if (checkDetails) checkDetails.isInspection = true;
      link(entry, check);
      const decide = add('decision');
      link(check, decide);
      const back = random.int(10, 30);
      link(decide, entry, back);
      const pass = add('activity');
      link(decide, pass, 100 - back);
      tail = pass;
    }
  }
  link(tail, add('end'));
  return { lanes, nodes, edges, analysis: { annualVolume: random.int(100, 50_000) } };
}
