import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../../shared/rules/library';
import { end, flow, graphOf, start, step } from '../analysis/graphs';
import { dutyOf, findingsOf as rules, libraryWith, linkTo, processOf, roleOf } from './library';

// J1–J3 (PROCESS-ANALYSIS.md §c7): steps against the descriptions of their roles.

const twoSteps = (lanes: Record<string, string>, second = 'l1') =>
  graphOf(
    lanes,
    [
      start(),
      step('a', 'l1', { label: '审核保单' }),
      step('b', second, { label: '录入保单' }),
      end(),
    ],
    [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
  );

describe('J1: a lane whose role has no position description', () => {
  it('flags the steps of an unbound lane and of a lane bound to a deleted role', () => {
    const library = libraryWith(
      [roleOf({ id: 1 })],
      [processOf(1, twoSteps({ l1: 'none', l2: 'role:99' }, 'l2'))],
    );
    const j1 = rules(checkAlignment(library), 'J1');
    expect(j1.map((f) => [f.nodeIds, f.params.role])).toEqual([
      [['a'], { type: 'text', value: 'l1' }],
      [['b'], { type: 'text', value: 'l2' }],
    ]);
    expect(j1.every((f) => f.severity === 'error' && f.processId === 1)).toBe(true);
  });

  it('is silent when every lane is a role of the library', () => {
    const library = libraryWith([roleOf({ id: 1 })], [processOf(1, twoSteps({ l1: 'role:1' }))]);
    expect(rules(checkAlignment(library), 'J1')).toEqual([]);
  });
});

describe('J2: an R/A step no duty of the role covers', () => {
  it('names the one step of the lane no duty links to, and a step where the role is A', () => {
    const graph = graphOf(
      { l1: 'role:1', l2: 'role:2' },
      [
        start(),
        step('a', 'l1', { label: '审核保单' }),
        step('b', 'l1', { label: '录入保单' }),
        step('c', 'l2', { label: '签发保单', raci: [{ roleId: 1, letter: 'A' }] }),
        step('d', 'l2', { label: '归档保单', raci: [{ roleId: 1, letter: 'I' }] }),
        end(),
      ],
      [flow('start', 'a'), flow('a', 'b'), flow('b', 'c'), flow('c', 'd'), flow('d', 'end')],
    );
    const role = roleOf({
      id: 1,
      title: '核保员',
      duties: [dutyOf('审核保单', { steps: [linkTo(1, 'a')] })],
    });
    const library = libraryWith([role, roleOf({ id: 2 })], [processOf(1, graph)]);
    const j2 = rules(checkAlignment(library), 'J2').filter((f) => f.roleId === 1);
    expect(j2.map((f) => f.nodeIds)).toEqual([['b'], ['c']]);
    expect(j2[0]?.params).toEqual({
      a: { type: 'text', value: '录入保单' },
      role: { type: 'text', value: '核保员' },
    });
    expect(j2[0]?.target).toEqual({ kind: 'field', field: 'duties' });
  });

  it('is silent when every R/A step is linked (a deleted step link covers nothing)', () => {
    const covered = roleOf({
      id: 1,
      duties: [dutyOf('审核与录入', { steps: [linkTo(1, 'a'), linkTo(1, 'b')] })],
    });
    const library = libraryWith([covered], [processOf(1, twoSteps({ l1: 'role:1' }))]);
    expect(rules(checkAlignment(library), 'J2')).toEqual([]);
    const gone = roleOf({
      id: 1,
      duties: [
        dutyOf('审核与录入', {
          steps: [linkTo(1, 'a'), { ...linkTo(1, 'b'), state: 'stepDeleted' }],
        }),
      ],
    });
    const flagged = rules(
      checkAlignment(libraryWith([gone], [processOf(1, twoSteps({ l1: 'role:1' }))])),
      'J2',
    );
    expect(flagged.map((f) => f.nodeIds)).toEqual([['b']]);
  });
});

describe('J3: a 管理与执行 duty no process backs', () => {
  it('flags a manage or execute duty with no link, at the duty, unless marked not process work', () => {
    const role = roleOf({
      id: 1,
      duties: [
        dutyOf('组织团队建设', { category: 'manage' }),
        dutyOf('负责部门预算', { category: 'manage', notProcessWork: true }),
        dutyOf('协助培训', { category: 'assist' }),
        dutyOf('审核保单', { category: 'execute', steps: [linkTo(1, 'a')] }),
      ],
    });
    const library = libraryWith([role], [processOf(1, twoSteps({ l1: 'role:1' }))]);
    const j3 = rules(checkAlignment(library), 'J3');
    expect(j3).toHaveLength(1);
    expect(j3[0]?.target).toEqual({ kind: 'duty', index: 0, field: 'steps' });
    expect(j3[0]?.params.d).toEqual({ type: 'text', value: '组织团队建设' });
    expect(j3[0]?.severity).toBe('hint');
  });
});
