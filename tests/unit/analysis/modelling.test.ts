import { describe, expect, it } from 'vitest';
import { analyseProcess } from '../../../shared/analysis';
import type { AnalysisRuleId } from '../../../shared/analysis/types';
import type { ProcessGraph, ProcessNode } from '../../../shared/process';
import { decision, end, flow, graphOf, libraryOf, node, start, step } from './graphs';

const library = libraryOf([{ id: 1, title: '核保员' }]);
const lanes = { l1: 'role:1' };
/** Data the analysis needs, so M10 stays quiet where a test is about something else. */
const filled = { workMinutes: 5, waitMinutes: 0, valueClass: 'VA' as const };

function found(graph: ProcessGraph, rule: AnalysisRuleId) {
  return analyseProcess({ graph, library }).findings.filter((f) => f.rule === rule);
}

/** start → a → end, with `a` as given. */
function single(a: ProcessNode, laneMap: Record<string, string> = lanes): ProcessGraph {
  return graphOf(laneMap, [start(), a, end()], [flow('start', 'a'), flow('a', 'end')]);
}

/** start → d, d branching to a and b (probabilities as given), both to end. */
function branching(pa: number | null, pb: number | null, gateway?: 'parallel' | 'inclusive') {
  return graphOf(
    lanes,
    [
      start(),
      decision('d', 'l1', gateway ? { gateway } : {}),
      step('a', 'l1'),
      step('b', 'l1'),
      end(),
    ],
    [
      flow('start', 'd'),
      flow('d', 'a', { probability: pa }),
      flow('d', 'b', { probability: pb }),
      flow('a', 'end'),
      flow('b', 'end'),
    ],
  );
}

