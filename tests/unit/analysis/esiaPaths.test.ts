import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../../shared/analysis/flow';
import { runsOf } from '../../../shared/analysis/rules/paths';
import { reachability } from '../../../shared/analysis/rules/reach';
import { objectOf, verbOf } from '../../../shared/analysis/verbs';
import { decision, end, flow, graphOf, libraryOf, start, step } from './graphs';

/*
 * The walks the ESIA rules share: runs (§c `run`), what comes after what, and the verb of a
 * label that says it repeats work (第三次录入).
 */

/** a → split → (b | c) → join → d → check → ok? → back to b, or end. */
const graph = graphOf(
  { l1: '' },
  [
    start(),
    step('a', 'l1'),
    decision('split', 'l1'),
    step('b', 'l1'),
    step('c', 'l1'),
    decision('join', 'l1'),
    step('d', 'l1'),
    step('check', 'l1'),
    decision('ok', 'l1'),
    end(),
  ],
  [
    flow('start', 'a'),
    flow('a', 'split'),
    flow('split', 'b', { probability: 50 }),
    flow('split', 'c', { probability: 50 }),
    flow('b', 'join'),
    flow('c', 'join'),
    flow('join', 'd'),
    flow('d', 'check'),
    flow('check', 'ok'),
    flow('ok', 'end', { probability: 90 }),
    flow('ok', 'b', { probability: 10 }),
  ],
);
const model = buildFlow(graph, libraryOf());

describe('runs (§c)', () => {
  it('are the chains no split interrupts; chains that merge share their tail', () => {
    expect(runsOf(model)).toEqual([['a'], ['b', 'd', 'check'], ['c', 'd', 'check']]);
  });
});

describe('reachability', () => {
  const reach = reachability(model);

  it('follows forward edges through decisions, not the way back of a loop', () => {
    expect(reach.reaches('a', 'check')).toBe(true);
    expect(reach.reaches('b', 'c')).toBe(false);
    expect(reach.reaches('check', 'b')).toBe(false);
    expect(reach.reaches('d', 'd')).toBe(false);
  });

  it('lists the activities after a step in flow order', () => {
    expect(reach.downstream('a')).toEqual(['b', 'd', 'check', 'c']);
    expect(reach.downstream('check')).toEqual([]);
  });
});

describe('verbs that say the work is done again', () => {
  it('reads 第三次 / 重新 / 再次 before the verb', () => {
    expect(verbOf('第三次录入保单信息')).toEqual({ verb: '录入', kinds: ['rekey'] });
    expect(verbOf('重新录入投保信息')?.kinds).toEqual(['rekey']);
    expect(objectOf('再次录入投保信息')).toBe('投保信息');
  });

  it('leaves a label alone when no verb follows the adverb', () => {
    expect(verbOf('第二次会议纪要')).toBeNull();
  });
});
