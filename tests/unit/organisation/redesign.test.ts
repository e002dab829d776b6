import { describe, expect, it } from 'vitest';
import { end, flow, graphOf, start, step } from '../analysis/graphs';
import { duty } from '../helpers/fixtures';
import { organisationLibrary } from './organisationLibrary';

/*
 * The §f4 oracle on a real library file: the to-be map gives every step of roles A, B and C
 * to X; the statement lists exactly those steps as lost by A/B/C and gained by X, X's FTE is
 * the sum moved, and "apply" leaves a revision note on the 4 descriptions, in one transaction.
 */

function pair() {
  const library = organisationLibrary();
  const { services, saveRole, newMap } = library;
  const department = services.departments.create('理赔部', null);
  const created = ['甲', '乙', '丙', 'X', '丁'].map((title) =>
    services.roles.create(department.id, title),
  );
  const [a, b, c, x, d] = created.map((role) => role.id) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const skill = services.competencies.create({
    kind: 'skill',
    nameZh: '核赔技能',
    nameEn: 'Claim adjustment',
    descriptionZh: '',
    descriptionEn: '',
    levels: [{ level: 1, indicatorZh: '', indicatorEn: '' }],
  });
  const lanes = (owners: Record<string, number>) =>
    Object.fromEntries(Object.entries(owners).map(([lane, id]) => [lane, `role:${id}`]));
  const steps = (laneOf: (id: string) => string) => [
    start('start', laneOf('a1')),
    step('a1', laneOf('a1'), { label: '受理报案', workMinutes: 30 }),
    step('b1', laneOf('b1'), { label: '查勘定损', workMinutes: 60 }),
    step('c1', laneOf('c1'), { label: '理算', workMinutes: 90 }),
    step('d1', 'ld', { label: '支付赔款', workMinutes: 10 }),
    end('end', 'ld'),
  ];
  const edges = [
    flow('start', 'a1'),
    flow('a1', 'b1'),
    flow('b1', 'c1'),
    flow('c1', 'd1'),
    flow('d1', 'end'),
  ];
  const asIs = newMap(
    '理赔（现状）',
    department.id,
    graphOf(
      lanes({ la: a, lb: b, lc: c, lx: x, ld: d }),
      steps((id) => `l${id[0]}`),
      edges,
      {
        annualVolume: 1000,
      },
    ),
  );
  const toBe = newMap(
    '理赔（优化）',
    department.id,
    graphOf(
      lanes({ lx: x, ld: d }),
      steps(() => 'lx'),
      edges,
      {
        annualVolume: 1000,
        variantOfId: asIs.id,
      },
    ),
  );
  const link = (nodeId: string, label: string) => [{ processId: asIs.id, nodeId, label }];
  const roleA = services.roles.get(a);
  saveRole(roleA, {
    duties: [duty('受理客户报案', { steps: link('a1', '受理报案') }), duty('客户回访')],
    competencies: [{ competencyId: skill.id, requiredLevel: 1, importance: 3 }],
  });
  saveRole(services.roles.get(b), {
    duties: [duty('查勘定损', { steps: link('b1', '查勘定损') })],
  });
  const approvedC = services.roles.approve(c, '初版', services.roles.get(c).editVersion);
  return { ...library, ids: { a, b, c, x, d }, asIs, toBe, skill, approvedC };
}

