import type { DocumentSettings } from '../../shared/documentSettings';
import type { Competency, Department, Role, RoleTemplate } from '../../shared/domain';
import type { RoleHeading } from '../db/repositories/roleRepository';
import type { RoleExportContext } from '../export/context';
import type { HandbookGroup } from '../export/handbookPlan';
import { organisationOrder } from '../export/handbookOrder';
import type { ExportLanguage } from '../export/labels';
import type { RoleService } from './roleService';

/*
 * What goes into a handbook: the roles in scope in the organisation's order, each in the
 * version the user asked for (its last approved version, or the current draft), in one
 * language or each in its own template.
 */

export type HandbookVersions = 'approved' | 'latest';
export type HandbookTemplate = 'own' | ExportLanguage;

export type Surroundings = {
  headings: RoleHeading[];
  departments: Department[];
  competencies: Competency[];
  documents: DocumentSettings;
};

/** The approval a printed version carries: version, date and who approved it. */
export type Approval = NonNullable<RoleExportContext['approval']>;

export type HandbookContent = {
  groups: HandbookGroup[];
  /** Roles in scope with no approved version (only when printing approved versions). */
  leftOut: { id: number; title: string }[];
  lang: ExportLanguage;
};

/** A role's last approved version and its approval, or null when it was never approved. */
export function lastApproved(
  roles: RoleService,
  id: number,
): { role: Role; approval: Approval } | null {
  const latest = roles.history(id)[0];
  if (latest === undefined) return null;
  const revision = roles.revision(id, latest.version);
  return {
    role: { ...revision.snapshot, status: 'approved', version: latest.version },
    approval: {
      version: latest.version,
      date: revision.createdAt,
      approver: revision.approver || null,
    },
  };
}

/** The approval of the role as it is now, when its current state is an approved version. */
export function currentApproval(roles: RoleService, role: Role): Approval | null {
  if (role.status !== 'approved') return null;
  const summary = roles.history(role.id).find((r) => r.version === role.version);
  return summary === undefined
    ? null
    : { version: role.version, date: summary.createdAt, approver: summary.approver || null };
}

export function handbookContent(
  inScope: readonly RoleHeading[],
  around: Surroundings,
  roles: RoleService,
  options: { versions: HandbookVersions; template: HandbookTemplate },
  contextFor: (role: Role, approval: Approval | null) => RoleExportContext,
): HandbookContent {
  const leftOut: { id: number; title: string }[] = [];
  const printed: (RoleHeading & { ctx: RoleExportContext })[] = [];
  for (const heading of inScope) {
    const chosen =
      options.versions === 'approved'
        ? lastApproved(roles, heading.id)
        : (() => {
            const role = roles.get(heading.id);
            return { role, approval: currentApproval(roles, role) };
          })();
    if (chosen === null) {
      leftOut.push({ id: heading.id, title: heading.title });
      continue;
    }
    const ctx = contextFor(chosen.role, chosen.approval);
    const template: RoleTemplate = options.template === 'own' ? ctx.template : options.template;
    printed.push({ ...heading, ctx: { ...ctx, template } });
  }
  // The handbook's own pages speak the language most of its roles are printed in.
  const english = printed.filter((p) => p.ctx.template === 'en').length;
  const lang: ExportLanguage =
    options.template === 'own' ? (english > printed.length / 2 ? 'en' : 'zh') : options.template;
  const groups = organisationOrder(around.departments, printed).map((group) => ({
    name: group.department.name,
    roles: group.roles.map((r) => r.ctx),
  }));
  return { groups, leftOut, lang };
}
