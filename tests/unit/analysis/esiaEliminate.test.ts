import { describe, expect, it } from 'vitest';
import { ruleFindings, paramValues } from './esiaHelpers';
import { decision, end, flow, graphOf, start, step } from './graphs';

const LANES = { a: 'role:1', b: 'role:2', c: 'role:3' };

/** start → the steps in order → end. */
function sequence(...steps: ReturnType<typeof step>[]) {
  const ids = ['start', ...steps.map((s) => s.id), 'end'];
  return graphOf(
    LANES,
    [start('start', 'a'), ...steps, end('end', 'a')],
    ids.slice(1).map((id, i) => flow(ids[i] ?? '', id)),
  );
}

describe('E1 serial approvals (§c1)', () => {
  const approval = (id: string, lane: string) =>
    step(id, lane, { label: `审批${id}`, isApproval: true, valueClass: 'BVA', workMinutes: 5 });

  it('fires on two approvals by two roles in a run with nothing of value between them', () => {
    const graph = sequence(
      step('work', 'a', { valueClass: 'VA' }),
      approval('p1', 'b'),
      step('copy', 'b', { valueClass: 'NVA' }),
      approval('p2', 'c'),
    );
    const [found, ...rest] = ruleFindings(graph, 'E1');
    expect(rest).toEqual([]);
    expect(found?.severity).toBe('hint');
    expect(found?.elementIds).toEqual(['p1', 'p2']);
    expect(paramValues(found)).toEqual({ a1: '审批p1', a2: '审批p2', n: 2, roles: 'R2, R3' });
  });

  it('does not fire when a VA step lies between them', () => {
    const graph = sequence(
      approval('p1', 'b'),
      step('work', 'a', { valueClass: 'VA' }),
      approval('p2', 'c'),
    );
    expect(ruleFindings(graph, 'E1')).toEqual([]);
  });

  it('does not fire when one role gives both approvals', () => {
    expect(ruleFindings(sequence(approval('p1', 'b'), approval('p2', 'b')), 'E1')).toEqual([]);
  });
});

describe('E2 repeated checks (§c1)', () => {
  const check = (id: string, lane: string) =>
    step(id, lane, { label: `检查${id}`, isInspection: true, inputs: '投保申请书' });

  it('fires on two checks of the same input on one path, unchanged between them', () => {
    const graph = sequence(
      check('c1', 'a'),
      step('key', 'b', { inputs: '投保申请书', outputs: '投保信息' }),
      check('c2', 'c'),
    );
    const [found, ...rest] = ruleFindings(graph, 'E2');
    expect(rest).toEqual([]);
    expect(found?.severity).toBe('hint');
    expect(found?.elementIds).toEqual(['c1', 'c2']);
    expect(paramValues(found)).toEqual({ obj: '投保申请书', n: 2, a: '检查c1', b: '检查c2' });
  });

  it('is a warning when the same role checks it twice', () => {
    const graph = sequence(check('c1', 'a'), step('x', 'b'), check('c2', 'a'));
    expect(ruleFindings(graph, 'E2').map((f) => f.severity)).toEqual(['warning']);
  });

  it('does not fire when a step between them puts out a new version', () => {
    const graph = sequence(
      check('c1', 'a'),
      step('amend', 'b', { label: '修改申请书', outputs: '投保申请书' }),
      check('c2', 'c'),
    );
    expect(ruleFindings(graph, 'E2')).toEqual([]);
  });
});

describe('E3 pass-on step (§c1)', () => {
  const pass = (work: number) =>
    step('pass', 'b', { label: '转交保单', isHandOff: true, valueClass: 'NVA', workMinutes: work });

  it('fires on a short hand-off step between two other roles that changes nothing', () => {
    const graph = sequence(step('s1', 'a'), pass(5), step('s2', 'c'));
    const [found, ...rest] = ruleFindings(graph, 'E3');
    expect(rest).toEqual([]);
    expect(found?.severity).toBe('hint');
    expect(found?.elementIds).toEqual(['pass']);
    expect(paramValues(found)).toEqual({ a: '转交保单', obj: '保单', prev: 's1', next: 's2' });
  });

  it('does not fire when the step takes more than the trivial work', () => {
    expect(ruleFindings(sequence(step('s1', 'a'), pass(6), step('s2', 'c')), 'E3')).toEqual([]);
  });

  it('does not fire when the next step is done by the same role', () => {
    expect(ruleFindings(sequence(step('s1', 'a'), pass(5), step('s2', 'b')), 'E3')).toEqual([]);
  });
});

