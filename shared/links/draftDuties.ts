import { stepKey, type AlignmentLibrary, type AlignmentProcess } from '../alignment/library';
import { performersOf } from '../analysis/figures/cost';
import { buildFlow, nextActivities, type FlowModel } from '../analysis/flow';
import { objectOf, verbOf } from '../analysis/verbs';
import { expectedVisits } from '../analysis/visits';
import type { DutyDraft, DutyStepLink } from '../domain';
import type { ActivityDetails, RaciLetter } from '../process';
import { dutiesByStep } from './candidates';
import { dutyText, frequencyOf, standardText, timeLimitText, type TimeLimit } from './draftWording';
import { lettersOfStep } from './stepRoles';

/*
 * Duties drafted from a role's steps (issue 10): each R/A step of the role that no duty of the
 * role links to yet becomes a draft the user accepts, edits or rejects — verb + object from
 * the step's name, 频次 from the process volume × the step's expected visits, 工作标准 from its
 * outputs and 时限, 协作对象 from the roles of the steps before and after it, minutes per
 * occurrence from its work time, 管理 for an A step and 执行 for an R step. Steps with the same
 * verb and object (one duty done in several processes) make one draft with several links.
 */

export type DraftedDuty = {
  /** Stable while the library is unchanged: the step keys of its links, joined. */
  key: string;
  /** A new duty (no id) with every field of issue 10 filled in, as the editor adds it. */
  duty: Omit<Required<DutyDraft>, 'id' | 'weight' | 'source' | 'steps'> & {
    weight: null;
    source: 'process';
    steps: DutyStepLink[];
  };
};

type StepDraft = {
  link: DutyStepLink;
  mergeKey: string;
  letter: RaciLetter;
  occurrences: number | null;
  minutes: number | null;
  outputs: string[];
  limit: TimeLimit;
  partners: number[];
};

export function draftDuties(library: AlignmentLibrary, roleId: number): DraftedDuty[] {
  const role = library.roles.find((r) => r.id === roleId);
  if (!role) return [];
  const covered = dutiesByStep(role.duties);
  const groups = new Map<string, StepDraft[]>();
  for (const process of library.processes) {
    for (const step of stepDraftsOf(library, process, roleId)) {
      if (covered.has(stepKey(step.link.processId, step.link.nodeId))) continue;
      groups.set(step.mergeKey, [...(groups.get(step.mergeKey) ?? []), step]);
    }
  }
  return [...groups.values()].map((steps) => mergedDraft(library, steps));
}

/** The role's R and A activities of one process, with what the draft needs of each. */
function stepDraftsOf(
  library: AlignmentLibrary,
  process: AlignmentProcess,
  roleId: number,
): StepDraft[] {
  const flow = buildFlow(process.graph, library.analysis);
  const mine = flow.activities.filter((step) => {
    const letter = lettersOfStep(process.graph, step.node).get(roleId);
    return (letter === 'R' || letter === 'A') && !isMereWait(step.node.label, step.node.activity);
  });
  if (mine.length === 0) return [];
  const volume = process.graph.analysis?.annualVolume ?? null;
  const { visits } = expectedVisits(flow);
  const neighbours = neighboursOf(flow);
  return mine.map((step) => {
    const activity = step.node.activity;
    const stepLimit: TimeLimit = {
      days: activity?.timeLimitDays ?? null,
      minutes: activity?.timeLimitMinutes ?? null,
    };
    const partners = new Set<number>();
    for (const id of neighbours.get(step.id) ?? []) {
      const neighbour = flow.nodes.get(id);
      for (const partner of neighbour ? performersOf(flow, neighbour) : []) {
        if (partner !== roleId) partners.add(partner);
      }
    }
    return {
      link: { processId: process.id, nodeId: step.id, label: step.node.label },
      mergeKey: `${verbOf(step.node.label)?.verb ?? ''}|${objectOf(step.node.label)}`,
      letter: lettersOfStep(process.graph, step.node).get(roleId) ?? 'R',
      occurrences: volume === null ? null : volume * (visits.get(step.id) ?? 0),
      minutes: activity?.workMinutes ?? null,
      outputs: [...(flow.outputs.get(step.id) ?? []), ...splitList(activity?.outputs ?? '')],
      // Only the step's own 时限: the process's is the whole case's, and writing "25个工作日内完成"
      // into a two-minute step's duty would state a standard nobody set for it.
      limit: stepLimit,
      partners: [...partners],
    };
  });
}

/** Activity id → the activities just before and just after it in the flow. */
function neighboursOf(flow: FlowModel): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    if (a === b) return;
    let set = result.get(a);
    if (!set) result.set(a, (set = new Set()));
    set.add(b);
  };
  for (const step of flow.activities) {
    for (const next of nextActivities(flow, step.id).keys()) {
      add(step.id, next);
      add(next, step.id);
    }
  }
  return result;
}

function mergedDraft(library: AlignmentLibrary, steps: StepDraft[]): DraftedDuty {
  const settings = library.analysis.settings;
  const first = steps[0];
  const known = steps.filter((step) => step.occurrences !== null);
  const occurrences = known.length === 0 ? null : sum(known.map((s) => s.occurrences ?? 0));
  const timed = steps.filter((step) => step.minutes !== null);
  const limit = steps.map((step) => step.limit).find(hasLimit) ?? { days: null, minutes: null };
  const outputs = [...new Set(steps.flatMap((step) => step.outputs))];
  // The duty is written in the language of the step it comes from: a Chinese map in an
  // English description stays Chinese rather than half-translated, and the other way round.
  const label = first?.link.label ?? '';
  const language = /\p{Script=Han}/u.test(label) ? 'zh' : 'en';
  const limitText = timeLimitText(limit, settings.timeBasis, language);
  return {
    key: steps.map((step) => stepKey(step.link.processId, step.link.nodeId)).join(','),
    duty: {
      text: dutyText(label, language),
      category: steps.some((step) => step.letter === 'A') ? 'manage' : 'execute',
      weight: null,
      ...frequencyOf(occurrences, settings.staffing),
      standard: standardText(outputs, limitText, language),
      kpi: '',
      source: 'process',
      steps: steps.map((step) => step.link),
      notProcessWork: false,
      minutesPerOccurrence: minutesOf(timed),
      partnerRoleIds: [...new Set(steps.flatMap((step) => step.partners))],
    },
  };
}

/** The work minutes of one occurrence: the steps' mean, weighted by how often each runs. */
function minutesOf(timed: StepDraft[]): number | null {
  if (timed.length === 0) return null;
  const weights = timed.map((step) => step.occurrences ?? 1);
  const total = sum(weights);
  const mean =
    total > 0
      ? sum(timed.map((step, i) => (step.minutes ?? 0) * (weights[i] ?? 0))) / total
      : sum(timed.map((step) => step.minutes ?? 0)) / timed.length;
  return Math.round(mean * 10) / 10;
}

/**
 * A step where nobody works — the file waits in a queue or for a reply (等待, 排队, no work
 * minutes) — is no one's duty: it is drawn for the lead time, not for the role.
 */
function isMereWait(label: string, activity: ActivityDetails | undefined): boolean {
  if (activity?.workMinutes === 0) return true;
  const verb = verbOf(label)?.verb;
  return verb === '等待' || verb === '排队' || verb === 'wait';
}

function hasLimit(limit: TimeLimit): boolean {
  return (limit.days ?? 0) > 0 || (limit.minutes ?? 0) > 0;
}

function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n]+/u)
    .map((part) => part.trim())
    .filter(Boolean);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
