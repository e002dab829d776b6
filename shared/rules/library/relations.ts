import type { Role } from '../../domain';
import type { LibraryIndex } from './libraryIndex';
import { alignmentFinding, text, type AlignmentFinding } from './types';

/*
 * J4, the hand-off matrix against 工作关系 (§f2): the matrix is built across ALL processes
 * (libraryIndex.ts). A role it hands work to must be named by the description — as a role, as
 * that role's department, by its exact title, or as a duty's 协作对象 — and a role the
 * description names should be handed to or received from somewhere. While the relations are
 * not derived from the old texts yet (null), the texts are read: a partner is named when its
 * title appears in them.
 */

type Named = { roleIds: Set<number>; departmentIds: Set<number>; texts: string };

function namedPartners(role: Role, index: LibraryIndex): Named {
  const named: Named = { roleIds: new Set(), departmentIds: new Set(), texts: '' };
  for (const duty of role.duties) for (const id of duty.partnerRoleIds) named.roleIds.add(id);
  const relations = role.details.relations;
  if (relations === null) {
    named.texts = `${role.details.relationsInternal}\n${role.details.relationsExternal}`;
    return named;
  }
  for (const { partner } of relations) {
    if (partner.kind === 'role') named.roleIds.add(partner.roleId);
    else if (partner.kind === 'department') named.departmentIds.add(partner.departmentId);
    else for (const id of index.rolesByTitle.get(partner.name.trim()) ?? []) named.roleIds.add(id);
  }
  return named;
}

function names(named: Named, partner: Role): boolean {
  return (
    named.roleIds.has(partner.id) ||
    named.departmentIds.has(partner.departmentId) ||
    (partner.title.trim() !== '' && named.texts.includes(partner.title.trim()))
  );
}

export function relationsAgainstHandOffs(role: Role, index: LibraryIndex): AlignmentFinding[] {
  const named = namedPartners(role, index);
  const findings: AlignmentFinding[] = [];
  for (const [toId, handOff] of index.handOffs.get(role.id) ?? []) {
    const partner = index.roles.get(toId);
    if (!partner || names(named, partner)) continue;
    findings.push(
      alignmentFinding('J4', {
        roleId: role.id,
        processId: handOff.processId,
        nodeIds: [handOff.fromNodeId, handOff.toNodeId],
        dutyId: null,
        target: { kind: 'field', field: 'relations' },
        params: { r1: text(role.title), r2: text(partner.title) },
        variant: 'missing',
      }),
    );
  }
  // Listed partners are only questioned for a role the maps show at work: a role in no map
  // says nothing about its relations.
  const handled = index.handOffPartners.get(role.id);
  if (!index.stepsByRole.has(role.id)) return findings;
  for (const partnerId of named.roleIds) {
    const partner = index.roles.get(partnerId);
    if (!partner || partnerId === role.id || handled?.has(partnerId)) continue;
    findings.push(
      alignmentFinding('J4', {
        roleId: role.id,
        processId: null,
        nodeIds: [],
        dutyId: null,
        target: { kind: 'field', field: 'relations' },
        params: { r1: text(role.title), r2: text(partner.title) },
        variant: 'neverHanded',
      }),
    );
  }
  return findings;
}
