import type { AlignmentProcess } from '../../alignment/library';
import type { FlowModel } from '../../analysis/flow';
import { durationMinutes } from '../../analysis/settings';
import type { ProcessFigures } from '../../analysis/types';
import type { Role } from '../../domain';
import type { ActivityDetails } from '../../process';
import type { LibraryIndex } from './libraryIndex';
import { statedLimit } from './limits';
import { alignmentFinding, minutes, text, type AlignmentFinding } from './types';

/*
 * J8, the 时限 chain (§f5), along the critical path: the computed lead time (work + wait) and
 * the sum of the steps' 时限 within the process's 时限, and each duty standard's 时限 equal to
 * the 时限 of the steps that carry the duty out. Days are converted by the library's time basis.
 */

function limitOf(activity: ActivityDetails | undefined | null, basis: 'working' | 'calendar') {
  const days = activity?.timeLimitDays ?? null;
  const mins = activity?.timeLimitMinutes ?? null;
  return days === null && mins === null ? null : durationMinutes(days, mins, basis);
}

/** The process-level links of the chain, every map's (kept per map by the library index). */
export function processTimeLimits(index: LibraryIndex): AlignmentFinding[] {
  return [...index.facts.values()].flatMap((facts) => facts.limitFindings);
}

/** One map's links of the chain: lead time and Σ step 时限 against the process 时限. */
export function processLimitFindings(
  process: AlignmentProcess,
  flow: FlowModel,
  figures: ProcessFigures,
): AlignmentFinding[] {
  const findings: AlignmentFinding[] = [];
  const basis = flow.library.settings.timeBasis;
  const analysis = process.graph.analysis;
  const given =
    (analysis?.timeLimitDays ?? null) !== null || (analysis?.timeLimitMinutes ?? null) !== null;
  if (!given) return findings;
  const limit = durationMinutes(analysis?.timeLimitDays, analysis?.timeLimitMinutes, basis);
  const path = figures.criticalPath.filter((id) => flow.nodes.get(id)?.kind === 'activity');
  const at = { roleId: null, processId: process.id, nodeIds: path, dutyId: null };
  const target = { kind: 'step' } as const;
  const critical = figures.leadTime?.critical ?? null;
  if (critical !== null && critical > limit) {
    findings.push(
      alignmentFinding('J8', {
        ...at,
        target,
        params: { lt: minutes(critical), tl: minutes(limit), process: text(process.name) },
        variant: 'leadTime',
      }),
    );
  }
  const stepLimits = path.map((id) => limitOf(flow.nodes.get(id)?.node.activity, basis));
  const sum = stepLimits.reduce<number>((total, value) => total + (value ?? 0), 0);
  if (stepLimits.some((value) => value !== null) && sum > limit) {
    findings.push(
      alignmentFinding('J8', {
        ...at,
        target,
        params: { sum: minutes(sum), tl: minutes(limit), process: text(process.name) },
        variant: 'stepLimits',
      }),
    );
  }
  return findings;
}

/** The duty link of the chain: a duty standard's 时限 against each linked step's 时限. */
export function dutyStandardLimits(role: Role, index: LibraryIndex): AlignmentFinding[] {
  const basis = index.library.analysis.settings.timeBasis;
  const findings: AlignmentFinding[] = [];
  role.duties.forEach((duty, dutyIndex) => {
    const stated = limitStatedBy(duty.standard);
    if (stated === null) return;
    const dutyLimit = durationMinutes(stated.days, stated.minutes, basis);
    for (const link of duty.steps) {
      if (link.state === 'stepDeleted') continue;
      const node = index.processes.get(link.processId)?.flow.nodes.get(link.nodeId);
      const stepLimit = limitOf(node?.node.activity, basis);
      if (!node || stepLimit === null || stepLimit === dutyLimit) continue;
      findings.push(
        alignmentFinding('J8', {
          roleId: role.id,
          processId: link.processId,
          nodeIds: [link.nodeId],
          dutyId: duty.id > 0 ? duty.id : null,
          target: { kind: 'duty', index: dutyIndex, field: 'standard' },
          params: {
            d: text(duty.text),
            a: text(node.node.label),
            dl: minutes(dutyLimit),
            al: minutes(stepLimit),
          },
          variant: 'dutyStandard',
        }),
      );
    }
  });
  return findings;
}

/**
 * statedLimit of each standard text, remembered: a library repeats its standards ("2个工作日内
 * 完成") across thousands of duties, and the check reads every one on each pass. Bounded.
 */
const limitsByStandard = new Map<string, ReturnType<typeof statedLimit>>();
function limitStatedBy(standard: string): ReturnType<typeof statedLimit> {
  const known = limitsByStandard.get(standard);
  if (known !== undefined) return known;
  const limit = statedLimit(standard);
  if (limitsByStandard.size >= 10_000) limitsByStandard.clear();
  limitsByStandard.set(standard, limit);
  return limit;
}
