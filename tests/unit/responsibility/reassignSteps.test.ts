import { describe, expect, it } from 'vitest';
import { duty } from '../helpers/fixtures';
import { changeLibrary } from './changeLibrary';

/*
 * §f4's oracle: reassigning all activities of roles A, B and C to X lists exactly those
 * activities as added for X and removed for A/B/C, gives FTE(X) = ΣFTE moved, and writes a
 * revision note on 4 descriptions. And a shared competency edited reaches every role using it.
 */

describe('reassigning the steps of A, B and C to X (§f4)', () => {
  it('lists exactly the steps moved, adds up the FTE and notes 4 descriptions', async () => {
    const lib = changeLibrary();
    const { services } = lib;
    const department = services.departments.create('理赔部', null);
    const [a, b, c, x] = ['报案受理员', '查勘员', '核赔员', '案件经理'].map((title) =>
      services.roles.create(department.id, title),
    );
    if (!a || !b || !c || !x) throw new Error('roles');
    const claims = services.processes.create('理赔流程', department.id);
    const other = services.processes.create('投诉处理流程', department.id);
    lib.saveMap(
      claims.id,
      [
        { role: a, steps: [['a1', '受理报案', 20]] },
        {
          role: b,
          steps: [
            ['b1', '现场查勘', 120],
            ['b2', '定损', 60],
          ],
        },
        { role: c, steps: [['c1', '核赔', 30]] },
        { role: x, steps: [['x1', '结案', 10]] },
      ],
      1200,
    );
    lib.saveMap(other.id, [{ role: a, steps: [['a9', '登记投诉', 15]] }], 400);
    const link = (processId: number, nodeId: string, label: string) => ({
      processId,
      nodeId,
      label,
    });
    lib.withDuties(services.roles.get(b.id), [
      duty('负责现场查勘与定损', {
        steps: [link(claims.id, 'b1', '现场查勘'), link(claims.id, 'b2', '定损')],
      }),
    ]);
    for (const role of [a, b, c, x]) lib.approve(role.id);
    const change = {
      kind: 'reassignSteps' as const,
      fromRoleIds: [a.id, b.id, c.id],
      toRoleId: x.id,
      processIds: [claims.id],
    };
    const preview = await lib.call('changes:preview', { change });

    expect(preview.maps.map((m) => [m.name, m.lanesRebound, m.steps.map((s) => s.nodeId)])).toEqual(
      [['理赔流程', 3, ['a1', 'b1', 'b2', 'c1']]],
    );
    const items = new Map(preview.descriptions.map((d) => [d.title, d.items]));
    expect(items.get('案件经理')).toEqual([
      { code: 'stepsGained', params: { count: 4, from: '报案受理员、查勘员、核赔员' } },
      { code: 'stepUncovered', params: { process: '理赔流程', step: '受理报案' } },
      { code: 'stepUncovered', params: { process: '理赔流程', step: '现场查勘' } },
      { code: 'stepUncovered', params: { process: '理赔流程', step: '定损' } },
      { code: 'stepUncovered', params: { process: '理赔流程', step: '核赔' } },
    ]);
    expect(items.get('报案受理员')).toEqual([
      { code: 'stepsGiven', params: { count: 1, to: '案件经理' } },
    ]);
    expect(items.get('查勘员')).toEqual([
      { code: 'stepsGiven', params: { count: 2, to: '案件经理' } },
      { code: 'stepsLost', params: { duty: '负责现场查勘与定损', steps: 2 } },
    ]);
    expect(preview.links.map((l) => [l.effect, l.nodeId])).toEqual([
      ['stepsLost', 'b1'],
      ['stepsLost', 'b2'],
    ]);

    // FTE(X) after = FTE(X) before + the FTE the three hand over in this map.
    const fte = new Map(preview.fte.map((f) => [f.title, f]));
    const moved = ['报案受理员', '查勘员', '核赔员'].reduce(
      (sum, t) => sum + (fte.get(t)?.fteBefore ?? 0) - (fte.get(t)?.fteAfter ?? 0),
      0,
    );
    const gained = (fte.get('案件经理')?.fteAfter ?? 0) - (fte.get('案件经理')?.fteBefore ?? 0);
    expect(moved).toBeGreaterThan(0);
    expect(gained).toBeCloseTo(moved, 9);
    // The complaints map stays out of scope: 报案受理员 keeps its 100 hours there.
    expect(fte.get('报案受理员')?.hoursAfter).toBeCloseTo(100);

    const before = lib.versions();
    const applied = await lib.call('changes:apply', {
      change,
      basis: preview.basis,
      locale: 'zh-CN',
    });
    const touched = lib.touched(before, lib.versions());
    expect(touched).toEqual({ roles: [a.id, b.id, c.id, x.id], processes: [claims.id] });
    expect(applied.note).toBe('职责调整：报案受理员、查勘员、核赔员的步骤移交案件经理（4 个步骤）');
    for (const role of [a, b, c, x]) {
      const stored = services.roles.get(role.id);
      expect([stored.status, stored.pendingNotes?.map((n) => n.note)]).toEqual([
        'draft',
        [applied.note],
      ]);
    }
    // The links stay with 查勘员's duty: the steps are now 案件经理's.
    expect(services.roles.get(b.id).duties[0]?.steps.map((s) => s.state)).toEqual(['ok', 'ok']);
    expect(
      services.processes
        .activitiesOf(x.id)
        .map((s) => s.label)
        .sort(),
    ).toEqual(['受理报案', '定损', '核赔', '现场查勘', '结案'].sort());
  });
});

describe('editing a shared competency', () => {
  it('edits the entry and notes every role requiring it', async () => {
    const lib = changeLibrary();
    const { services } = lib;
    const department = services.departments.create('人力资源部', null);
    const competency = services.competencies.create({
      kind: 'skill',
      nameZh: '沟通能力',
      nameEn: 'Communication',
      descriptionZh: '',
      descriptionEn: '',
      levels: [{ level: 1, indicatorZh: '清楚表达', indicatorEn: '' }],
    });
    const [p, q, r] = ['招聘专员', '培训专员', '薪酬专员'].map((t) =>
      services.roles.create(department.id, t),
    );
    if (!p || !q || !r) throw new Error('roles');
    for (const role of [p, q]) {
      const stored = services.roles.get(role.id);
      services.roles.save(
        {
          ...stored,
          competencies: [{ competencyId: competency.id, requiredLevel: 1, importance: 3 }],
        },
        stored.editVersion,
      );
      lib.approve(role.id);
    }
    const change = {
      kind: 'editCompetency' as const,
      competencyId: competency.id,
      patch: { nameZh: '沟通协调能力', descriptionEn: 'Says what is needed, clearly' },
    };
    const preview = await lib.call('changes:preview', { change });
    expect(preview.descriptions.map((d) => [d.title, d.status])).toEqual([
      ['招聘专员', 'approved'],
      ['培训专员', 'approved'],
    ]);
    const applied = await lib.call('changes:apply', { change, basis: preview.basis, locale: 'en' });
    // The patch's English description is written; the Chinese one it leaves out stays.
    expect(services.competencies.list()[0]).toMatchObject({
      nameZh: '沟通协调能力',
      descriptionZh: '',
      descriptionEn: 'Says what is needed, clearly',
      levels: [{ level: 1, indicatorZh: '清楚表达', indicatorEn: '' }],
    });
    expect(applied.roleIds).toEqual([p.id, q.id]);
    for (const role of [p, q]) expect(services.roles.get(role.id).status).toBe('draft');
    expect(services.roles.get(r.id).pendingNotes ?? []).toEqual([]);
  });
});
