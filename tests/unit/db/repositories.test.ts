import { describe, expect, it } from 'vitest';
import { newRoleBasics, type DutyDraft } from '../../../shared/domain';
import { draft, duty } from '../helpers/fixtures';
import { openTempSession } from '../helpers/tempFiles';

const basics = newRoleBasics;

describe('DepartmentRepository', () => {
  it('keeps a nested tree in creation order', () => {
    const { departments } = openTempSession().session.repositories();
    const hr = departments.create('人力资源部', null);
    const finance = departments.create('财务部', null);
    const recruiting = departments.create('招聘组', hr.id);
    expect(departments.list()).toEqual([
      { id: hr.id, key: hr.key, parentId: null, name: '人力资源部', position: 0, editVersion: 0 },
      {
        id: finance.id,
        key: finance.key,
        parentId: null,
        name: '财务部',
        position: 1,
        editVersion: 0,
      },
      {
        id: recruiting.id,
        key: recruiting.key,
        parentId: hr.id,
        name: '招聘组',
        position: 0,
        editVersion: 0,
      },
    ]);
    expect(new Set([hr.key, finance.key, recruiting.key]).size).toBe(3);
    departments.rename(hr.id, 'Human Resources', 0);
    expect(departments.get(hr.id)?.name).toBe('Human Resources');
    expect(departments.countChildren(hr.id)).toBe(1);
  });
});

describe('RoleRepository', () => {
  it('saves a role with its duties in order, and reads it back', () => {
    const { departments, roles } = openTempSession().session.repositories();
    const hr = departments.create('人力资源部', null);
    const id = roles.create(basics(hr.id, '人力资源经理'));
    roles.save(
      draft(id, { ...basics(hr.id, '人力资源经理'), code: 'HR-01', headcount: 2 }, [
        duty('制定年度招聘计划', { weight: 40, frequency: 'yearly', category: 'manage' }),
        duty('组织新员工入职培训', { weight: 60 }),
      ]),
      0,
    );
    const role = roles.get(id);
    expect(role?.code).toBe('HR-01');
    expect(role?.headcount).toBe(2);
    expect(role?.duties.map((d) => d.text)).toEqual(['制定年度招聘计划', '组织新员工入职培训']);
    expect(role?.duties[0]).toMatchObject({ weight: 40, frequency: 'yearly', category: 'manage' });
  });

  it('updates, reorders and deletes duties, keeping the ids of those kept', () => {
    const { departments, roles } = openTempSession().session.repositories();
    const hr = departments.create('HR', null);
    const id = roles.create(basics(hr.id, 'Recruiter'));
    roles.save(draft(id, basics(hr.id, 'Recruiter'), [duty('A'), duty('B'), duty('C')]), 0);
    const [a, b, c] = roles.get(id)?.duties ?? [];
    if (!a || !b || !c) throw new Error('duties missing');

    const next: DutyDraft[] = [{ ...c, text: 'C edited' }, a, duty('D')];
    roles.save(draft(id, basics(hr.id, 'Recruiter'), next), 1);

    const saved = roles.get(id)?.duties ?? [];
    expect(saved.map((d) => d.text)).toEqual(['C edited', 'A', 'D']);
    expect(saved[0]?.id).toBe(c.id);
    expect(saved[1]?.id).toBe(a.id);
    expect(saved.some((d) => d.id === b.id)).toBe(false);
  });

  it('treats a duty id belonging to another role as a new duty', () => {
    const { departments, roles } = openTempSession().session.repositories();
    const hr = departments.create('HR', null);
    const first = roles.create(basics(hr.id, 'First'));
    const second = roles.create(basics(hr.id, 'Second'));
    roles.save(draft(first, basics(hr.id, 'First'), [duty('kept on first')]), 0);
    const foreignId = roles.get(first)?.duties[0]?.id;
    roles.save(
      draft(second, basics(hr.id, 'Second'), [{ ...duty('on second'), id: foreignId }]),
      0,
    );
    expect(roles.get(first)?.duties.map((d) => d.text)).toEqual(['kept on first']);
    expect(roles.get(second)?.duties.map((d) => d.text)).toEqual(['on second']);
  });

  it('writes all or nothing: a failing duty leaves the role as it was', () => {
    const { departments, roles } = openTempSession().session.repositories();
    const hr = departments.create('HR', null);
    const id = roles.create(basics(hr.id, 'Before'));
    roles.save(draft(id, basics(hr.id, 'Before'), [duty('one'), duty('two')]), 0);
    const broken = duty('bad', { weight: 300 }); // breaks the CHECK on weight
    expect(() =>
      roles.save(draft(id, basics(hr.id, 'After'), [duty('three'), broken]), 1),
    ).toThrow();
    const role = roles.get(id);
    expect(role?.editVersion).toBe(1);
    expect(role?.title).toBe('Before');
    expect(role?.duties.map((d) => d.text)).toEqual(['one', 'two']);
  });

  it('deletes a role with its duties, and lists summaries per department', () => {
    const { departments, roles } = openTempSession().session.repositories();
    const hr = departments.create('HR', null);
    const it = departments.create('IT', null);
    const keep = roles.create(basics(hr.id, 'Keep'));
    const drop = roles.create(basics(it.id, 'Drop'));
    roles.save(draft(drop, basics(it.id, 'Drop'), [duty('x')]), 0);
    roles.delete(drop, 1);
    expect(roles.get(drop)).toBeUndefined();
    expect(roles.list(null).map((r) => r.id)).toEqual([keep]);
    expect(roles.list(it.id)).toEqual([]);
  });

  it('follows the reporting line upwards', () => {
    const { departments, roles } = openTempSession().session.repositories();
    const hr = departments.create('HR', null);
    const ceo = roles.create(basics(hr.id, 'CEO'));
    const director = roles.create({ ...basics(hr.id, 'Director'), reportsToId: ceo });
    const manager = roles.create({ ...basics(hr.id, 'Manager'), reportsToId: director });
    expect(roles.managersOf(manager).sort()).toEqual([ceo, director].sort());
  });
});

describe('CompetencyRepository', () => {
  it('stores entries with levels and the levels a role requires', () => {
    const { departments, roles, competencies } = openTempSession().session.repositories();
    const id = competencies.create({
      kind: 'skill',
      nameZh: '沟通能力',
      nameEn: 'Communication',
      descriptionZh: '',
      descriptionEn: '',
      levels: [
        { level: 1, indicatorZh: '能清楚表达', indicatorEn: '' },
        { level: 2, indicatorZh: '能说服他人', indicatorEn: '' },
      ],
    });
    expect(competencies.list()).toEqual([
      expect.objectContaining({ id, nameZh: '沟通能力', levels: expect.any(Array) }),
    ]);
    const hr = departments.create('HR', null);
    const role = roles.create(basics(hr.id, 'HRBP'));
    const link = { competencyId: id, requiredLevel: 2, importance: 5 };
    roles.save(draft(role, basics(hr.id, 'HRBP'), [], { competencies: [link] }), 0);
    expect(roles.get(role)?.competencies).toEqual([link]);
    expect(competencies.rolesUsing(id)).toEqual([
      { roleId: role, title: 'HRBP', requiredLevel: 2 },
    ]);
    roles.delete(role, 1);
    expect(competencies.rolesUsing(id)).toEqual([]);
  });
});
