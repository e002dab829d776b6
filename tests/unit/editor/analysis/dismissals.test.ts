import { describe, expect, it } from 'vitest';
import { finding } from '../../../../shared/analysis/findings';
import {
  dismissFinding,
  restoreFinding,
  setImpliedFlags,
} from '../../../../renderer/editor/analysis/dismissals';
import { end, flow, graphOf, start, step } from '../../analysis/graphs';

const graph = graphOf(
  { l1: 'role:1' },
  [
    start(),
    step('a', 'l1', { label: '审批报销单' }),
    step('b', 'l1', { label: '转交财务部' }),
    end(),
  ],
  [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
);

describe('findings the user dismisses', () => {
  it('keeps the reason and the time in the map, one entry per finding', () => {
    const once = dismissFinding(graph, 'E4|a', 'required by law', '2026-12-01T10:00:00Z');
    const twice = dismissFinding(once, 'E4|a', 'regulator', '2026-12-01T11:00:00Z');
    expect(twice.analysis?.dismissed).toEqual([
      { key: 'E4|a', reason: 'regulator', at: '2026-12-01T11:00:00Z' },
    ]);
    expect(graph.analysis).toBeUndefined();
  });

  it('restores a finding, and restoring one not dismissed changes nothing', () => {
    const dismissed = dismissFinding(graph, 'E4|a', 'why', 'now');
    expect(restoreFinding(dismissed, 'E4|a').analysis?.dismissed).toEqual([]);
    expect(restoreFinding(graph, 'E4|a')).toBe(graph);
  });
});

describe('M13 one-click fix', () => {
  it('sets the flag the label verb implies: approval, hand-off', () => {
    const fixed = setImpliedFlags(graph, finding('M13', 'hint', ['a', 'b']));
    const flags = (id: string) => {
      const activity = fixed.nodes.find((node) => node.id === id)?.activity;
      return [activity?.isApproval, activity?.isInspection, activity?.isHandOff];
    };
    expect(flags('a')).toEqual([true, false, false]);
    expect(flags('b')).toEqual([false, false, true]);
  });

  it('changes nothing (no undo step) when the flags are already set', () => {
    const fixed = setImpliedFlags(graph, finding('M13', 'hint', ['a']));
    expect(setImpliedFlags(fixed, finding('M13', 'hint', ['a']))).toBe(fixed);
  });
});
