import { describe, expect, it } from 'vitest';
import { libraryWorkloads, proposalIds } from '../../../shared/alignment/workload';
import { end, flow, graphOf, start, step } from '../analysis/graphs';
import { libraryWith, processOf, roleOf } from './library';

/*
 * A to-be variant is a proposal (issue 10): the library's workload — the staffing table, J6 and
 * J7 — counts today's map, so a role drawn in both the as-is map and its redesign is not
 * counted twice, and a role that exists only in the proposal has no hours yet.
 */

// 600 cases a year at 60 minutes: 600 hours for the performer.
const oneStep = (lane: string, variantOfId: number | null) =>
  graphOf(
    { l1: lane },
    [start(), step('a', 'l1', { label: '审核投保单', workMinutes: 60 }), end()],
    [flow('start', 'a'), flow('a', 'end')],
    { annualVolume: 600, ...(variantOfId === null ? {} : { variantOfId }) },
  );

describe('the library’s workload', () => {
  it('counts the as-is map and leaves its to-be variant out', () => {
    const library = libraryWith(
      [roleOf({ id: 1, title: '核保员' }), roleOf({ id: 2, title: '专案经理' })],
      [processOf(1, oneStep('role:1', null)), processOf(2, oneStep('role:2', 1))],
    );
    expect([...proposalIds(library)]).toEqual([2]);
    const workloads = libraryWorkloads(library);
    expect(workloads.get(1)?.total).toBeCloseTo(600);
    expect(workloads.get(2)?.total).toBe(0);
  });

  it('counts a map whose as-is is not in the library (a variant of nothing here is today’s work)', () => {
    const library = libraryWith(
      [roleOf({ id: 2, title: '专案经理' })],
      [processOf(2, oneStep('role:2', 99))],
    );
    expect(proposalIds(library).size).toBe(0);
    expect(libraryWorkloads(library).get(2)?.total).toBeCloseTo(600);
  });
});