describe('E4 non-value step without output (§c1)', () => {
  it('fires on an NVA step with no output', () => {
    const [found] = ruleFindings(sequence(step('log', 'a', { valueClass: 'NVA' })), 'E4');
    expect(found?.elementIds).toEqual(['log']);
    expect(found?.severity).toBe('hint');
  });

  it('does not fire when the step puts out something, or is a check', () => {
    const graph = sequence(
      step('log', 'a', { valueClass: 'NVA', outputs: '台账' }),
      step('chk', 'b', { valueClass: 'NVA', isInspection: true }),
    );
    expect(ruleFindings(graph, 'E4')).toEqual([]);
  });
});

describe('E5 long wait (§c1)', () => {
  it('fires on a wait of a working day that is ten times the work', () => {
    const graph = sequence(step('s', 'a', { workMinutes: 48, waitMinutes: 480 }));
    const found = ruleFindings(graph, 'E5').filter((f) => f.variant !== 'process');
    expect(found.map((f) => f.elementIds)).toEqual([['s']]);
    expect(paramValues(found[0])).toEqual({ a: 's', wait: 480, k: 10 });
  });

  it('counts whole days of wait in the time basis', () => {
    const graph = sequence(step('s', 'a', { workMinutes: 100, waitDays: 1 }));
    const working = ruleFindings(graph, 'E5').filter((f) => f.variant !== 'process');
    const calendar = ruleFindings(graph, 'E5', { settings: { timeBasis: 'calendar' } }).filter(
      (f) => f.variant !== 'process',
    );
    expect(working).toEqual([]);
    expect(paramValues(calendar[0])).toEqual({ a: 's', wait: 1440, k: 14.4 });
  });

  it('says so when the step has no work of its own (a queue)', () => {
    const graph = sequence(step('queue', 'a', { workMinutes: 0, waitDays: 2 }));
    const found = ruleFindings(graph, 'E5').filter((f) => f.variant !== 'process');
    expect(found.map((f) => [f.variant, paramValues(f)])).toEqual([
      ['noWork', { a: 'queue', wait: 960 }],
    ]);
  });

  it('does not fire on a wait of 479 minutes, under ten times the work, or of unknown work', () => {
    const graph = sequence(
      step('s1', 'a', { workMinutes: 0, waitMinutes: 479 }),
      step('s2', 'b', { workMinutes: 49, waitMinutes: 480 }),
      step('s3', 'c', { waitMinutes: 960 }),
    );
    expect(ruleFindings(graph, 'E5').filter((f) => f.variant !== 'process')).toEqual([]);
  });

  it('fires at process level when waiting is 90 % of the lead time', () => {
    const graph = sequence(
      step('s1', 'a', { workMinutes: 5, waitMinutes: 30 }),
      step('s2', 'b', { workMinutes: 5, waitMinutes: 60 }),
    );
    const found = ruleFindings(graph, 'E5');
    expect(found.map((f) => [f.variant, f.elementIds])).toEqual([['process', ['s1', 's2']]]);
    expect(paramValues(found[0])).toEqual({ wait: 90, share: 0.9 });
  });

  it('does not fire at process level at 89 %', () => {
    const graph = sequence(
      step('s1', 'a', { workMinutes: 5, waitMinutes: 29 }),
      step('s2', 'b', { workMinutes: 6, waitMinutes: 60 }),
    );
    expect(ruleFindings(graph, 'E5')).toEqual([]);
  });
});