describe('the redesign impact statement (§f4)', () => {
  it('lists exactly the steps moved to X, and X’s FTE is the sum moved', async () => {
    const { call, ids, asIs, toBe, skill } = pair();
    const pairs = await call('organisation:redesignPairs', {});
    expect(pairs).toEqual([
      { asIs: { id: asIs.id, name: asIs.name }, toBe: { id: toBe.id, name: toBe.name } },
    ]);
    const statement = await call('organisation:redesign', { asIsId: asIs.id, toBeId: toBe.id });
    const byRole = new Map(statement.roles.map((role) => [role.roleId, role]));
    expect([...byRole.keys()].sort()).toEqual([ids.a, ids.b, ids.c, ids.x].sort());
    const x = byRole.get(ids.x);
    expect(x?.gained.map((s) => s.label)).toEqual(['受理报案', '查勘定损', '理算']);
    expect(x?.lost).toEqual([]);
    expect(byRole.get(ids.a)?.lost.map((s) => s.label)).toEqual(['受理报案']);
    expect(byRole.get(ids.b)?.lost.map((s) => s.label)).toEqual(['查勘定损']);
    expect(byRole.get(ids.c)?.lost.map((s) => s.label)).toEqual(['理算']);
    const moved = [ids.a, ids.b, ids.c].reduce(
      (sum, id) => sum + (byRole.get(id)?.fte.asIs ?? 0),
      0,
    );
    // 1,000 cases × (30 + 60 + 90) min = 3,000 h over 1,662.5 h a person.
    expect(x?.fte.toBe).toBeCloseTo(moved, 9);
    expect(x?.fte.toBe).toBeCloseTo(3000 / 1662.5, 9);
    expect(x?.fte.asIs).toBe(0);
    // A's linked duty is struck, the other stays; X gets a duty per gained step.
    expect(byRole.get(ids.a)?.redline.map((r) => [r.change, r.text])).toEqual([
      ['removed', '受理客户报案'],
      ['kept', '客户回访'],
    ]);
    expect(x?.redline.map((r) => r.change)).toEqual(['added', 'added', 'added']);
    // Weights by time share: 30, 60 and 90 minutes of 180.
    expect(x?.redline.map((r) => r.weightAfter)).toEqual([16.7, 33.3, 50]);
    expect(x?.competencies.map((c) => [c.competencyId, c.nameZh])).toEqual([
      [skill.id, '核赔技能'],
    ]);
    expect(statement.comparison.find((row) => row.metric === 'handOffs')?.to).toBe(1);
  });

  it('apply writes the accepted rows with a revision note each, in one transaction', async () => {
    const { call, refused, services, ids, asIs, toBe } = pair();
    const statement = await call('organisation:redesign', { asIsId: asIs.id, toBeId: toBe.id });
    const versions = statement.roles.map((r) => ({
      roleId: r.roleId,
      expectedVersion: r.editVersion,
    }));
    const roleIds = statement.roles.map((r) => r.roleId);

    // A stale version anywhere refuses the whole apply: nothing is written.
    const stale = versions.map((v) => (v.roleId === ids.x ? { ...v, expectedVersion: 99 } : v));
    const error = await refused('organisation:applyRedesign', {
      asIsId: asIs.id,
      toBeId: toBe.id,
      roleIds,
      expectedVersions: stale,
    });
    expect(error.code).toBe('EDIT_CONFLICT');
    expect(services.roles.get(ids.a).pendingNotes ?? []).toEqual([]);
    expect(services.roles.get(ids.a).duties).toHaveLength(2);

    const applied = await call('organisation:applyRedesign', {
      asIsId: asIs.id,
      toBeId: toBe.id,
      roleIds,
      expectedVersions: versions,
    });
    expect(applied.drafts).toHaveLength(4);
    for (const id of roleIds) {
      expect(services.roles.get(id).pendingNotes?.map((n) => n.note)).toHaveLength(1);
    }
    const x = services.roles.get(ids.x);
    expect(x.pendingNotes?.[0]?.note).toBe(
      '流程再造：理赔（现状） → 理赔（优化）：新增 受理报案、查勘定损、理算',
    );
    expect(x.duties.map((d) => [d.text, d.steps[0]?.nodeId, d.steps[0]?.processId])).toEqual([
      ['受理报案', 'a1', toBe.id],
      ['查勘定损', 'b1', toBe.id],
      ['理算', 'c1', toBe.id],
    ]);
    expect(x.competencies).toHaveLength(1);
    expect(services.roles.get(ids.a).duties.map((d) => d.text)).toEqual(['客户回访']);
    expect(services.roles.get(ids.a).pendingNotes?.[0]?.note).toBe(
      '流程再造：理赔（现状） → 理赔（优化）：移除 受理客户报案',
    );
    // The approved description became a draft with the note waiting for its next approval.
    expect(services.roles.get(ids.c).status).toBe('draft');
    expect(services.roles.get(ids.d).pendingNotes ?? []).toEqual([]);
  });
});

describe('the redesign applied twice', () => {
  it('drafts nothing again, and names the moved steps when no duty was linked', async () => {
    const { call, services, ids, asIs, toBe } = pair();
    const apply = async () => {
      const statement = await call('organisation:redesign', { asIsId: asIs.id, toBeId: toBe.id });
      await call('organisation:applyRedesign', {
        asIsId: asIs.id,
        toBeId: toBe.id,
        roleIds: statement.roles.map((r) => r.roleId),
        expectedVersions: statement.roles.map((r) => ({
          roleId: r.roleId,
          expectedVersion: r.editVersion,
        })),
      });
    };
    await apply();
    await apply();
    expect(services.roles.get(ids.x).duties).toHaveLength(3);
    expect(services.roles.get(ids.c).pendingNotes?.[0]?.note).toBe(
      '流程再造：理赔（现状） → 理赔（优化）：移出步骤 理算；请复核职责',
    );
  });
});
