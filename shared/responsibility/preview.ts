import type { AlignmentLibrary, AlignmentProcess } from '../alignment/library';
import { libraryWorkloads } from '../alignment/workload';
import type { Role } from '../domain';
import type { ChangePlan, LinkEdit, RoleItem } from './plan';

/*
 * The impact preview of a change, read from its plan (plan.ts): every description and map
 * it rewrites with what changes in each, every duty ↔ step link it moves or strands, and the
 * FTE of the roles concerned before and after (§d2, shared/alignment/workload.ts).
 */

export type DescriptionImpact = {
  roleId: number;
  title: string;
  status: Role['status'];
  created: boolean;
  deleted: boolean;
  items: RoleItem[];
};

export type MapImpact = {
  processId: number;
  name: string;
  status: AlignmentProcess['status'];
  lanesRebound: number;
  lanesAdded: number;
  raciChanged: number;
  steps: { nodeId: string; label: string }[];
};

export type FteImpact = {
  roleId: number;
  title: string;
  hoursBefore: number | null;
  hoursAfter: number | null;
  fteBefore: number | null;
  fteAfter: number | null;
};

export type ImpactPreview = {
  kind: ChangePlan['change']['kind'];
  descriptions: DescriptionImpact[];
  maps: MapImpact[];
  links: LinkEdit[];
  fte: FteImpact[];
  counts: {
    descriptions: number;
    maps: number;
    lanes: number;
    steps: number;
    raci: number;
    links: number;
  };
};

export function previewOf(library: AlignmentLibrary, plan: ChangePlan): ImpactPreview {
  const descriptions = plan.roles.map((edit): DescriptionImpact => {
    const role = edit.after ?? edit.before;
    return {
      roleId: edit.roleId,
      title: edit.before?.title ?? edit.after?.title ?? '',
      status: role?.status ?? 'draft',
      created: edit.before === null,
      deleted: edit.after === null,
      items: edit.items,
    };
  });
  const maps = plan.processes.map(({ process, edit }): MapImpact => ({
    processId: process.id,
    name: process.name,
    status: process.status,
    lanesRebound: edit.lanesRebound,
    lanesAdded: edit.lanesAdded,
    raciChanged: edit.raciChanged,
    steps: edit.steps,
  }));
  const sum = (pick: (m: MapImpact) => number) => maps.reduce((total, m) => total + pick(m), 0);
  return {
    kind: plan.change.kind,
    descriptions,
    maps,
    links: plan.links,
    fte: fteOf(library, plan),
    counts: {
      descriptions: descriptions.length,
      maps: maps.length,
      lanes: sum((m) => m.lanesRebound + m.lanesAdded),
      steps: sum((m) => m.steps.length),
      raci: sum((m) => m.raciChanged),
      links: plan.links.length,
    },
  };
}

/** Whether the role works in the map (a lane of its or a RACI letter): the maps its hours come from. */
function involves(process: AlignmentProcess, roleIds: ReadonlySet<number>): boolean {
  if (process.graph.lanes.some((l) => l.owner.kind === 'role' && roleIds.has(l.owner.roleId))) {
    return true;
  }
  return process.graph.nodes.some((n) => n.activity?.raci.some((e) => roleIds.has(e.roleId)));
}

/**
 * FTE of the roles whose steps or duties change, before and after. Only the maps they work in
 * are read (a library of 10,000 roles previews in milliseconds): a role's hours come from
 * those maps alone.
 */
function fteOf(library: AlignmentLibrary, plan: ChangePlan): FteImpact[] {
  const concerned = plan.roles.filter((edit) =>
    edit.items.some((i) =>
      ['created', 'deleted', 'dutyAdded', 'dutyRemoved', 'stepsGiven', 'stepsGained'].includes(
        i.code,
      ),
    ),
  );
  const ids = new Set(concerned.map((edit) => edit.roleId));
  const edited = new Map(plan.processes.map(({ process, edit }) => [process.id, edit]));
  const beforeMaps = library.processes.filter((p) => edited.has(p.id) || involves(p, ids));
  const afterMaps = beforeMaps.map((p) => {
    const edit = edited.get(p.id);
    return edit ? { ...p, graph: edit.graph, ownerRoleId: edit.ownerRoleId } : p;
  });
  const workloads = (roles: Role[], processes: AlignmentProcess[]) =>
    libraryWorkloads({ ...library, roles, processes });
  const before = workloads(
    concerned.flatMap((e) => (e.before ? [e.before] : [])),
    beforeMaps,
  );
  const after = workloads(
    concerned.flatMap((e) => (e.after ? [e.after] : [])),
    afterMaps,
  );
  return concerned.map((edit) => {
    const was = before.get(edit.roleId)?.staffing ?? null;
    const will = after.get(edit.roleId)?.staffing ?? null;
    return {
      roleId: edit.roleId,
      title: edit.after?.title ?? edit.before?.title ?? '',
      hoursBefore: was?.hours ?? null,
      hoursAfter: will?.hours ?? null,
      fteBefore: was?.fte ?? null,
      fteAfter: will?.fte ?? null,
    };
  });
}
