import { describe, expect, it } from 'vitest';
import { analyseProcess } from '../../../shared/analysis';
import type { AnalysisRuleId } from '../../../shared/analysis/types';
import type { ProcessGraph, RaciLetter } from '../../../shared/process';
import { end, flow, graphOf, libraryOf, start, step } from './graphs';

const library = libraryOf([
  { id: 1, title: '核保员' },
  { id: 2, title: '核保主管' },
  { id: 3, title: '定价员' },
  { id: 4, title: '出单员' },
  { id: 5, title: '专案经理' },
]);

const raci = (...entries: [number, RaciLetter][]) =>
  entries.map(([roleId, letter]) => ({ roleId, letter }));

/** One step `a` in a lane bound to role 1 (or to `lane`), with the RACI and flags given. */
function oneStep(options: Parameters<typeof step>[2] = {}, lane = 'role:1'): ProcessGraph {
  return graphOf(
    { l1: lane },
    [start(), step('a', 'l1', { label: '核保', ...options }), end()],
    [flow('start', 'a'), flow('a', 'end')],
  );
}

function found(graph: ProcessGraph, rule: AnalysisRuleId, ownerRoleId?: number | null) {
  return analyseProcess({ graph, library, ownerRoleId }).findings.filter((f) => f.rule === rule);
}

describe('RACI rules (§c5)', () => {
  it('gives one dismissable hint, not an R1 per step, when nobody has filled RACI in', () => {
    const graph = graphOf(
      { l1: 'role:1' },
      [start(), step('a', 'l1'), step('b', 'l1', { isApproval: true }), end()],
      [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
    );
    const r1 = found(graph, 'R1');
    expect(r1).toHaveLength(1);
    expect(r1[0]).toMatchObject({ severity: 'hint', variant: 'notFilled', elementIds: [] });
    expect(r1[0]?.params.n).toEqual({ type: 'count', value: 2 });
    expect(r1[0]?.key).toBe('R1|notFilled');
    // The approval is not checked for its A either: the map has no RACI to check.
    expect(found(graph, 'R6')).toEqual([]);
  });

  it('R1: a step whose RACI has no A; near miss: one A', () => {
    const r1 = found(oneStep({ raci: raci([3, 'C']) }), 'R1');
    expect(r1).toMatchObject([{ severity: 'error', elementIds: ['a'] }]);
    expect(r1[0]?.variant).toBeUndefined();
    expect(r1[0]?.params.a).toEqual({ type: 'text', value: '核保' });
    expect(found(oneStep({ raci: raci([2, 'A']) }), 'R1')).toEqual([]);
  });

  it('R2: two A on one step; near miss: one A and a C', () => {
    const r2 = found(oneStep({ raci: raci([2, 'A'], [5, 'A']) }), 'R2');
    expect(r2).toMatchObject([{ severity: 'error', elementIds: ['a'] }]);
    expect(r2[0]?.params.n).toEqual({ type: 'count', value: 2 });
    expect(found(oneStep({ raci: raci([2, 'A'], [5, 'C']) }), 'R2')).toEqual([]);
  });

  it('R3: no R and no A is an error; an A without R a hint; near miss: the lane role is R', () => {
    // The lane's role is named with another letter, so it is not R by default.
    expect(found(oneStep({ raci: raci([1, 'C']) }), 'R3')).toMatchObject([
      { severity: 'error', elementIds: ['a'] },
    ]);
    const hint = found(oneStep({ raci: raci([1, 'I'], [2, 'A']) }), 'R3');
    expect(hint).toMatchObject([{ severity: 'hint', variant: 'aDoesWork', elementIds: ['a'] }]);
    expect(found(oneStep({ raci: raci([2, 'A']) }), 'R3')).toEqual([]);
    // A department lane's people do the work when no role is R.
    expect(found(oneStep({ raci: raci([2, 'A']) }, 'dept:1'), 'R3')).toEqual([]);
  });

  it('R4: the lane role is neither R nor A; near miss: it is A, or the lane is a department', () => {
    const r4 = found(oneStep({ raci: raci([1, 'C'], [3, 'R'], [2, 'A']) }), 'R4');
    expect(r4).toMatchObject([{ severity: 'warning', elementIds: ['a'] }]);
    expect(r4[0]?.params.lane).toEqual({ type: 'text', value: 'l1' });
    expect(found(oneStep({ raci: raci([1, 'A'], [3, 'R']) }), 'R4')).toEqual([]);
    expect(found(oneStep({ raci: raci([3, 'R'], [2, 'A']) }, 'dept:1'), 'R4')).toEqual([]);
  });

  it('R5: one role with C and I on a step; near miss: A and R together are allowed', () => {
    const r5 = found(oneStep({ raci: raci([2, 'A'], [3, 'I'], [3, 'C']) }), 'R5');
    expect(r5).toMatchObject([{ severity: 'warning', elementIds: ['a'] }]);
    expect(r5[0]?.params).toMatchObject({
      role: { type: 'text', value: '定价员' },
      letters: { type: 'text', value: 'C/I' },
    });
    expect(found(oneStep({ raci: raci([1, 'A'], [1, 'R']) }), 'R5')).toEqual([]);
  });

  it('R6: an approval performed by a role that is not A; near miss: the performer is A', () => {
    const approval = { label: '审批核保结论', isApproval: true };
    expect(found(oneStep({ ...approval, raci: raci([2, 'A']) }), 'R6')).toMatchObject([
      { severity: 'warning', elementIds: ['a'] },
    ]);
    expect(found(oneStep({ ...approval, raci: raci([1, 'A'], [1, 'R']) }), 'R6')).toEqual([]);
    // A department lane: the performer is the step's R.
    const byR = oneStep({ ...approval, raci: raci([2, 'R'], [2, 'A']) }, 'dept:1');
    expect(found(byR, 'R6')).toEqual([]);
  });

  it('R7: more consulted roles than the threshold (3); near miss: exactly 3', () => {
    const four = raci([5, 'A'], [2, 'C'], [3, 'C'], [4, 'C'], [6, 'C']);
    const r7 = found(oneStep({ raci: four }), 'R7');
    expect(r7).toMatchObject([{ severity: 'hint', elementIds: ['a'] }]);
    expect(r7[0]?.params.n).toEqual({ type: 'count', value: 4 });
    expect(found(oneStep({ raci: four.slice(0, 4) }), 'R7')).toEqual([]);
  });

  it('R8: a process known to have no owner; near miss: an owner, or the owner not known', () => {
    expect(found(oneStep(), 'R8', null)).toMatchObject([
      { severity: 'warning', elementIds: [], key: 'R8|' },
    ]);
    expect(found(oneStep(), 'R8', 5)).toEqual([]);
    expect(found(oneStep(), 'R8')).toEqual([]);
  });
});
