import { stepKey, type AlignmentLibrary, type AlignmentProcess } from '../../alignment/library';
import { libraryForMap } from '../../alignment/processLibrary';
import type { StepHoursByRole } from '../../alignment/workload';
import { analyseFlow } from '../../analysis';
import { buildFlow, nextActivities, type FlowModel, type FlowNode } from '../../analysis/flow';
import { durationMinutes } from '../../analysis/settings';
import { stepHoursOfFlow } from '../../analysis/staffing';
import type { AnalysisFinding, AnalysisRole, ProcessFigures } from '../../analysis/types';
import type { RaciLetter } from '../../process';
import { processLimitFindings } from './timeLimits';
import type { AlignmentFinding } from './types';

/*
 * Everything the library index needs of ONE map, derived once and kept while the map and what
 * its analysis reads are unchanged (issue 10: "an index of the whole library built once and
 * updated on change"): its flow model, expected visits and figures, the process rules'
 * findings, each role's steps and step hours, the hand-offs between roles and the serial
 * approvals (§f2, §f3), and the process-level 时限 chain (J8, §f5). Analysing a map is the
 * expensive part (~6 ms); a role's save re-analyses only the maps whose analysis prints that
 * role (its title, department or hourly rate), a map's save only that map.
 */

/** A step a role takes part in, with the letters it holds there. */
export type RoleStep = {
  processId: number;
  nodeId: string;
  /** stepKey(processId, nodeId), made once. */
  key: string;
  label: string;
  letters: RaciLetter[];
  isApproval: boolean;
  /** The step's 时限 in minutes on the library's time basis; null when it has none. */
  limitMinutes: number | null;
};

/** Where two roles hand work over: the first step pair found, for the finding to point at. */
export type HandOff = { processId: number; fromNodeId: string; toNodeId: string };

export type ProcessFacts = {
  /** What the facts were derived from (see factsReusable). */
  graph: AlignmentProcess['graph'];
  editVersion: number | null;
  context: string;
  /** The roles the map names: its analysis reads their title, department and rate. */
  namedRoleIds: number[];
  flow: FlowModel;
  figures: ProcessFigures;
  /** The process rules' findings (analyseProcess, with the process's owner for R8). */
  processFindings: AnalysisFinding[];
  stepHours: StepHoursByRole;
  /** In flow order: the library index gathers them map by map, in the library's order. */
  steps: { roleId: number; step: RoleStep }[];
  handOffs: { fromRole: number; toRole: number; handOff: HandOff }[];
  approvalsBefore: { key: string; beforeId: string }[];
  limitFindings: AlignmentFinding[];
};

/** What every map's analysis reads of the library besides its own roles, keyed once a build. */
export function libraryContextKey(library: AlignmentLibrary): string {
  return JSON.stringify([library.analysis.settings, library.analysis.departments]);
}

/** The map's own part of its context: its name, owner and the roles it names, as they are. */
function contextOf(
  process: AlignmentProcess,
  namedRoleIds: readonly number[],
  roles: ReadonlyMap<number, AnalysisRole>,
  libraryKey: string,
): string {
  const named = namedRoleIds.map((id) => {
    const role = roles.get(id);
    return role ? [id, role.title, role.departmentId, role.hourlyRate] : [id];
  });
  return `${libraryKey}\u0000${JSON.stringify([process.name, process.ownerRoleId, named])}`;
}

/**
 * The facts of `previous` when they still hold for `process`: the same editVersion (or, with
 * none, the same graph object) and the same context. Null when the map must be analysed again.
 */
export function factsReusable(
  previous: ProcessFacts | undefined,
  process: AlignmentProcess,
  roles: ReadonlyMap<number, AnalysisRole>,
  libraryKey: string,
): ProcessFacts | null {
  if (!previous) return null;
  const version = process.editVersion ?? null;
  const sameGraph =
    version === null ? previous.graph === process.graph : previous.editVersion === version;
  if (!sameGraph) return null;
  const context = contextOf(process, previous.namedRoleIds, roles, libraryKey);
  return context === previous.context ? previous : null;
}

/** Analyses one map and derives all its facts. */
export function deriveFacts(
  process: AlignmentProcess,
  library: AlignmentLibrary,
  roles: ReadonlyMap<number, AnalysisRole>,
  libraryKey: string,
): ProcessFacts {
  const forMap = libraryForMap(process.graph, library.analysis, roles);
  const namedRoleIds = namedRolesOf(process.graph);
  const flow = buildFlow(process.graph, forMap);
  const { figures, findings, visits } = analyseFlow(flow, process.ownerRoleId);
  const facts: ProcessFacts = {
    graph: process.graph,
    editVersion: process.editVersion ?? null,
    context: contextOf(process, namedRoleIds, roles, libraryKey),
    namedRoleIds,
    flow,
    figures,
    processFindings: findings,
    stepHours: stepHoursOfFlow(flow, visits),
    steps: [],
    handOffs: [],
    approvalsBefore: [],
    limitFindings: processLimitFindings(process, flow, figures),
  };
  for (const node of flow.activities) {
    collectSteps(facts, process.id, node);
    collectHandOffs(facts, process.id, node);
  }
  return facts;
}

function namedRolesOf(graph: AlignmentProcess['graph']): number[] {
  const named = new Set<number>();
  for (const lane of graph.lanes) if (lane.owner.kind === 'role') named.add(lane.owner.roleId);
  for (const node of graph.nodes)
    for (const entry of node.activity?.raci ?? []) named.add(entry.roleId);
  return [...named].sort((a, b) => a - b);
}

/** The letters of each role on a step: its RACI entries; the performer is R if it has none. */
export function lettersByRole(node: FlowNode): Map<number, RaciLetter[]> {
  const letters = new Map<number, RaciLetter[]>();
  for (const entry of node.node.activity?.raci ?? []) {
    const held = letters.get(entry.roleId);
    if (held) held.push(entry.letter);
    else letters.set(entry.roleId, [entry.letter]);
  }
  const performer = node.actor?.roleId ?? null;
  if (performer !== null && !letters.has(performer)) letters.set(performer, ['R']);
  return letters;
}

function collectSteps(facts: ProcessFacts, processId: number, node: FlowNode) {
  const activity = node.node.activity;
  const limitGiven =
    (activity?.timeLimitDays ?? null) !== null || (activity?.timeLimitMinutes ?? null) !== null;
  const limitMinutes = limitGiven
    ? durationMinutes(
        activity?.timeLimitDays,
        activity?.timeLimitMinutes,
        facts.flow.library.settings.timeBasis,
      )
    : null;
  for (const [roleId, letters] of lettersByRole(node)) {
    facts.steps.push({
      roleId,
      step: {
        processId,
        nodeId: node.id,
        key: stepKey(processId, node.id),
        label: node.node.label,
        letters,
        isApproval: activity?.isApproval === true,
        limitMinutes,
      },
    });
  }
}

function collectHandOffs(facts: ProcessFacts, processId: number, from: FlowNode) {
  const fromRole = from.actor?.roleId ?? null;
  if (fromRole === null) return;
  const { flow } = facts;
  for (const toId of nextActivities(flow, from.id).keys()) {
    const to = flow.nodes.get(toId);
    const toRole = to?.actor?.roleId ?? null;
    if (from.node.activity?.isApproval === true && to?.node.activity?.isApproval === true) {
      facts.approvalsBefore.push({ key: stepKey(processId, toId), beforeId: from.id });
    }
    if (toRole === null || toRole === fromRole) continue;
    facts.handOffs.push({
      fromRole,
      toRole,
      handOff: { processId, fromNodeId: from.id, toNodeId: toId },
    });
  }
}
