import { describe, expect, it } from 'vitest';
import { analyseProcess } from '../../../../shared/analysis';
import { clip, ladderRungs } from '../../../../renderer/editor/analysis/ladder';
import { end, flow, graphOf, libraryOf, start, step } from '../../analysis/graphs';

describe('timeline ladder', () => {
  it('shortens a label to its room, counting Chinese characters double', () => {
    expect(clip('Check claim', 120)).toBe('Check claim');
    expect(clip('审核理赔申请并录入系统', 60)).toBe('审核理赔…');
  });

  it('marks a step wait-dominated when it waits at least as long as it works', () => {
    const graph = graphOf(
      { l1: 'role:1' },
      [
        start(),
        step('a', 'l1', { workMinutes: 10, waitMinutes: 5 }),
        step('b', 'l1', { workMinutes: 10, waitDays: 1 }),
        end(),
      ],
      [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
    );
    const figures = analyseProcess({ graph, library: libraryOf([{ id: 1 }]) }).figures;
    // The rungs follow the critical path; without one (first cut of the figures) there are none.
    const rungs = ladderRungs({ ...figures, criticalPath: ['start', 'a', 'b', 'end'] });
    expect(rungs.map((rung) => [rung.step.nodeId, rung.wait, rung.waitDominated])).toEqual([
      ['a', 5, false],
      ['b', 480, true],
    ]);
  });
});
