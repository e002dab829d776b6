import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../../shared/rules/library';
import { end, flow, graphOf, start, step } from '../analysis/graphs';
import { dutyOf, findingsOf as rules, libraryWith, linkTo, processOf, roleOf } from './library';

// J6 (§d2 saturation band), J7 (§f1 weights against time), J8 (§f5 the 时限 chain).

// 600 cases a year: 70, 20 and 10 minutes a case are 700, 200 and 100 hours.
const threeSteps = graphOf(
  { l1: 'role:1' },
  [
    start(),
    step('a', 'l1', { label: '审核投保单', workMinutes: 70 }),
    step('b', 'l1', { label: '录入保单', workMinutes: 20 }),
    step('c', 'l1', { label: '归档保单', workMinutes: 10 }),
    end(),
  ],
  [flow('start', 'a'), flow('a', 'b'), flow('b', 'c'), flow('c', 'end')],
  { annualVolume: 600 },
);

const weighted = (weights: [number, number, number]) =>
  roleOf({
    id: 1,
    title: '核保员',
    duties: ['a', 'b', 'c'].map((id, i) =>
      dutyOf(`职责${id}`, { weight: weights[i] ?? null, steps: [linkTo(1, id)] }),
    ),
  });

describe('J7: duty weights against the time the processes give them', () => {
  it('§f1 oracle: 40/30/30 against 700/200/100 h raises J7 on the first and third (Δ +30 / −20 pp)', () => {
    const j7 = rules(
      checkAlignment(libraryWith([weighted([40, 30, 30])], [processOf(1, threeSteps)])),
      'J7',
    );
    expect(j7.map((f) => [f.target, f.params.w, f.params.t, f.params.delta])).toEqual([
      [
        { kind: 'duty', index: 0, field: 'weight' },
        { type: 'count', value: 40 },
        { type: 'count', value: 70 },
        { type: 'count', value: 30 },
      ],
      [
        { kind: 'duty', index: 2, field: 'weight' },
        { type: 'count', value: 30 },
        { type: 'count', value: 10 },
        { type: 'count', value: -20 },
      ],
    ]);
  });

  it('is silent when weights follow the time, and says so when the weights do not add up to 100', () => {
    expect(
      rules(
        checkAlignment(libraryWith([weighted([70, 20, 10])], [processOf(1, threeSteps)])),
        'J7',
      ),
    ).toEqual([]);
    const off = rules(
      checkAlignment(libraryWith([weighted([70, 20, 20])], [processOf(1, threeSteps)])),
      'J7',
    );
    expect(off.map((f) => [f.variant, f.params.sum])).toEqual([
      ['weightsTotal', { type: 'count', value: 110 }],
    ]);
  });

  it('counts a non-process duty by frequency × minutes, and stays silent while a weighted duty is unmeasured', () => {
    const role = roleOf({
      id: 1,
      duties: [
        dutyOf('审核投保单', {
          weight: 50,
          steps: [linkTo(1, 'a'), linkTo(1, 'b'), linkTo(1, 'c')],
        }),
        // 每周 52 × 60 min = 52 h against 1,000 h of steps: 4.9 %, weighed 50 %.
        dutyOf('组织周例会', { weight: 50, frequency: 'weekly', minutesPerOccurrence: 60 }),
      ],
    });
    const j7 = rules(checkAlignment(libraryWith([role], [processOf(1, threeSteps)])), 'J7');
    expect(j7.map((f) => f.params.t)).toEqual([
      { type: 'count', value: 95.1 },
      { type: 'count', value: 4.9 },
    ]);
    const unmeasured = roleOf({
      id: 1,
      duties: [
        dutyOf('审核', { weight: 50, steps: [linkTo(1, 'a')] }),
        dutyOf('培训', { weight: 50 }),
      ],
    });
    expect(
      rules(checkAlignment(libraryWith([unmeasured], [processOf(1, threeSteps)])), 'J7'),
    ).toEqual([]);
  });
});

describe('J6: saturation outside the band', () => {
  it('1,000 h is 0.60 FTE: 60 % of one post and 30 % of two are under the 70 % band; no headcount, no finding', () => {
    const at = (headcount: number | null) =>
      rules(
        checkAlignment(
          libraryWith([roleOf({ id: 1, title: '核保员', headcount })], [processOf(1, threeSteps)]),
        ),
        'J6',
      );
    expect(at(1).map((f) => f.params.s)).toEqual([{ type: 'count', value: 60 }]);
    expect(at(1)[0]?.target).toEqual({ kind: 'field', field: 'headcount' });
    expect(at(2).map((f) => f.params.s)).toEqual([{ type: 'count', value: 30 }]);
    expect(at(null)).toEqual([]);
  });

  it('is silent inside the band (a role at 0.6 FTE of work with a band from 50 %)', () => {
    const library = libraryWith([roleOf({ id: 1, headcount: 1 })], [processOf(1, threeSteps)]);
    library.analysis.settings = {
      ...library.analysis.settings,
      staffing: { ...library.analysis.settings.staffing, saturationLow: 0.5 },
    };
    expect(rules(checkAlignment(library), 'J6')).toEqual([]);
  });
});

const waits = (limitDays: number, stepLimits: [number | null, number | null] = [null, null]) =>
  graphOf(
    { l1: 'role:1' },
    [
      start(),
      step('a', 'l1', {
        label: '受理',
        workMinutes: 30,
        waitDays: 1,
        timeLimitDays: stepLimits[0],
      }),
      step('b', 'l1', {
        label: '审核',
        workMinutes: 30,
        waitDays: 3,
        timeLimitDays: stepLimits[1],
      }),
      end(),
    ],
    [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
    { timeLimitDays: limitDays },
  );

describe('J8: the 时限 chain', () => {
  it('§f5 oracle: a 3-day process limit against 4 days of waits on the critical path → J8', () => {
    const j8 = rules(
      checkAlignment(libraryWith([roleOf({ id: 1 })], [processOf(1, waits(3))])),
      'J8',
    );
    expect(j8).toHaveLength(1);
    // 4 working days of 480 min + 60 min of work, against 3 × 480.
    expect(j8[0]).toMatchObject({
      variant: 'leadTime',
      processId: 1,
      nodeIds: ['a', 'b'],
      params: { lt: { type: 'minutes', value: 1980 }, tl: { type: 'minutes', value: 1440 } },
    });
  });

  it('is silent within the limit; flags step 时限 adding up over it, and a duty standard unlike its step', () => {
    expect(
      rules(checkAlignment(libraryWith([roleOf({ id: 1 })], [processOf(1, waits(5))])), 'J8'),
    ).toEqual([]);
    const role = roleOf({
      id: 1,
      duties: [
        dutyOf('受理申请', { standard: '2个工作日内完成', steps: [linkTo(1, 'a')] }),
        dutyOf('审核申请', { standard: '3天内完成', steps: [linkTo(1, 'b')] }),
      ],
    });
    const j8 = rules(checkAlignment(libraryWith([role], [processOf(1, waits(5, [1, 3]))])), 'J8');
    expect(j8.map((f) => [f.variant, f.nodeIds])).toEqual([['dutyStandard', ['a']]]);
    expect(j8[0]?.target).toEqual({ kind: 'duty', index: 0, field: 'standard' });
    const over = rules(
      checkAlignment(libraryWith([roleOf({ id: 1 })], [processOf(1, waits(5, [3, 3]))])),
      'J8',
    );
    expect(over.map((f) => [f.variant, f.params.sum])).toEqual([
      ['stepLimits', { type: 'minutes', value: 2880 }],
    ]);
  });
});
