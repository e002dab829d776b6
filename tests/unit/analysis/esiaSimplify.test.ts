import { describe, expect, it } from 'vitest';
import { paramValues, ruleFindings } from './esiaHelpers';
import { decision, end, flow, graphOf, start, step } from './graphs';

/** One step per lane `l1`…`ln`, lane k bound to role k, in sequence. */
function oneStepPerRole(n: number) {
  const lanes = Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`l${i + 1}`, `role:${i + 1}`]),
  );
  const ids = Array.from({ length: n }, (_, i) => `s${i + 1}`);
  const chain = ['start', ...ids, 'end'];
  return graphOf(
    lanes,
    [start('start', 'l1'), ...ids.map((id, i) => step(id, `l${i + 1}`)), end('end', 'l1')],
    chain.slice(1).map((id, i) => flow(chain[i] ?? '', id)),
  );
}

const sequenceIn = (lanes: Record<string, string>, steps: ReturnType<typeof step>[]) => {
  const ids = ['start', ...steps.map((s) => s.id), 'end'];
  return graphOf(
    lanes,
    [start('start', 'a'), ...steps, end('end', 'a')],
    ids.slice(1).map((id, i) => flow(ids[i] ?? '', id)),
  );
};
const LANES = { a: 'role:1', b: 'role:2', c: 'role:3' };

describe('S1 too many hands (§c2)', () => {
  const inDepartments = (n: number, departments: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: i + 1,
      title: `R${i + 1}`,
      departmentId: 1 + (i % departments),
    }));

  it('fires on 6 roles in one department, or 3 departments', () => {
    const six = ruleFindings(oneStepPerRole(6), 'S1', { roles: inDepartments(6, 1) });
    expect(six.map((f) => [f.severity, f.elementIds])).toEqual([['hint', []]]);
    expect(paramValues(six[0])).toEqual({ NR: 6, ND: 1 });
    const three = ruleFindings(oneStepPerRole(3), 'S1', { roles: inDepartments(3, 3) });
    expect(paramValues(three[0])).toEqual({ NR: 3, ND: 3 });
  });

  it('does not fire on 5 roles in 2 departments', () => {
    expect(ruleFindings(oneStepPerRole(5), 'S1', { roles: inDepartments(5, 2) })).toEqual([]);
  });
});

describe('S2 form filled twice (§c2)', () => {
  it('fires when two steps put out the same form', () => {
    const graph = sequenceIn(LANES, [
      step('s1', 'a', { outputs: '投保单' }),
      step('s2', 'b', { outputs: '投保 单' }),
    ]);
    const [found] = ruleFindings(graph, 'S2');
    expect(found?.elementIds).toEqual(['s1', 's2']);
    expect(paramValues(found)).toEqual({ form: '投保单', a: 's1', b: 's2' });
  });

  it('does not fire on two different forms', () => {
    const graph = sequenceIn(LANES, [
      step('s1', 'a', { outputs: '投保单' }),
      step('s2', 'b', { outputs: '体检单' }),
    ]);
    expect(ruleFindings(graph, 'S2')).toEqual([]);
  });
});

describe('S3 inform-only step (§c2)', () => {
  const inform = (work: number, valueClass: 'VA' | 'NVA') =>
    sequenceIn(LANES, [
      step('s1', 'a'),
      step('tell', 'b', { label: '通知客户', workMinutes: work, valueClass }),
    ]);

  it('fires on a short step that only informs', () => {
    const [found] = ruleFindings(inform(5, 'NVA'), 'S3');
    expect(found?.elementIds).toEqual(['tell']);
    expect(paramValues(found)).toEqual({ a: '通知客户', role: 'R2' });
  });

  it('does not fire at 6 minutes, or on a VA step', () => {
    expect(ruleFindings(inform(6, 'NVA'), 'S3')).toEqual([]);
    expect(ruleFindings(inform(5, 'VA'), 'S3')).toEqual([]);
  });
});

describe('S4 inspection of every case (§c2)', () => {
  const checked = (reject: number, everyCase = true) =>
    graphOf(
      LANES,
      [
        start('start', 'a'),
        decision('which', 'a'),
        step('chk', 'b', { label: '检查保单', isInspection: true }),
        decision('ok', 'b'),
        step('skip', 'a'),
        end('end', 'a'),
      ],
      [
        flow('start', 'which'),
        flow('which', 'chk', { probability: everyCase ? 100 : 50 }),
        flow('which', 'skip', { probability: everyCase ? 0 : 50 }),
        flow('skip', 'end'),
        flow('chk', 'ok'),
        flow('ok', 'end', { probability: 100 - reject, outcome: 'pass' }),
        flow('ok', 'skip', { probability: reject, outcome: 'reject' }),
      ],
    );

  it('fires when every case is inspected and 5 % fail', () => {
    const [found] = ruleFindings(checked(5), 'S4');
    expect(found?.elementIds).toEqual(['chk']);
    expect(found?.params.p?.value).toBeCloseTo(0.05, 12);
  });

  it('does not fire at 6 %, or when only some cases are inspected', () => {
    expect(ruleFindings(checked(6), 'S4')).toEqual([]);
    expect(ruleFindings(checked(5, false), 'S4')).toEqual([]);
  });
});

describe('S5 many approvals (§c2)', () => {
  const withApprovals = (steps: number) =>
    sequenceIn(LANES, [
      step('ap', 'b', { label: '审批', isApproval: true }),
      ...Array.from({ length: steps - 1 }, (_, i) => step(`s${i}`, 'a')),
    ]);

  it('fires when approvals are 20 % of the steps', () => {
    const [found] = ruleFindings(withApprovals(5), 'S5');
    expect(found?.elementIds).toEqual(['ap']);
    expect(paramValues(found)).toEqual({ N: 5, NA: 1, pct: 0.2 });
  });

  it('fires on 3 approvals however many steps there are', () => {
    const graph = sequenceIn(LANES, [
      ...['p1', 'p2', 'p3'].map((id) => step(id, 'b', { isApproval: true })),
      ...Array.from({ length: 20 }, (_, i) => step(`s${i}`, 'a')),
    ]);
    expect(paramValues(ruleFindings(graph, 'S5')[0])).toMatchObject({ N: 23, NA: 3 });
  });

  it('does not fire on 1 approval in 6 steps', () => {
    expect(ruleFindings(withApprovals(6), 'S5')).toEqual([]);
  });
});
