import { describe, expect, it } from 'vitest';
import { draftAsDuty, newRoleBasics, type Duty, type Role } from '../../../shared/domain';
import { emptyRoleDetails } from '../../../shared/roleDetails';
import { alignDuties, diffRoles } from '../../../shared/revisionDiff';
import { duty } from '../helpers/fixtures';

let nextId = 1;
const d = (text: string, extra: Partial<Duty> = {}): Duty => ({
  ...draftAsDuty(duty(text), nextId++),
  ...extra,
});

function role(duties: Duty[], extra: Partial<Role> = {}): Role {
  return {
    ...newRoleBasics(1, '人力资源经理'),
    id: 1,
    key: 'role-1',
    status: 'approved',
    version: 1,
    editVersion: 1,
    duties,
    details: emptyRoleDetails(),
    competencies: [],
    createdAt: '',
    updatedAt: '',
    ...extra,
  };
}

describe('alignDuties', () => {
  it('shows an inserted duty as one addition', () => {
    const a = [d('制定招聘计划'), d('组织面试')];
    const b = [d('制定招聘计划'), d('审核薪酬预算'), d('组织面试')];
    expect(alignDuties(a, b).map((line) => line.kind)).toEqual(['same', 'added', 'same']);
  });

  it('shows removals and attribute changes', () => {
    const a = [d('A', { weight: 50 }), d('B'), d('C')];
    const b = [d('A', { weight: 60 }), d('C')];
    const lines = alignDuties(a, b);
    expect(lines.map((line) => line.kind)).toEqual(['same', 'removed', 'same']);
    expect(lines[0]).toMatchObject({ changedAttributes: ['weight'] });
  });

  it('handles empty lists', () => {
    expect(alignDuties([], [])).toEqual([]);
    expect(alignDuties([], [d('X')]).map((l) => l.kind)).toEqual(['added']);
    expect(alignDuties([d('X')], []).map((l) => l.kind)).toEqual(['removed']);
  });
});

describe('diffRoles', () => {
  it('lists changed fields and sections, and nothing for identical versions', () => {
    const before = role([d('A')]);
    expect(diffRoles(before, before)).toEqual({
      fields: [],
      duties: [expect.objectContaining({ kind: 'same', changedAttributes: [] })],
      competenciesChanged: false,
    });
    const after = role([d('A')], {
      title: '人力资源总监',
      details: { ...emptyRoleDetails(), authority: '招聘审批权' },
      competencies: [{ competencyId: 1, requiredLevel: 3, importance: 4 }],
    });
    const diff = diffRoles(before, after);
    expect(diff.fields).toEqual([
      { field: 'title', before: '人力资源经理', after: '人力资源总监' },
      { field: 'authority', before: '', after: '招聘审批权' },
    ]);
    expect(diff.competenciesChanged).toBe(true);
  });
});
