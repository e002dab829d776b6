import { libraryWorkloads, type RoleWorkload } from '../../alignment/workload';
import { stepKey, type AlignmentLibrary, type AlignmentProcess } from '../../alignment/library';
import { libraryForMap, rolesById } from '../../alignment/processLibrary';
import type { Duty, Role } from '../../domain';
import { buildFlow, nextActivities, type FlowModel, type FlowNode } from '../../analysis/flow';
import { durationMinutes } from '../../analysis/settings';
import type { RaciLetter } from '../../process';

/*
 * What the checks J1–J8 need of the whole library, built once (issue 10: "an index of the
 * whole library built once and updated on change"): the roles by id, title and department,
 * each map's flow model, every role's steps with its RACI letters, the hand-offs between
 * roles across ALL processes (§f2), and every role's workload (§d2). Main keeps it while the
 * library store returns the same library; a role's draft is checked against it.
 */

/** A step a role takes part in, with the letters it holds there. */
export type RoleStep = {
  processId: number;
  nodeId: string;
  label: string;
  letters: RaciLetter[];
  isApproval: boolean;
  /** The step's 时限 in minutes on the library's time basis; null when it has none. */
  limitMinutes: number | null;
};

/** Where two roles hand work over: the first step pair found, for the finding to point at. */
export type HandOff = { processId: number; fromNodeId: string; toNodeId: string };

export type ProcessView = { process: AlignmentProcess; flow: FlowModel };

export type LibraryIndex = {
  library: AlignmentLibrary;
  roles: Map<number, Role>;
  /** Exact titles → role ids (a relation that only names a partner is resolved by title). */
  rolesByTitle: Map<string, number[]>;
  processes: Map<number, ProcessView>;
  stepsByRole: Map<number, RoleStep[]>;
  /** from role → to role → the first hand-off between them. */
  handOffs: Map<number, Map<number, HandOff>>;
  /** Every role a role hands to or receives from. */
  handOffPartners: Map<number, Set<number>>;
  workloads: Map<number, RoleWorkload>;
  /** An approval step (stepKey) → the approval steps right before it (§f3 serial chains). */
  approvalsBefore: Map<string, string[]>;
};

export function buildLibraryIndex(library: AlignmentLibrary): LibraryIndex {
  const roles = new Map(library.roles.map((role) => [role.id, role]));
  const rolesByTitle = new Map<string, number[]>();
  for (const role of library.roles) pushTo(rolesByTitle, role.title.trim(), role.id);
  const index: LibraryIndex = {
    library,
    roles,
    rolesByTitle,
    processes: new Map(),
    stepsByRole: new Map(),
    handOffs: new Map(),
    handOffPartners: new Map(),
    workloads: libraryWorkloads(library),
    approvalsBefore: new Map(),
  };
  const analysisRoles = rolesById(library.analysis);
  for (const process of library.processes) {
    const flow = buildFlow(
      process.graph,
      libraryForMap(process.graph, library.analysis, analysisRoles),
    );
    index.processes.set(process.id, { process, flow });
    for (const node of flow.activities) {
      indexSteps(index, process.id, flow, node);
      indexHandOffs(index, process.id, flow, node);
    }
  }
  return index;
}

/** Who approves a step: the roles holding A on it, else its R roles (the performer). */
export function approversOf(node: FlowNode): number[] {
  const letters = [...lettersByRole(node)];
  const accountable = letters.filter(([, held]) => held.includes('A'));
  const chosen =
    accountable.length > 0 ? accountable : letters.filter(([, held]) => held.includes('R'));
  return chosen.map(([roleId]) => roleId);
}

/** The letters of each role on a step: its RACI entries; the performer is R if it has none. */
export function lettersByRole(node: FlowNode): Map<number, RaciLetter[]> {
  const letters = new Map<number, RaciLetter[]>();
  for (const entry of node.node.activity?.raci ?? []) pushTo(letters, entry.roleId, entry.letter);
  const performer = node.actor?.roleId ?? null;
  if (performer !== null && !letters.has(performer)) letters.set(performer, ['R']);
  return letters;
}

function indexSteps(index: LibraryIndex, processId: number, flow: FlowModel, node: FlowNode) {
  const activity = node.node.activity;
  const limitGiven =
    (activity?.timeLimitDays ?? null) !== null || (activity?.timeLimitMinutes ?? null) !== null;
  const limitMinutes = limitGiven
    ? durationMinutes(
        activity?.timeLimitDays,
        activity?.timeLimitMinutes,
        flow.library.settings.timeBasis,
      )
    : null;
  for (const [roleId, letters] of lettersByRole(node)) {
    pushTo(index.stepsByRole, roleId, {
      processId,
      nodeId: node.id,
      label: node.node.label,
      letters,
      isApproval: activity?.isApproval === true,
      limitMinutes,
    });
  }
}

function indexHandOffs(index: LibraryIndex, processId: number, flow: FlowModel, from: FlowNode) {
  const fromRole = from.actor?.roleId ?? null;
  if (fromRole === null) return;
  for (const toId of nextActivities(flow, from.id).keys()) {
    const toRole = flow.nodes.get(toId)?.actor?.roleId ?? null;
    const to = flow.nodes.get(toId);
    if (from.node.activity?.isApproval === true && to?.node.activity?.isApproval === true) {
      pushTo(index.approvalsBefore, stepKey(processId, toId), from.id);
    }
    if (toRole === null || toRole === fromRole) continue;
    let targets = index.handOffs.get(fromRole);
    if (!targets) index.handOffs.set(fromRole, (targets = new Map()));
    if (!targets.has(toRole))
      targets.set(toRole, { processId, fromNodeId: from.id, toNodeId: toId });
    addPartner(index, fromRole, toRole);
    addPartner(index, toRole, fromRole);
  }
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

/** The steps a duty links to that still exist (a deleted step backs nothing), as stepKeys. */
export function dutyStepKeys(duty: Duty): string[] {
  return duty.steps
    .filter((step) => step.state !== 'stepDeleted')
    .map((step) => stepKey(step.processId, step.nodeId));
}
