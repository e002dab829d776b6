import { describe, expect, it } from 'vitest';
import { duty } from '../helpers/fixtures';
import { changeLibrary } from './changeLibrary';

/*
 * Responsibility changes (issue 10) through dispatch on a real library file: the preview lists
 * exactly what apply writes, apply is one transaction, every rewritten item gets the note.
 */

/** 技术部 with 技术员 and 工艺工程师, 技术中心 with 中心主任; one map with their steps. */
async function miningCase() {
  const lib = changeLibrary();
  const { services } = lib;
  const tech = services.departments.create('技术部', null);
  const centre = services.departments.create('技术中心', null);
  const engineer = services.roles.create(tech.id, '技术员');
  const planner = services.roles.create(tech.id, '工艺工程师');
  const head = services.roles.create(centre.id, '中心主任');
  const process = services.processes.create('技术改造流程', tech.id);
  lib.saveMap(
    process.id,
    [
      {
        role: engineer,
        steps: [
          ['s0', '收集改造需求', 30],
          ['s1', '编制技术方案', 60],
          ['s2', '审查图纸', 30],
        ],
      },
      { role: planner, steps: [['s3', '编制工艺', 120]] },
    ],
    100,
  );
  const link = (nodeId: string, label: string) => ({ processId: process.id, nodeId, label });
  lib.withDuties(services.roles.get(engineer.id), [
    duty('负责编制技术方案', { steps: [link('s1', '编制技术方案'), link('s2', '审查图纸')] }),
    duty('参与安全检查'),
  ]);
  lib.withDuties(services.roles.get(planner.id), [
    duty('负责编制工艺文件', { steps: [link('s3', '编制工艺')] }),
  ]);
  for (const id of [engineer.id, planner.id, head.id]) lib.approve(id);
  return { ...lib, tech, centre, engineer, planner, head, process };
}

