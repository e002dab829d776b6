import { describe, expect, it } from 'vitest';
import { paramValues, ruleFindings } from './esiaHelpers';
import { decision, end, flow, graphOf, node, start, step } from './graphs';

const LANES = { a: 'role:1', b: 'role:2', c: 'role:3' };

function sequence(...steps: ReturnType<typeof step>[]) {
  const ids = ['start', ...steps.map((s) => s.id), 'end'];
  return graphOf(
    LANES,
    [start('start', 'a'), ...steps, end('end', 'a')],
    ids.slice(1).map((id, i) => flow(ids[i] ?? '', id)),
  );
}
const simple = (id: string, lane: string, work = 10) => step(id, lane, { workMinutes: work });

describe('I1 simple steps across roles (§c3)', () => {
  it('fires on a run of 3 simple steps through 3 roles', () => {
    const [found, ...rest] = ruleFindings(
      sequence(simple('s1', 'a'), simple('s2', 'b'), simple('s3', 'c', 30)),
      'I1',
    );
    expect(rest).toEqual([]);
    expect(found?.severity).toBe('hint');
    expect(found?.elementIds).toEqual(['s1', 's2', 's3']);
    expect(paramValues(found)).toEqual({ a1: 's1', ak: 's3', k: 3, n: 3, h: 2 });
  });

  it("counts a role's several boxes as one part of the run", () => {
    const graph = sequence(
      simple('s1', 'a'),
      simple('s2', 'a'),
      simple('s3', 'b'),
      simple('s4', 'c'),
    );
    expect(paramValues(ruleFindings(graph, 'I1')[0])).toEqual({
      a1: 's1',
      ak: 's4',
      k: 4,
      n: 3,
      h: 2,
    });
  });

  it('does not fire on a run of 2 (a decision ends it)', () => {
    const graph = graphOf(
      LANES,
      [
        start('start', 'a'),
        simple('s1', 'a'),
        simple('s2', 'b'),
        decision('d', 'b'),
        simple('s3', 'c'),
        end(),
      ],
      [
        flow('start', 's1'),
        flow('s1', 's2'),
        flow('s2', 'd'),
        flow('d', 's3', { probability: 50 }),
        flow('d', 'end', { probability: 50 }),
        flow('s3', 'end'),
      ],
    );
    expect(ruleFindings(graph, 'I1')).toEqual([]);
  });

  it('does not fire when a step takes 31 minutes or is an approval', () => {
    expect(
      ruleFindings(sequence(simple('s1', 'a'), simple('s2', 'b', 31), simple('s3', 'c')), 'I1'),
    ).toEqual([]);
    const approval = step('s2', 'b', { workMinutes: 5, isApproval: true });
    expect(ruleFindings(sequence(simple('s1', 'a'), approval, simple('s3', 'c')), 'I1')).toEqual(
      [],
    );
  });
});

describe('I2 many customer contacts (§c3)', () => {
  const withCustomer = (secondLane: string) =>
    graphOf(
      { ...LANES, cust: '' },
      [
        start('start', 'a'),
        step('s1', 'a', { label: '受理申请' }),
        step('s2', 'b', { label: '审核资料' }),
        step('s3', secondLane, { label: '通知客户补件' }),
        node('apply', 'activity', 'cust', { label: '提交资料' }),
        end(),
      ],
      [
        flow('start', 's1'),
        flow('apply', 's1'),
        flow('s1', 's2'),
        flow('s2', 's3'),
        flow('s3', 'end'),
      ],
    );
  const customerLane = (graph: ReturnType<typeof withCustomer>) => ({
    ...graph,
    lanes: graph.lanes.map((lane) => (lane.id === 'cust' ? { ...lane, name: '客户' } : lane)),
  });

  it('fires when two roles deal with the customer', () => {
    const [found] = ruleFindings(customerLane(withCustomer('c')), 'I2');
    expect(found?.elementIds).toEqual(['s1', 's3']);
    expect(paramValues(found)).toEqual({ n: 2, roles: 'R1, R3' });
  });

  it('does not fire when one role is the single point of contact', () => {
    expect(ruleFindings(customerLane(withCustomer('a')), 'I2')).toEqual([]);
  });

  it('does not count a step that is about the customer but not with them', () => {
    const graph = customerLane(withCustomer('a'));
    const assess = graph.nodes.find((n) => n.id === 's2');
    if (assess) assess.label = '评估客户信用';
    expect(ruleFindings(graph, 'I2')).toEqual([]);
  });
});

describe('I3 many hand-offs (§c3)', () => {
  it('fires at 0.5 hand-offs per activity', () => {
    const [found] = ruleFindings(sequence(simple('s1', 'a', 40), simple('s2', 'b', 40)), 'I3');
    expect(found?.elementIds).toEqual(['s1']);
    expect(paramValues(found)).toEqual({ H: 1, ratio: 0.5 });
  });

  it('does not fire at 1 hand-off in 3 activities', () => {
    const graph = sequence(simple('s1', 'a', 40), simple('s2', 'a', 40), simple('s3', 'b', 40));
    expect(ruleFindings(graph, 'I3')).toEqual([]);
  });
});

describe('I4 could run in parallel (§c3)', () => {
  const pair = (inputs: string) =>
    sequence(step('s1', 'a', { outputs: '报价单' }), step('s2', 'b', { inputs }));

  it("fires when b does not use a's output", () => {
    const [found] = ruleFindings(pair('客户资料'), 'I4');
    expect(found?.elementIds).toEqual(['s1', 's2']);
    expect(paramValues(found)).toEqual({ a: 's1', b: 's2' });
  });

  it("does not fire when b reads a's output", () => {
    expect(ruleFindings(pair('报价单、客户资料'), 'I4')).toEqual([]);
  });
});

describe('I5 single-step role (§c3)', () => {
  const graph = (work: number) =>
    sequence(
      simple('s1', 'a', 40),
      simple('s2', 'a', 40),
      step('s3', 'b', { label: '盖章', workMinutes: work }),
    );

  it('fires on a role whose only step is 10 minutes', () => {
    const [found, ...rest] = ruleFindings(graph(10), 'I5');
    expect(rest).toEqual([]);
    expect(found?.elementIds).toEqual(['s3']);
    expect(paramValues(found)).toEqual({ role: 'R2', a: '盖章', work: 10 });
  });

  it('does not fire at 11 minutes', () => {
    expect(ruleFindings(graph(11), 'I5')).toEqual([]);
  });
});