describe('modelling rules (§c6)', () => {
  it('M1: an unlabelled activity, event or branching gateway; near miss: a one-way gateway', () => {
    const m1 = found(single(step('a', 'l1', { label: '  ' })), 'M1');
    expect(m1).toMatchObject([{ severity: 'error', elementIds: ['a'] }]);
    const noName = { ...end(), label: '' };
    expect(found(graphOf(lanes, [start(), noName], [flow('start', 'end')]), 'M1')).toMatchObject([
      { elementIds: ['end'] },
    ]);
    const unnamed = branching(50, 50);
    unnamed.nodes = unnamed.nodes.map((n) => (n.id === 'd' ? { ...n, label: '' } : n));
    expect(found(unnamed, 'M1')).toMatchObject([{ elementIds: ['d'] }]);
    const merge = graphOf(
      lanes,
      [start(), decision('d', 'l1', { label: '' }), end()],
      [flow('start', 'd'), flow('d', 'end')],
    );
    expect(found(merge, 'M1')).toEqual([]);
  });

  it('M2: a label not opening with a verb; near miss: verb + object', () => {
    const m2 = found(single(step('a', 'l1', { label: '保单打印' })), 'M2');
    expect(m2).toMatchObject([{ severity: 'warning', elementIds: ['a'] }]);
    expect(m2[0]?.params.a).toEqual({ type: 'text', value: '保单打印' });
    expect(found(single(step('a', 'l1', { label: '打印保单' })), 'M2')).toEqual([]);
    expect(found(single(step('a', 'l1', { label: 'Print the policy' })), 'M2')).toEqual([]);
  });

  it('M3: no end is an error, two starts a warning; near miss: one start, one end', () => {
    const noEnd = graphOf(lanes, [start(), step('a', 'l1')], [flow('start', 'a')]);
    expect(found(noEnd, 'M3')).toMatchObject([{ severity: 'error', elementIds: [] }]);
    const twoStarts = graphOf(
      lanes,
      [start('s1'), start('s2'), step('a', 'l1'), end()],
      [flow('s1', 'a'), flow('s2', 'a'), flow('a', 'end')],
    );
    const m3 = found(twoStarts, 'M3');
    expect(m3).toMatchObject([{ severity: 'warning', variant: 'manyStarts' }]);
    expect(m3[0]?.elementIds.sort()).toEqual(['s1', 's2']);
    expect(found(single(step('a', 'l1')), 'M3')).toEqual([]);
  });

  it('M4: a shape with no flow at all; near miss: connected on one side only', () => {
    const graph = single(step('a', 'l1'));
    graph.nodes.push(step('lost', 'l1'), step('tail', 'l1'));
    graph.edges.push(flow('a', 'tail'));
    expect(found(graph, 'M4')).toMatchObject([{ severity: 'error', elementIds: ['lost'] }]);
  });

  it('M5: an activity splitting or joining without a gateway; near miss: a decision splits', () => {
    const graph = graphOf(
      lanes,
      [start(), step('a', 'l1'), step('b', 'l1'), step('c', 'l1'), end()],
      [flow('start', 'a'), flow('a', 'b'), flow('a', 'c'), flow('b', 'end'), flow('c', 'end')],
    );
    expect(found(graph, 'M5')).toMatchObject([{ severity: 'error', elementIds: ['a'] }]);
    const join = graphOf(
      lanes,
      [start(), decision('d', 'l1'), step('a', 'l1'), step('b', 'l1'), step('c', 'l1'), end()],
      [
        ...[flow('start', 'd'), flow('d', 'a', { probability: 50 })],
        ...[flow('d', 'b', { probability: 50 }), flow('a', 'c'), flow('b', 'c'), flow('c', 'end')],
      ],
    );
    expect(found(join, 'M5')).toMatchObject([
      { severity: 'warning', variant: 'join', elementIds: ['c'] },
    ]);
    expect(found(branching(50, 50), 'M5')).toEqual([]);
  });

  it('M6: a gateway with one way in and one way out; near miss: two ways out', () => {
    const graph = graphOf(
      lanes,
      [start(), decision('d', 'l1', { label: '通过？' }), step('a', 'l1'), end()],
      [flow('start', 'd'), flow('d', 'a'), flow('a', 'end')],
    );
    const m6 = found(graph, 'M6');
    expect(m6).toMatchObject([{ severity: 'warning', elementIds: ['d'] }]);
    expect(m6[0]?.params.g).toEqual({ type: 'text', value: '通过？' });
    expect(found(branching(50, 50), 'M6')).toEqual([]);
  });

  it('M7: an inclusive gateway; near miss: exclusive and parallel ones', () => {
    expect(found(branching(60, 60, 'inclusive'), 'M7')).toMatchObject([
      { severity: 'warning', elementIds: ['d'] },
    ]);
    expect(found(branching(50, 50), 'M7')).toEqual([]);
    expect(found(branching(null, null, 'parallel'), 'M7')).toEqual([]);
  });

  it('M8: more than 50 elements (flow nodes and data, not notes); near miss: exactly 50', () => {
    const chain = (n: number) => {
      const steps = Array.from({ length: n }, (_, i) => step(`s${i}`, 'l1', filled));
      const ids = ['start', ...steps.map((s) => s.id), 'end'];
      const edges = ids.slice(1).map((id, i) => flow(ids[i] ?? '', id));
      return graphOf(lanes, [start(), ...steps, end()], edges);
    };
    const big = chain(48);
    big.nodes.push(node('doc', 'document', 'l1'));
    expect(found(big, 'M8')).toMatchObject([{ severity: 'warning', elementIds: [] }]);
    expect(found(big, 'M8')[0]?.params.n).toEqual({ type: 'count', value: 51 });
    const fifty = chain(48);
    fifty.nodes.push(node('note', 'annotation', null));
    expect(found(fifty, 'M8')).toEqual([]);
  });

  it('M9: a step outside every lane or in an unbound lane; near miss: role or department lane', () => {
    expect(found(single(step('a', null)), 'M9')).toMatchObject([
      { severity: 'error', elementIds: ['a'] },
    ]);
    expect(found(single(step('a', 'l1'), { l1: '' }), 'M9')).toMatchObject([{ elementIds: ['a'] }]);
    expect(found(single(step('a', 'l1')), 'M9')).toEqual([]);
    expect(found(single(step('a', 'l1'), { l1: 'dept:1' }), 'M9')).toEqual([]);
  });

  it('M10: work, wait or value class missing; near miss: 0 minutes and a wait in days', () => {
    expect(
      found(single(step('a', 'l1', { workMinutes: 5, valueClass: 'VA' })), 'M10'),
    ).toMatchObject([{ severity: 'warning', elementIds: ['a'] }]);
    const given = { workMinutes: 0, waitMinutes: null, waitDays: 2, valueClass: 'NVA' as const };
    expect(found(single(step('a', 'l1', given)), 'M10')).toEqual([]);
  });

  it('M11: exclusive branches missing or not adding to 100 % ± 0.5; near miss: 70 + 29.6', () => {
    const short = found(branching(60, 30), 'M11');
    expect(short).toMatchObject([{ severity: 'warning', elementIds: ['d'] }]);
    expect(short[0]?.params.s).toEqual({ type: 'count', value: 90 });
    expect(found(branching(100, null), 'M11')[0]?.params.s).toEqual({ type: 'count', value: 100 });
    expect(found(branching(70, 29.6), 'M11')).toEqual([]);
    expect(found(branching(60, 60, 'inclusive'), 'M11')).toEqual([]);
    expect(found(branching(null, null, 'parallel'), 'M11')).toEqual([]);
  });

  it('M12: two steps with the same label; near miss: different labels', () => {
    const graph = graphOf(
      lanes,
      [
        start(),
        step('a', 'l1', { label: '核对保单' }),
        step('b', 'l1', { label: ' 核对保单' }),
        end(),
      ],
      [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
    );
    expect(found(graph, 'M12')).toMatchObject([{ severity: 'warning', elementIds: ['a', 'b'] }]);
    graph.nodes = graph.nodes.map((n) => (n.id === 'b' ? { ...n, label: '核对保费' } : n));
    expect(found(graph, 'M12')).toEqual([]);
  });

  it('M13: the verb says approval / inspection / hand-off but the flag is unset; near miss: set', () => {
    const cases = [
      ['审批核保结论', 'approval', 'isApproval'],
      ['核对保单与申请书', 'inspection', 'isInspection'],
      ['移交出单部', 'handOff', 'isHandOff'],
    ] as const;
    for (const [label, variant, flag] of cases) {
      const m13 = found(single(step('a', 'l1', { label })), 'M13');
      expect(m13, label).toMatchObject([{ severity: 'hint', variant, elementIds: ['a'] }]);
      expect(m13[0]?.params.flag, label).toEqual({ type: 'text', value: flag });
      expect(found(single(step('a', 'l1', { label, [flag]: true })), 'M13'), label).toEqual([]);
    }
    expect(found(single(step('a', 'l1', { label: '打印保单' })), 'M13')).toEqual([]);
  });

  it('M14: a loop no case can leave; near miss: a rework loop left 80 % of the time', () => {
    const loop = (back: number, out: number) =>
      graphOf(
        lanes,
        [start(), step('a', 'l1'), decision('d', 'l1'), end()],
        [
          ...[flow('start', 'a'), flow('a', 'd')],
          ...[flow('d', 'a', { probability: back }), flow('d', 'end', { probability: out })],
        ],
      );
    const m14 = found(loop(100, 0), 'M14');
    expect(m14).toMatchObject([{ severity: 'error' }]);
    expect(m14[0]?.elementIds.sort()).toEqual(['a', 'd']);
    expect(found(loop(20, 80), 'M14')).toEqual([]);
  });
});
