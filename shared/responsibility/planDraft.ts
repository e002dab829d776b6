import type { AlignmentLibrary, AlignmentProcess } from '../alignment/library';
import type { Role } from '../domain';
import type { WorkingRelation } from '../roleDetails';
import type { MapEdit, RoleRef } from './graphs';
import type { ItemParams, LinkEdit, ProcessEdit, RoleEdit, RoleItemCode } from './planTypes';

/*
 * The plan being drawn up: the roles and maps a change rewrites, each copied once when first
 * touched, so the library the preview reads is never changed.
 */
export class PlanDraft {
  readonly roles = new Map<number, RoleEdit>();
  readonly processes = new Map<number, ProcessEdit>();
  readonly links: LinkEdit[] = [];
  readonly byId: ReadonlyMap<number, Role>;

  constructor(readonly library: AlignmentLibrary) {
    this.byId = new Map(library.roles.map((role) => [role.id, role]));
  }

  /** The role as the change leaves it, copied on first touch. */
  role(role: Role): Role {
    let edit = this.roles.get(role.id);
    if (!edit)
      this.roles.set(
        role.id,
        (edit = { roleId: role.id, before: role, after: structuredClone(role), items: [] }),
      );
    if (!edit.after) throw new Error(`Role ${role.id} is deleted by this change.`);
    return edit.after;
  }

  item(role: Role, code: RoleItemCode, params: ItemParams = {}): void {
    this.role(role);
    this.roles.get(role.id)?.items.push({ code, params });
  }

  created(role: Role): void {
    this.roles.set(role.id, {
      roleId: role.id,
      before: null,
      after: role,
      items: [{ code: 'created', params: { title: role.title } }],
    });
  }

  deleted(role: Role, successor: string): void {
    const edit = this.roles.get(role.id);
    const items = [{ code: 'deleted' as const, params: { successor } }, ...(edit?.items ?? [])];
    this.roles.set(role.id, { roleId: role.id, before: role, after: null, items });
  }

  /** A map as the change left it so far (a second edit builds on the first). */
  process(process: AlignmentProcess): AlignmentProcess {
    const edit = this.processes.get(process.id);
    return edit
      ? { ...process, graph: edit.edit.graph, ownerRoleId: edit.edit.ownerRoleId }
      : process;
  }

  map(process: AlignmentProcess, edit: MapEdit | null): void {
    if (!edit) return;
    const earlier = this.processes.get(process.id)?.edit;
    const merged: MapEdit = earlier
      ? {
          ...edit,
          lanesRebound: earlier.lanesRebound + edit.lanesRebound,
          lanesAdded: earlier.lanesAdded + edit.lanesAdded,
          raciChanged: earlier.raciChanged + edit.raciChanged,
          steps: [...earlier.steps, ...edit.steps],
        }
      : edit;
    this.processes.set(process.id, { process, edit: merged });
  }

  /**
   * Other roles' references to the `from` roles — working relations, duty partners (协作对象),
   * 直接上级 — handed to `to`, or unbound (a relation keeps the name as a named partner).
   */
  repointReferences(from: Role, to: RoleRef | null, skip: ReadonlySet<number>): void {
    const managersOfTarget = to ? this.managerChain(to.roleId) : new Set<number>();
    for (const role of this.library.roles) {
      if (role.id === from.id || skip.has(role.id)) continue;
      const relations = role.details.relations;
      const relationHits =
        relations?.filter((r) => r.partner.kind === 'role' && r.partner.roleId === from.id)
          .length ?? 0;
      const partnerHits = role.duties.filter((d) => d.partnerRoleIds.includes(from.id)).length;
      const reports = role.reportsToId === from.id;
      if (relationHits === 0 && partnerHits === 0 && !reports) continue;
      const after = this.role(role);
      if (relationHits > 0 && after.details.relations) {
        after.details.relations = after.details.relations.map((r) => repointRelation(r, from, to));
        this.item(role, 'relationsRepointed', {
          count: relationHits,
          from: from.title,
          to: to?.title ?? '',
        });
      }
      if (partnerHits > 0) {
        for (const duty of after.duties) {
          const ids = duty.partnerRoleIds.map((id) => (id === from.id ? (to?.roleId ?? null) : id));
          duty.partnerRoleIds = [
            ...new Set(ids.filter((id): id is number => id !== null && id !== role.id)),
          ];
        }
        this.item(role, 'partnersRepointed', {
          count: partnerHits,
          from: from.title,
          to: to?.title ?? '',
        });
      }
      if (reports) {
        // The one taking over cannot be the role's own manager if it reports to the role.
        const loops = to === null || to.roleId === role.id || managersOfTarget.has(role.id);
        after.reportsToId = loops ? from.reportsToId : to.roleId;
        const manager =
          after.reportsToId === null ? '' : (this.byId.get(after.reportsToId)?.title ?? '');
        this.item(role, 'managerChanged', { manager });
      }
    }
  }

  private managerChain(roleId: number): Set<number> {
    const chain = new Set<number>();
    for (let at = this.byId.get(roleId)?.reportsToId ?? null; at !== null && !chain.has(at);) {
      chain.add(at);
      at = this.byId.get(at)?.reportsToId ?? null;
    }
    return chain;
  }
}

function repointRelation(
  relation: WorkingRelation,
  from: Role,
  to: RoleRef | null,
): WorkingRelation {
  if (relation.partner.kind !== 'role' || relation.partner.roleId !== from.id) return relation;
  if (to === null) return { ...relation, partner: { kind: 'named', name: from.title } };
  return {
    ...relation,
    text: relation.text.split(from.title).join(to.title),
    partner: { kind: 'role', roleId: to.roleId },
  };
}
