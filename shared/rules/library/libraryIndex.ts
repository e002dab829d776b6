import { workloadsFrom, type RoleWorkload } from '../../alignment/workload';
import { stepKey, type AlignmentLibrary, type AlignmentProcess } from '../../alignment/library';
import { rolesById } from '../../alignment/processLibrary';
import type { Duty, Role } from '../../domain';
import type { FlowModel, FlowNode } from '../../analysis/flow';
import {
  deriveFacts,
  factsReusable,
  lettersByRole,
  libraryContextKey,
  type HandOff,
  type ProcessFacts,
  type RoleStep,
} from './processFacts';

/*
 * What the checks J1–J8 need of the whole library (issue 10: "an index of the whole library
 * built once and updated on change"): the roles by id and title, each map's facts (flow,
 * figures, steps, hand-offs, hours: processFacts.ts), every role's steps with its RACI letters,
 * the hand-offs between roles across ALL processes (§f2), and every role's workload (§d2).
 * Given the index of the previous library, a map whose facts still hold is not analysed again:
 * what is rebuilt is the gathering over the facts and the roles, linear and cheap.
 */

export type { HandOff, RoleStep } from './processFacts';
export { lettersByRole } from './processFacts';

export type ProcessView = { process: AlignmentProcess; flow: FlowModel };

export type LibraryIndex = {
  library: AlignmentLibrary;
  roles: Map<number, Role>;
  /** Exact titles → role ids (a relation that only names a partner is resolved by title). */
  rolesByTitle: Map<string, number[]>;
  processes: Map<number, ProcessView>;
  /** Each map's derived facts, in the library's process order. */
  facts: Map<number, ProcessFacts>;
  /** The maps analysed for this index (the others' facts came from the previous index). */
  analysedProcessIds: number[];
  stepsByRole: Map<number, RoleStep[]>;
  /** from role → to role → the first hand-off between them. */
  handOffs: Map<number, Map<number, HandOff>>;
  /** Every role a role hands to or receives from. */
  handOffPartners: Map<number, Set<number>>;
  workloads: Map<number, RoleWorkload>;
  /** An approval step (stepKey) → the approval steps right before it (§f3 serial chains). */
  approvalsBefore: Map<string, string[]>;
};

/**
 * The index of `library`, reusing the facts of `previous` (the index of an earlier state of
 * the library) for every map they still hold for. Results are the same as a fresh build's.
 */
export function buildLibraryIndex(
  library: AlignmentLibrary,
  previous: LibraryIndex | null = null,
): LibraryIndex {
  if (previous?.library === library) return previous;
  const roles = new Map(library.roles.map((role) => [role.id, role]));
  const rolesByTitle = new Map<string, number[]>();
  for (const role of library.roles) pushTo(rolesByTitle, role.title.trim(), role.id);
  const analysisRoles = rolesById(library.analysis);
  const libraryKey = libraryContextKey(library);
  const facts = new Map<number, ProcessFacts>();
  const analysedProcessIds: number[] = [];
  for (const process of library.processes) {
    const kept = factsReusable(previous?.facts.get(process.id), process, analysisRoles, libraryKey);
    if (!kept) analysedProcessIds.push(process.id);
    facts.set(process.id, kept ?? deriveFacts(process, library, analysisRoles, libraryKey));
  }
  const index: LibraryIndex = {
    library,
    roles,
    rolesByTitle,
    processes: new Map(),
    facts,
    analysedProcessIds,
    stepsByRole: new Map(),
    handOffs: new Map(),
    handOffPartners: new Map(),
    workloads: workloadsFrom(
      library,
      [...facts].map(([id, { stepHours }]) => [id, stepHours] as const),
    ),
    approvalsBefore: new Map(),
  };
  for (const process of library.processes) {
    const mapFacts = facts.get(process.id);
    if (mapFacts) gather(index, process, mapFacts);
  }
  return index;
}

function gather(index: LibraryIndex, process: AlignmentProcess, facts: ProcessFacts) {
  index.processes.set(process.id, { process, flow: facts.flow });
  for (const { roleId, step } of facts.steps) pushTo(index.stepsByRole, roleId, step);
  for (const { key, beforeId } of facts.approvalsBefore)
    pushTo(index.approvalsBefore, key, beforeId);
  for (const { fromRole, toRole, handOff } of facts.handOffs) {
    let targets = index.handOffs.get(fromRole);
    if (!targets) index.handOffs.set(fromRole, (targets = new Map()));
    if (!targets.has(toRole)) targets.set(toRole, handOff);
    addPartner(index, fromRole, toRole);
    addPartner(index, toRole, fromRole);
  }
}

/** Who approves a step: the roles holding A on it, else its R roles (the performer). */
export function approversOf(node: FlowNode): number[] {
  const letters = [...lettersByRole(node)];
  const accountable = letters.filter(([, held]) => held.includes('A'));
  const chosen =
    accountable.length > 0 ? accountable : letters.filter(([, held]) => held.includes('R'));
  return chosen.map(([roleId]) => roleId);
}

function addPartner(index: LibraryIndex, roleId: number, partnerId: number) {
  let partners = index.handOffPartners.get(roleId);
  if (!partners) index.handOffPartners.set(roleId, (partners = new Set()));
  partners.add(partnerId);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The steps a duty links to that still exist (a deleted step backs nothing), as stepKeys. Read
 * by J2, J3 and J7 for every duty of the library on each check, so kept per duty object (the
 * library's objects are not mutated); callers must not change the list.
 */
export function dutyStepKeys(duty: Duty): readonly string[] {
  let keys = stepKeysOfDuty.get(duty);
  if (!keys) {
    keys = [];
    for (const step of duty.steps) {
      if (step.state !== 'stepDeleted') keys.push(stepKey(step.processId, step.nodeId));
    }
    stepKeysOfDuty.set(duty, keys);
  }
  return keys;
}

const stepKeysOfDuty = new WeakMap<Duty, string[]>();
