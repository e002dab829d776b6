import { describe, expect, it } from 'vitest';
import type { AuthorityClause } from '../../../shared/roleDetails';
import { checkAlignment } from '../../../shared/rules/library';
import { end, flow, graphOf, start, step } from '../analysis/graphs';
import { findingsOf as rules, libraryWith, processOf, roleOf } from './library';

// J4 (§f2: hand-offs across all processes against 工作关系) and J5 (§f3: approvals against 工作权限).

const underwriting = graphOf(
  { l1: 'role:1', l2: 'role:2' },
  [
    start(),
    step('a', 'l1', { label: '审核投保单' }),
    step('b', 'l2', { label: '出具保单' }),
    end('end', 'l2'),
  ],
  [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
);

describe('J4: hand-off partners against 工作关系', () => {
  it('§f2 oracle: 核保员 → 出单员 while 核保员 lists only 销售部 gives one J4 naming 出单员', () => {
    const underwriter = roleOf({
      id: 1,
      title: '核保员',
      details: {
        relations: [
          { text: '销售部', scope: 'internal', partner: { kind: 'department', departmentId: 2 } },
        ],
      },
    });
    const clerk = roleOf({
      id: 2,
      title: '出单员',
      details: {
        relations: [
          { text: '核保员', scope: 'internal', partner: { kind: 'named', name: '核保员' } },
        ],
      },
    });
    const j4 = rules(
      checkAlignment(libraryWith([underwriter, clerk], [processOf(1, underwriting)])),
      'J4',
    );
    expect(j4).toHaveLength(1);
    expect(j4[0]).toMatchObject({
      roleId: 1,
      processId: 1,
      nodeIds: ['a', 'b'],
      variant: 'missing',
      target: { kind: 'field', field: 'relations' },
      params: { r1: { type: 'text', value: '核保员' }, r2: { type: 'text', value: '出单员' } },
    });
  });

  it('is silent when the partner is listed as a role, and flags a listed role never handed to', () => {
    const underwriter = roleOf({
      id: 1,
      title: '核保员',
      details: {
        relations: [
          { text: '出单员', scope: 'internal', partner: { kind: 'role', roleId: 2 } },
          { text: '理赔员', scope: 'internal', partner: { kind: 'role', roleId: 3 } },
        ],
      },
    });
    const clerk = roleOf({
      id: 2,
      title: '出单员',
      duties: [],
      details: {
        relations: [{ text: '', scope: 'internal', partner: { kind: 'role', roleId: 1 } }],
      },
    });
    const library = libraryWith(
      [underwriter, clerk, roleOf({ id: 3, title: '理赔员' })],
      [processOf(1, underwriting)],
    );
    const j4 = rules(checkAlignment(library), 'J4');
    expect(j4.map((f) => [f.roleId, f.variant, f.params.r2])).toEqual([
      [1, 'neverHanded', { type: 'text', value: '理赔员' }],
    ]);
  });

  it('reads the old relation texts while the relations are not derived yet', () => {
    const underwriter = roleOf({
      id: 1,
      title: '核保员',
      details: { relations: null, relationsInternal: '与出单员衔接出单' },
    });
    const clerk = roleOf({ id: 2, title: '出单员' });
    const j4 = rules(
      checkAlignment(libraryWith([underwriter, clerk], [processOf(1, underwriting)])),
      'J4',
    );
    expect(j4).toEqual([]);
  });
});

const clause = (text: string, object: string, amountMax: number | null): AuthorityClause => ({
  text,
  kind: 'approve',
  object,
  amountMax,
});

const expenses = (name: string) =>
  processOf(
    5,
    graphOf(
      { l3: 'role:3', l4: 'role:4' },
      [
        start('start', 'l3'),
        step('m', 'l3', { label: '部门经理审批', isApproval: true }),
        step('f', 'l4', { label: '财务总监审批', isApproval: true }),
        end('end', 'l4'),
      ],
      [flow('start', 'm'), flow('m', 'f'), flow('f', 'end')],
    ),
    name,
  );

describe('J5: approvals against 工作权限', () => {
  const manager = (clauses: AuthorityClause[]) =>
    roleOf({ id: 3, title: '部门经理', details: { authorityClauses: clauses } });
  const director = roleOf({
    id: 4,
    title: '财务总监',
    details: { authorityClauses: [clause('审批费用≤50万元', '费用', 500000)] },
  });

  it('§f3 oracle: 部门经理 ≤ 5万 then 财务总监 on a ≤ 5万 band → the 备案 proposal for 财务总监', () => {
    const library = libraryWith(
      [manager([clause('审批费用≤5万元', '费用', 50000)]), director],
      [expenses('费用报销(≤5万元)')],
    );
    const j5 = rules(checkAlignment(library), 'J5');
    expect(j5).toHaveLength(1);
    expect(j5[0]).toMatchObject({
      roleId: 4,
      variant: 'filing',
      severity: 'hint',
      nodeIds: ['f', 'm'],
      params: {
        role: { type: 'text', value: '财务总监' },
        lower: { type: 'text', value: '部门经理' },
        amount: { type: 'money', value: 50000 },
      },
    });
  });

  it('no proposal when the band is above the manager’s clause, which is then exceeded', () => {
    const library = libraryWith(
      [manager([clause('审批费用≤5万元', '费用', 50000)]), director],
      [expenses('费用报销(≤20万元)')],
    );
    const j5 = rules(checkAlignment(library), 'J5');
    expect(j5.map((f) => [f.roleId, f.variant])).toEqual([[3, 'bandExceeded']]);
    expect(j5[0]?.params.amount).toEqual({ type: 'money', value: 200000 });
  });

  it('an approver with no clause for the object gets noClause; none when every approval is covered', () => {
    const library = libraryWith(
      [manager([clause('审批差旅计划', '差旅', null)]), director],
      [expenses('费用报销')],
    );
    expect(rules(checkAlignment(library), 'J5').map((f) => [f.roleId, f.variant])).toEqual([
      [3, 'noClause'],
    ]);
    const covered = libraryWith(
      [manager([clause('审批费用', '费用', null)]), director],
      [expenses('费用报销')],
    );
    expect(rules(checkAlignment(covered), 'J5')).toEqual([]);
  });
});
