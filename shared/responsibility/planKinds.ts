import type { AlignmentLibrary } from '../alignment/library';
import { newRoleBasics, type Duty, type Role } from '../domain';
import { AppError } from '../errors';
import { emptyRoleDetails } from '../roleDetails';
import type { ResponsibilityChange } from './change';
import { moveSteps, rebindRoles, renameLanes, type RoleRef } from './graphs';
import { requireRole, type ChangePlan, type PlanContext } from './planTypes';
import { PlanDraft } from './planDraft';
import { planCompetency, planReassignSteps } from './planSteps';

/* Each kind of change, planned over the library (see plan.ts). */

type Of<K extends ResponsibilityChange['kind']> = Extract<ResponsibilityChange, { kind: K }>;

export function planKind(
  library: AlignmentLibrary,
  change: ResponsibilityChange,
  context: PlanContext,
): ChangePlan {
  const draft = new PlanDraft(library);
  const finish = (note: ChangePlan['note'], competency: ChangePlan['competency'] = null) => ({
    change,
    roles: [...draft.roles.values()],
    processes: [...draft.processes.values()],
    links: draft.links,
    competency,
    note,
  });
  switch (change.kind) {
    case 'renameRole':
      return finish(renameRole(draft, change));
    case 'deleteRole':
    case 'mergeRoles':
      return finish(deleteRole(draft, change));
    case 'moveDuties':
      return finish(moveDuties(draft, change, context.newRoleId));
    case 'reassignSteps':
      return finish(planReassignSteps(draft, change));
    case 'editCompetency': {
      const { note, competency } = planCompetency(draft, change, context.competencies);
      return finish(note, competency);
    }
  }
}

function invalid(message: string, reason: string): AppError {
  return new AppError('INVALID_REQUEST', message, { reason });
}

function renameRole(draft: PlanDraft, change: Of<'renameRole'>) {
  const role = requireRole(draft.byId, change.roleId);
  draft.role(role).title = change.title;
  draft.item(role, 'renamed', { from: role.title, to: change.title });
  const ref = { roleId: role.id, title: change.title };
  for (const process of draft.library.processes) draft.map(process, renameLanes(process, ref));
  draft.repointReferences(role, ref, new Set());
  return { from: role.title, to: change.title };
}

/** Deleting with a successor hands it the steps, lanes, RACI letters, links and relations; merging also every duty. */
function deleteRole(draft: PlanDraft, change: Of<'deleteRole'> | Of<'mergeRoles'>) {
  const merge = change.kind === 'mergeRoles';
  const role = requireRole(draft.byId, merge ? change.fromRoleId : change.roleId);
  const successorId = merge ? change.intoRoleId : change.successorRoleId;
  if (successorId === role.id) throw invalid('A role cannot be handed over to itself.', 'self');
  const successor = successorId === null ? null : requireRole(draft.byId, successorId);
  const to: RoleRef | null = successor && { roleId: successor.id, title: successor.title };
  for (const process of draft.library.processes) {
    draft.map(
      process,
      rebindRoles(process, new Set([role.id]), to, () => role.title, true),
    );
  }
  const handed = merge ? role.duties : role.duties.filter((duty) => duty.steps.length > 0);
  if (successor) {
    const target = draft.role(successor);
    for (const duty of handed) {
      target.duties.push(movedDuty(duty, role.id, successor.id));
      draft.item(successor, 'dutyAdded', { duty: duty.text, from: role.title });
    }
  }
  for (const duty of role.duties) {
    for (const step of duty.steps) {
      const moved = successor !== null && handed.includes(duty);
      draft.links.push({
        effect: moved ? 'moved' : 'unbound',
        duty: duty.text,
        processId: step.processId,
        nodeId: step.nodeId,
        step: step.label,
        fromRoleId: role.id,
        toRoleId: moved ? (successor?.id ?? null) : null,
      });
    }
  }
  draft.repointReferences(role, to, new Set());
  draft.deleted(role, successor?.title ?? '');
  return { role: role.title, to: successor?.title ?? '', duties: handed.length };
}

/** A duty as another role takes it: its partners never name that role itself. */
function movedDuty(duty: Duty, fromId: number, toId: number): Duty {
  const partners = duty.partnerRoleIds.filter((id) => id !== toId && id !== fromId);
  return { ...structuredClone(duty), partnerRoleIds: partners };
}

function newRole(draft: PlanDraft, to: { title: string; departmentId: number }, id: number): Role {
  if (!draft.library.departments.some((d) => d.id === to.departmentId)) {
    throw new AppError('NOT_FOUND', `Department ${to.departmentId} does not exist.`, {
      what: 'department',
    });
  }
  const role: Role = {
    ...newRoleBasics(to.departmentId, to.title),
    id,
    key: '',
    status: 'draft',
    version: 0,
    editVersion: 0,
    duties: [],
    details: emptyRoleDetails(),
    competencies: [],
    createdAt: '',
    updatedAt: '',
  };
  draft.created(role);
  return role;
}

/** The mining company's case (DOMAIN.md): duties, their links and (optionally) their steps move. */
function moveDuties(draft: PlanDraft, change: Of<'moveDuties'>, newRoleId: number) {
  const source = requireRole(draft.byId, change.fromRoleId);
  const wanted = new Set(change.dutyIds);
  const duties = source.duties.filter((duty) => wanted.has(duty.id));
  if (duties.length !== wanted.size) {
    throw new AppError('NOT_FOUND', `Role ${source.id} lacks some of the duties.`, {
      what: 'duty',
    });
  }
  const target =
    'roleId' in change.to
      ? requireRole(draft.byId, change.to.roleId)
      : newRole(draft, change.to.newRole, newRoleId);
  if (target.id === source.id) throw invalid('Duties cannot move to their own role.', 'self');
  const after = draft.role(source);
  after.duties = after.duties.filter((duty) => !wanted.has(duty.id));
  const receiving = draft.role(target);
  const ref = { roleId: target.id, title: target.title };
  const stepsByProcess = new Map<number, Set<string>>();
  for (const duty of duties) {
    receiving.duties.push(movedDuty(duty, source.id, target.id));
    draft.item(source, 'dutyRemoved', { duty: duty.text, to: target.title });
    draft.item(target, 'dutyAdded', { duty: duty.text, from: source.title });
    for (const step of duty.steps) {
      draft.links.push({
        effect: 'moved',
        duty: duty.text,
        processId: step.processId,
        nodeId: step.nodeId,
        step: step.label,
        fromRoleId: source.id,
        toRoleId: target.id,
      });
      const ids = stepsByProcess.get(step.processId) ?? new Set<string>();
      stepsByProcess.set(step.processId, ids.add(step.nodeId));
    }
  }
  let steps = 0;
  if (change.moveSteps) {
    for (const process of draft.library.processes) {
      const ids = stepsByProcess.get(process.id);
      if (!ids) continue;
      const edit = moveSteps(draft.process(process), ids, source.id, ref);
      steps += edit?.steps.length ?? 0;
      draft.map(process, edit);
    }
    if (steps > 0) {
      draft.item(source, 'stepsGiven', { count: steps, to: target.title });
      draft.item(target, 'stepsGained', { count: steps, from: source.title });
    }
  }
  return { from: source.title, to: target.title, duties: duties.length, steps };
}
