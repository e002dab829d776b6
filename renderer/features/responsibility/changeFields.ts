import type {
  ResponsibilityChange,
  ResponsibilityChangeKind,
} from '../../../shared/responsibility/change';

/** What the change panel's fields hold, for every kind at once (switching kind keeps them). */
export type ChangeFields = {
  kind: ResponsibilityChangeKind;
  roleId: number | null;
  targetId: number | null;
  title: string;
  dutyIds: number[];
  toNew: boolean;
  departmentId: number | null;
  moveSteps: boolean;
  fromRoleIds: number[];
  processIds: number[];
  competencyId: number | null;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
};

export function emptyChangeFields(patch: Partial<ChangeFields> = {}): ChangeFields {
  return {
    kind: 'moveDuties',
    roleId: null,
    targetId: null,
    title: '',
    dutyIds: [],
    toNew: false,
    departmentId: null,
    moveSteps: true,
    fromRoleIds: [],
    processIds: [],
    competencyId: null,
    nameZh: '',
    nameEn: '',
    descriptionZh: '',
    descriptionEn: '',
    ...patch,
  };
}

/** The change the fields describe, or null while a required field is empty. */
export function changeOf(f: ChangeFields): ResponsibilityChange | null {
  const title = f.title.trim();
  switch (f.kind) {
    case 'renameRole':
      return f.roleId === null || title === '' ? null : { kind: f.kind, roleId: f.roleId, title };
    case 'deleteRole':
      return f.roleId === null
        ? null
        : { kind: f.kind, roleId: f.roleId, successorRoleId: f.targetId };
    case 'mergeRoles':
      return f.roleId === null || f.targetId === null
        ? null
        : { kind: f.kind, fromRoleId: f.roleId, intoRoleId: f.targetId };
    case 'moveDuties': {
      if (f.roleId === null || f.dutyIds.length === 0) return null;
      const to = f.toNew
        ? f.departmentId === null || title === ''
          ? null
          : { newRole: { title, departmentId: f.departmentId } }
        : f.targetId === null
          ? null
          : { roleId: f.targetId };
      return (
        to && { kind: f.kind, fromRoleId: f.roleId, dutyIds: f.dutyIds, to, moveSteps: f.moveSteps }
      );
    }
    case 'reassignSteps':
      return f.fromRoleIds.length === 0 || f.targetId === null
        ? null
        : {
            kind: f.kind,
            fromRoleIds: f.fromRoleIds,
            toRoleId: f.targetId,
            processIds: f.processIds.length === 0 ? null : f.processIds,
          };
    case 'editCompetency':
      return f.competencyId === null
        ? null
        : {
            kind: f.kind,
            competencyId: f.competencyId,
            patch: {
              nameZh: f.nameZh.trim(),
              nameEn: f.nameEn.trim(),
              descriptionZh: f.descriptionZh,
              descriptionEn: f.descriptionEn,
            },
          };
  }
}
