import { stepKey } from '../alignment/library';
import type { Competency } from '../domain';
import { AppError } from '../errors';
import type { ResponsibilityChange } from './change';
import { rebindRoles } from './graphs';
import { requireRole, type ItemParams } from './planTypes';
import type { PlanDraft } from './planDraft';

type Of<K extends ResponsibilityChange['kind']> = Extract<ResponsibilityChange, { kind: K }>;

/**
 * Steps of roles A, B, C handed to X (§f4): the lanes bound to them and their RACI letters.
 * The duty links stay with the source duties — the preview says those duties lose their
 * steps — and X gets the steps no duty of its covers listed as uncovered (rule J2).
 */
export function planReassignSteps(draft: PlanDraft, change: Of<'reassignSteps'>): ItemParams {
  const from = change.fromRoleIds.map((id) => requireRole(draft.byId, id));
  const target = requireRole(draft.byId, change.toRoleId);
  if (from.some((role) => role.id === target.id)) {
    throw new AppError('INVALID_REQUEST', 'Steps cannot be handed to a role they come from.', {
      reason: 'self',
    });
  }
  const scope = change.processIds === null ? null : new Set(change.processIds);
  for (const id of scope ?? []) {
    if (!draft.library.processes.some((p) => p.id === id)) {
      throw new AppError('NOT_FOUND', `Process ${id} does not exist.`, { what: 'process' });
    }
  }
  const fromIds = new Set(from.map((role) => role.id));
  const title = (id: number) => draft.byId.get(id)?.title ?? '';
  const ref = { roleId: target.id, title: target.title };
  /** Step key → the label of each step handed over. */
  const moved = new Map<string, { processName: string; label: string }>();
  for (const process of draft.library.processes) {
    if (scope && !scope.has(process.id)) continue;
    const edit = rebindRoles(draft.process(process), fromIds, ref, title, false);
    for (const step of edit?.steps ?? []) {
      moved.set(stepKey(process.id, step.nodeId), { processName: process.name, label: step.label });
    }
    draft.map(process, edit);
  }
  const givenBy = stepsGivenBy(draft, fromIds, scope);
  for (const role of from) {
    const given = givenBy.get(role.id) ?? 0;
    if (given === 0) continue;
    draft.item(role, 'stepsGiven', { count: given, to: target.title });
    for (const duty of role.duties) {
      const lost = duty.steps.filter((s) => moved.has(stepKey(s.processId, s.nodeId)));
      if (lost.length === 0) continue;
      draft.item(role, 'stepsLost', { duty: duty.text, steps: lost.length });
      for (const step of lost) {
        draft.links.push({
          effect: 'stepsLost',
          duty: duty.text,
          processId: step.processId,
          nodeId: step.nodeId,
          step: step.label,
          fromRoleId: role.id,
          toRoleId: target.id,
        });
      }
    }
  }
  if (moved.size > 0)
    draft.item(target, 'stepsGained', {
      count: moved.size,
      from: from.map((r) => r.title).join('、'),
    });
  const covered = new Set(
    target.duties.flatMap((d) => d.steps.map((s) => stepKey(s.processId, s.nodeId))),
  );
  for (const [key, step] of moved) {
    if (!covered.has(key))
      draft.item(target, 'stepUncovered', { process: step.processName, step: step.label });
  }
  return { from: from.map((role) => role.title).join('、'), to: target.title, steps: moved.size };
}

/** How many steps each source role performed among those handed over (lane or R letter). */
function stepsGivenBy(
  draft: PlanDraft,
  fromIds: ReadonlySet<number>,
  scope: ReadonlySet<number> | null,
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const process of draft.library.processes) {
    if (scope && !scope.has(process.id)) continue;
    const laneOwner = new Map(
      process.graph.lanes.flatMap((l) =>
        l.owner.kind === 'role' ? [[l.id, l.owner.roleId] as const] : [],
      ),
    );
    for (const node of process.graph.nodes) {
      if (node.kind !== 'activity' && node.kind !== 'subProcess') continue;
      const performers = new Set<number>();
      const owner = node.laneId === null ? undefined : laneOwner.get(node.laneId);
      if (owner !== undefined) performers.add(owner);
      for (const entry of node.activity?.raci ?? [])
        if (entry.letter === 'R') performers.add(entry.roleId);
      for (const id of performers) if (fromIds.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/** A shared competency edited: every role requiring it is affected (and becomes a draft). */
export function planCompetency(
  draft: PlanDraft,
  change: Of<'editCompetency'>,
  competencies: readonly Competency[],
): { note: ItemParams; competency: Competency } {
  const found = competencies.find((c) => c.id === change.competencyId);
  if (!found) {
    throw new AppError('NOT_FOUND', `Competency ${change.competencyId} does not exist.`, {
      what: 'competency',
    });
  }
  const competency = { ...found, ...change.patch };
  const name = competency.nameZh || competency.nameEn;
  let roles = 0;
  for (const role of draft.library.roles) {
    if (!role.competencies.some((c) => c.competencyId === found.id)) continue;
    draft.item(role, 'competencyEdited', { competency: name });
    roles += 1;
  }
  return { note: { competency: name, roles }, competency };
}
