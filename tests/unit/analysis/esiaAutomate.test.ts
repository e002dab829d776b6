import { describe, expect, it } from 'vitest';
import { paramValues, ruleFindings } from './esiaHelpers';
import { end, flow, graphOf, node, start, step } from './graphs';

const LANES = { a: 'role:1', b: 'role:2', c: 'role:3' };

function sequence(steps: ReturnType<typeof step>[], annualVolume?: number) {
  const ids = ['start', ...steps.map((s) => s.id), 'end'];
  return graphOf(
    LANES,
    [start('start', 'a'), ...steps, end('end', 'a')],
    ids.slice(1).map((id, i) => flow(ids[i] ?? '', id)),
    annualVolume === undefined ? undefined : { annualVolume },
  );
}
const keying = (valueClass: 'BVA' | 'NVA', isRepetitive = false) =>
  step('key', 'a', {
    label: '录入保单',
    workMinutes: 2,
    valueClass,
    ...(valueClass === 'BVA' ? { outputs: '保单信息' } : {}),
    isRepetitive,
  });

describe('A1 automation candidate (§c4)', () => {
  it('fires on 200 hours a year or more of re-keying no other rule removes', () => {
    const graph = sequence([step('s1', 'a'), keying('BVA')], 6000);
    const [found, ...rest] = ruleFindings(graph, 'A1');
    expect(rest).toEqual([]);
    expect(found?.severity).toBe('hint');
    expect(found?.elementIds).toEqual(['key']);
    expect(paramValues(found)).toEqual({ a: '录入保单', H: 200 });
  });

  it('does not fire under 200 hours a year', () => {
    expect(ruleFindings(sequence([step('s1', 'a'), keying('BVA')], 5999), 'A1')).toEqual([]);
  });

  it('does not fire on a step an E rule would remove first', () => {
    expect(ruleFindings(sequence([step('s1', 'a'), keying('NVA')], 6000), 'A1')).toEqual([]);
  });
});

describe('A2 re-keying (§c4)', () => {
  const twice = (secondLane: string) =>
    sequence([
      step('k1', 'a', { label: '录入投保信息', outputs: '投保信息' }),
      step('k2', secondLane, { label: '重新录入投保信息', inputs: '投保信息' }),
    ]);

  it("fires when a step keys in another role's output again", () => {
    const [found] = ruleFindings(twice('b'), 'A2');
    expect(found?.elementIds).toEqual(['k1', 'k2']);
    expect(paramValues(found)).toEqual({ a: '重新录入投保信息', src: '录入投保信息' });
  });

  it('reads undeclared objects from the labels', () => {
    const graph = sequence([
      step('k1', 'a', { label: '录入投保信息' }),
      step('k2', 'b', { label: '第二次录入投保信息' }),
    ]);
    expect(ruleFindings(graph, 'A2').map((f) => f.elementIds)).toEqual([['k1', 'k2']]);
  });

  it('does not fire when the same role keys it (its own data)', () => {
    expect(ruleFindings(twice('a'), 'A2')).toEqual([]);
  });
});

describe('A3 waiting after a hand-off (§c4)', () => {
  const handOff = (wait: number, flagged = true) =>
    sequence([
      step('send', 'a', { label: '移送卷宗', isHandOff: flagged }),
      step('recv', 'b', { label: '处理卷宗', waitMinutes: wait }),
    ]);

  it('fires when the case waits a working day after a hand-off', () => {
    const [found] = ruleFindings(handOff(480), 'A3');
    expect(found?.elementIds).toEqual(['send', 'recv']);
    expect(paramValues(found)).toEqual({ a: '移送卷宗', b: '处理卷宗', wait: 480 });
  });

  it('fires when a paper document goes across', () => {
    const graph = sequence([
      step('s1', 'a', { label: '编制报告' }),
      step('s2', 'b', { label: '处理报告', waitMinutes: 600 }),
    ]);
    graph.nodes.push(node('paper', 'document', 'a', { label: '报告' }));
    graph.edges.push(flow('s1', 'paper'));
    expect(ruleFindings(graph, 'A3').map((f) => f.elementIds)).toEqual([['s1', 's2']]);
  });

  it('does not fire at 479 minutes, or without a hand-off or paper', () => {
    expect(ruleFindings(handOff(479), 'A3')).toEqual([]);
    const plain = sequence([
      step('s1', 'a', { label: '编制报告' }),
      step('s2', 'b', { label: '处理报告', waitMinutes: 600 }),
    ]);
    expect(ruleFindings(plain, 'A3')).toEqual([]);
  });
});

describe('A4 eliminate before automating (§c4)', () => {
  it('warns when a step marked for automation is hit by an E rule', () => {
    const [found] = ruleFindings(sequence([step('s1', 'a'), keying('NVA', true)]), 'A4');
    expect(found?.severity).toBe('warning');
    expect(found?.elementIds).toEqual(['key']);
    expect(paramValues(found)).toMatchObject({ a: '录入保单', rules: 'E4' });
  });

  it('warns when a step worth automating by A1 is hit by an E rule', () => {
    const graph = sequence([step('s1', 'a'), keying('NVA')], 6000);
    expect(ruleFindings(graph, 'A4').map((f) => f.elementIds)).toEqual([['key']]);
  });

  it('does not fire on a marked step no E rule hits', () => {
    expect(ruleFindings(sequence([step('s1', 'a'), keying('BVA', true)]), 'A4')).toEqual([]);
  });
});