describe('moving duties into a new technical centre role', () => {
  it('names no steps in the note when the duties move without them', async () => {
    const lib = await miningCase();
    // The second duty, 参与安全检查, is linked to no step.
    const dutyId = lib.services.roles.get(lib.engineer.id).duties[1]?.id ?? 0;
    const change = {
      kind: 'moveDuties' as const,
      fromRoleId: lib.engineer.id,
      dutyIds: [dutyId],
      to: { roleId: lib.planner.id },
      moveSteps: true,
    };
    const preview = await lib.call('changes:preview', { change });
    const applied = await lib.call('changes:apply', {
      change,
      basis: preview.basis,
      locale: 'zh-CN',
    });
    expect(applied.note).toBe('职责调整：技术员的职责移至工艺工程师（1 项职责）');
  });

  it('previews exactly what apply writes, with notes on every rewritten item', async () => {
    const lib = await miningCase();
    const dutyId = lib.services.roles.get(lib.engineer.id).duties[0]?.id ?? 0;
    const change = {
      kind: 'moveDuties' as const,
      fromRoleId: lib.engineer.id,
      dutyIds: [dutyId],
      to: { newRole: { title: '技术中心工程师', departmentId: lib.centre.id } },
      moveSteps: true,
    };
    const preview = await lib.call('changes:preview', { change });
    expect(
      preview.descriptions.map((d) => [d.title, d.created, d.items.map((i) => i.code)]),
    ).toEqual([
      ['技术中心工程师', true, ['created', 'dutyAdded', 'stepsGained']],
      ['技术员', false, ['dutyRemoved', 'stepsGiven']],
    ]);
    expect(preview.maps).toEqual([
      expect.objectContaining({
        name: '技术改造流程',
        lanesRebound: 0,
        lanesAdded: 1,
        steps: [
          { nodeId: 's1', label: '编制技术方案' },
          { nodeId: 's2', label: '审查图纸' },
        ],
      }),
    ]);
    expect(preview.links.map((l) => [l.effect, l.nodeId])).toEqual([
      ['moved', 's1'],
      ['moved', 's2'],
    ]);
    // 100 cases × 90 minutes = 150 hours move from 技术员 to the new role.
    const fte = new Map(preview.fte.map((f) => [f.title, f]));
    expect(fte.get('技术员')?.hoursBefore).toBeCloseTo(200);
    expect(fte.get('技术员')?.hoursAfter).toBeCloseTo(50);
    expect(fte.get('技术中心工程师')?.hoursAfter).toBeCloseTo(150);

    const before = lib.versions();
    const applied = await lib.call('changes:apply', {
      change,
      basis: preview.basis,
      locale: 'zh-CN',
    });
    const touched = lib.touched(before, lib.versions());
    expect(applied.note).toBe('职责调整：技术员的职责移至技术中心工程师（1 项职责，2 个步骤）');
    expect(touched.roles).toEqual(
      [lib.engineer.id, applied.createdRoleId].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(touched.processes).toEqual(preview.maps.map((m) => m.processId));
    const source = lib.services.roles.get(lib.engineer.id);
    const created = lib.services.roles.get(applied.createdRoleId ?? 0);
    expect(source.status).toBe('draft');
    expect(source.duties.map((d) => d.text)).toEqual(['参与安全检查']);
    expect(created.duties.map((d) => [d.text, d.steps.map((s) => [s.nodeId, s.state])])).toEqual([
      [
        '负责编制技术方案',
        [
          ['s1', 'ok'],
          ['s2', 'ok'],
        ],
      ],
    ]);
    for (const role of [source, created])
      expect(role.pendingNotes?.map((n) => n.note)).toEqual([applied.note]);
    const map = lib.services.processes.get(lib.process.id);
    expect(map.pendingNotes?.map((n) => n.note)).toEqual([applied.note]);
    const lane = map.graph.lanes.find(
      (l) => l.owner.kind === 'role' && l.owner.roleId === created.id,
    );
    expect(map.graph.nodes.filter((n) => n.laneId === lane?.id).map((n) => n.id)).toEqual([
      's1',
      's2',
    ]);
  });

  it('refuses a stale basis and an invalid target, writing nothing', async () => {
    const lib = await miningCase();
    const change = {
      kind: 'mergeRoles' as const,
      fromRoleId: lib.engineer.id,
      intoRoleId: lib.planner.id,
    };
    const preview = await lib.call('changes:preview', { change });
    lib.withDuties(lib.services.roles.get(lib.head.id), [duty('统筹技术中心工作')]);
    const before = lib.versions();
    expect(await lib.refused('changes:apply', { change, basis: preview.basis, locale: 'en' })).toBe(
      'EDIT_CONFLICT',
    );
    const missing = { ...change, intoRoleId: 9999 };
    const fresh = await lib.refused('changes:preview', { change: missing });
    expect(fresh).toBe('NOT_FOUND');
    const basis = (await lib.call('changes:preview', { change })).basis;
    expect(await lib.refused('changes:apply', { change: missing, basis, locale: 'en' })).toBe(
      'NOT_FOUND',
    );
    expect(lib.touched(before, lib.versions())).toEqual({ roles: [], processes: [] });
  });
});

describe('deleting, merging and renaming roles', () => {
  it('merges a role into another: duties with links, lanes and relations follow', async () => {
    const lib = await miningCase();
    const head = lib.services.roles.get(lib.head.id);
    lib.services.roles.save(
      {
        ...head,
        details: {
          ...head.details,
          relations: [
            {
              text: '与技术员沟通',
              scope: 'internal',
              partner: { kind: 'role', roleId: lib.engineer.id },
            },
          ],
        },
      },
      head.editVersion,
    );
    const change = {
      kind: 'mergeRoles' as const,
      fromRoleId: lib.engineer.id,
      intoRoleId: lib.planner.id,
    };
    const preview = await lib.call('changes:preview', { change });
    const before = lib.versions();
    const applied = await lib.call('changes:apply', { change, basis: preview.basis, locale: 'en' });
    const touched = lib.touched(before, lib.versions());
    expect(touched.roles).toEqual(preview.descriptions.map((d) => d.roleId).sort((a, b) => a - b));
    expect(applied.note).toBe('Responsibility change: 技术员 merged into 工艺工程师 (2 duties)');
    const planner = lib.services.roles.get(lib.planner.id);
    expect(planner.duties.map((d) => d.text)).toEqual([
      '负责编制工艺文件',
      '负责编制技术方案',
      '参与安全检查',
    ]);
    expect(lib.services.roles.get(lib.head.id).details.relations).toEqual([
      {
        text: '与工艺工程师沟通',
        scope: 'internal',
        partner: { kind: 'role', roleId: lib.planner.id },
      },
    ]);
    const lanes = lib.services.processes.get(lib.process.id).graph.lanes;
    expect(lanes.map((l) => l.name)).toEqual(['工艺工程师', '工艺工程师']);
  });

  it('renames a role: its lanes follow', async () => {
    const lib = await miningCase();
    const change = { kind: 'renameRole' as const, roleId: lib.planner.id, title: '工艺主管' };
    const preview = await lib.call('changes:preview', { change });
    expect(preview.counts).toMatchObject({ descriptions: 1, maps: 1, lanes: 1 });
    await lib.call('changes:apply', { change, basis: preview.basis, locale: 'zh-CN' });
    expect(lib.services.processes.get(lib.process.id).graph.lanes.map((l) => l.name)).toEqual([
      '技术员',
      '工艺主管',
    ]);
    expect(lib.services.roles.get(lib.planner.id).pendingNotes?.[0]?.note).toBe(
      '职责调整：工艺工程师更名为工艺主管',
    );
  });

  it('deletes a role without a successor: lanes unbound by name, links gone with it', async () => {
    const lib = await miningCase();
    const change = { kind: 'deleteRole' as const, roleId: lib.engineer.id, successorRoleId: null };
    const preview = await lib.call('changes:preview', { change });
    expect(preview.links.map((l) => l.effect)).toEqual(['unbound', 'unbound']);
    await lib.call('changes:apply', { change, basis: preview.basis, locale: 'en' });
    expect(() => lib.services.roles.get(lib.engineer.id)).toThrow();
    expect(lib.services.processes.get(lib.process.id).graph.lanes[0]).toMatchObject({
      name: '技术员',
      owner: { kind: 'none' },
    });
  });
});