describe('E6 rework loop (§c1)', () => {
  /** make → check → ok? with a way back to `make`, or through `fix` back to the check. */
  const loop = (options: { reject: number | null; checked?: boolean; viaFix?: boolean }) =>
    graphOf(
      LANES,
      [
        start('start', 'a'),
        step('make', 'a', { workMinutes: 10 }),
        step('chk', 'b', {
          label: options.checked === false ? '评估' : '检查',
          isInspection: options.checked ?? true,
          workMinutes: 2,
        }),
        decision('ok', 'b'),
        step('fix', 'a', { label: '修改', workMinutes: 3 }),
        end('end', 'b'),
      ],
      [
        flow('start', 'make'),
        flow('make', 'chk'),
        flow('chk', 'ok'),
        flow('ok', 'end', {
          ...(options.reject === null ? {} : { probability: 100 - options.reject }),
          outcome: 'pass',
        }),
        flow('ok', options.viaFix ? 'fix' : 'make', {
          ...(options.reject === null ? {} : { probability: options.reject }),
          outcome: 'reject',
        }),
        flow('fix', options.viaFix ? 'chk' : 'end'),
      ],
    );

  it('is a hint with the rework rate and the extra minutes per case (§b3)', () => {
    const found = ruleFindings(loop({ reject: 20 }), 'E6');
    expect(found.map((f) => [f.severity, f.elementIds])).toEqual([['hint', ['make', 'chk']]]);
    // 1.25 visits of the decision × 20 % back × 12 minutes of work in the loop.
    expect(paramValues(found[0])).toEqual({ check: '检查', target: 'make', extra: 3, p: 0.2 });
  });

  it('names the first step of the way back as where the work returns', () => {
    const [found] = ruleFindings(loop({ reject: 20, viaFix: true }), 'E6');
    expect(found?.elementIds).toEqual(['chk', 'fix']);
    expect(paramValues(found)).toMatchObject({ check: '检查', target: '修改', p: 0.2 });
  });

  it('is a warning when the loop has no probability', () => {
    const found = ruleFindings(loop({ reject: null }), 'E6');
    expect(found.map((f) => [f.severity, f.variant])).toEqual([['warning', 'unset']]);
  });

  it('does not fire on a loop back out of a decision that follows no check', () => {
    expect(ruleFindings(loop({ reject: 20, checked: false }), 'E6')).toEqual([]);
  });
});

describe('E7 ping-pong (§c1)', () => {
  it('fires on r1 → r2 → r1', () => {
    const graph = sequence(step('s1', 'a'), step('s2', 'b'), step('s3', 'b'), step('s4', 'a'));
    const [found, ...rest] = ruleFindings(graph, 'E7');
    expect(rest).toEqual([]);
    expect(found?.elementIds).toEqual(['s1', 's2', 's3', 's4']);
    expect(paramValues(found)).toEqual({ r1: 'R1', r2: 'R2', n: 2 });
  });

  it('does not fire when the work goes on to a third role', () => {
    const graph = sequence(step('s1', 'a'), step('s2', 'b'), step('s3', 'c'));
    expect(ruleFindings(graph, 'E7')).toEqual([]);
  });
});

describe('E8 duplicated step (§c1)', () => {
  it('fires on the same verb and object in two steps', () => {
    const graph = sequence(
      step('s1', 'a', { label: '核对保单' }),
      step('s2', 'b', { label: '核对 保单。' }),
    );
    const [found] = ruleFindings(graph, 'E8');
    expect(found?.elementIds).toEqual(['s1', 's2']);
    expect(paramValues(found)).toEqual({ a: '核对保单', b: '核对 保单。' });
  });

  it('does not fire on the same verb with another object', () => {
    const graph = sequence(
      step('s1', 'a', { label: '核对保单' }),
      step('s2', 'b', { label: '核对发票' }),
    );
    expect(ruleFindings(graph, 'E8')).toEqual([]);
  });
});

describe('E9 approval that rarely rejects (§c1)', () => {
  const approvalThenValue = (reject: number | null, value = true) =>
    graphOf(
      LANES,
      [
        start('start', 'a'),
        step('ap', 'b', { label: '审批', isApproval: true }),
        decision('d', 'b'),
        step('work', 'a', { valueClass: value ? 'VA' : 'BVA' }),
        end('end', 'a'),
        end('stop', 'b'),
      ],
      [
        flow('start', 'ap'),
        flow('ap', 'd'),
        flow('d', 'work', { probability: 100 - (reject ?? 0), outcome: 'pass' }),
        flow('d', 'stop', {
          probability: reject ?? 0,
          outcome: reject === null ? 'other' : 'reject',
        }),
        flow('work', 'end'),
      ],
    );

  it('fires when every case is approved and 5 % are rejected', () => {
    const [found] = ruleFindings(approvalThenValue(5), 'E9');
    expect(found?.elementIds).toEqual(['ap']);
    expect(found?.severity).toBe('hint');
    expect(found?.params.p?.value).toBeCloseTo(0.05, 12);
  });

  it('fires with a reject rate of 0 when the decision has no reject branch', () => {
    expect(paramValues(ruleFindings(approvalThenValue(null), 'E9')[0])).toEqual({
      a: '审批',
      p: 0,
    });
  });

  it('does not fire at 6 %, or when no VA work follows', () => {
    expect(ruleFindings(approvalThenValue(6), 'E9')).toEqual([]);
    expect(ruleFindings(approvalThenValue(5, false), 'E9')).toEqual([]);
  });
});
