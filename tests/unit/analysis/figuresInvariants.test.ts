import { describe, expect, it } from 'vitest';
import { analyseProcess } from '../../../shared/analysis';
import { generateAnalysisMap } from '../../bench/analysisMaps';
import { seededRandom } from '../../bench/prng';
import { libraryOf } from './graphs';

/*
 * What must hold on any map, checked on 40 generated ones (5–150 steps: XOR decisions, AND
 * blocks, rework loops; the bench's generator): the lead times are ordered, the parts add up
 * to their wholes, and no figure is NaN.
 */
const random = seededRandom(0xf16);
const library = libraryOf([
  { id: 1, departmentId: 1, hourlyRate: 50 },
  { id: 2, departmentId: 1, hourlyRate: 80 },
  { id: 3, departmentId: 2, hourlyRate: 120 },
  { id: 4, departmentId: 2 },
  { id: 5, departmentId: 3, hourlyRate: 40 },
  { id: 6, hourlyRate: 60 },
]);
const maps = Array.from({ length: 40 }, (_, i) => ({
  i,
  graph: generateAnalysisMap(random.int(5, 150), random),
}));
const sum = (values: readonly (number | null)[]) =>
  values.reduce<number>((total, v) => total + (v ?? 0), 0);

describe('figure invariants on generated maps', () => {
  it.each(maps)('map $i', ({ graph }) => {
    const f = analyseProcess({ graph, library }).figures;
    expect(f.endlessLoops).toEqual([]);
    const lead = f.leadTime;
    if (!lead) throw new Error('a generated map has a lead time');
    expect(lead.best).toBeLessThanOrEqual(lead.expected + 1e-6);
    expect(lead.expected).toBeLessThanOrEqual(lead.critical + 1e-6);
    expect(f.criticalPath[0]).toBe(graph.nodes[0]?.id);
    expect(f.criticalPath.at(-1)).toBe(graph.nodes.find((n) => n.kind === 'end')?.id);
    const { VA, BVA, NVA } = f.valueMinutes;
    expect(VA + BVA + NVA + f.unclassifiedMinutes).toBeCloseTo(f.touchMinutes, 6);
    expect(f.pce.critical).toBeGreaterThanOrEqual(0);
    expect(f.pce.critical).toBeLessThanOrEqual(1);
    expect(Number.isFinite(f.pce.expected)).toBe(true);
    expect(sum(f.handOffs.matrix.counts.flat())).toBeCloseTo(f.handOffs.roles, 6);
    expect(f.handOffs.departments).toBeLessThanOrEqual(f.handOffs.roles + 1e-9);
    expect(sum(f.steps.map((s) => s.costPerCase))).toBeCloseTo(f.cost.perCase ?? NaN, 6);
    expect(f.rolledYield).toBeGreaterThan(0);
    expect(f.rolledYield).toBeLessThanOrEqual(1);
    expect(f.raci.rows).toHaveLength(f.steps.length);
    for (const loop of f.reworkLoops) {
      expect(loop.extraMinutesPerCase).toBeGreaterThan(0);
      expect(loop.checkId).not.toBeNull();
      expect(loop.bodyIds).toContain(loop.decisionId);
      expect(loop.bodyIds).toContain(loop.targetId);
    }
  });
});
