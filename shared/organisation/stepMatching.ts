import { performersOf } from '../analysis/figures/cost';
import { buildFlow } from '../analysis/flow';
import type { AnalysisLibrary } from '../analysis/types';
import type { ProcessGraph, ProcessNode } from '../process';

/*
 * The steps of an as-is map and its to-be variant side by side (§f4): a to-be step is the
 * as-is step with the same node id (a variant is drawn from a copy of the map), else the
 * as-is step with the same label once spaces, punctuation and case are set aside. A step
 * "moves" when its performers change; a step with no partner is removed or new.
 */

export type MappedStep = {
  nodeId: string;
  label: string;
  node: ProcessNode;
  /** The roles that do the work (lane role, R entries; as the cost and the hours share it). */
  performers: number[];
};

export type StepPair = {
  asIs: MappedStep | null;
  toBe: MappedStep | null;
};

export function mappedSteps(graph: ProcessGraph, library: AnalysisLibrary): MappedStep[] {
  const flow = buildFlow(graph, library);
  return flow.activities.map((node) => ({
    nodeId: node.id,
    label: node.node.label,
    node: node.node,
    performers: performersOf(flow, node),
  }));
}

/** Every step of either map once: matched pairs first by id, then by normalised label. */
export function pairSteps(asIs: MappedStep[], toBe: MappedStep[]): StepPair[] {
  const pairs: StepPair[] = [];
  const toBeById = new Map(toBe.map((step) => [step.nodeId, step]));
  const unmatchedAsIs: MappedStep[] = [];
  const usedToBe = new Set<string>();
  for (const step of asIs) {
    const partner = toBeById.get(step.nodeId);
    if (partner) {
      pairs.push({ asIs: step, toBe: partner });
      usedToBe.add(partner.nodeId);
    } else unmatchedAsIs.push(step);
  }
  const toBeByLabel = new Map<string, MappedStep[]>();
  for (const step of toBe) {
    if (usedToBe.has(step.nodeId)) continue;
    const key = normalisedLabel(step.label);
    toBeByLabel.set(key, [...(toBeByLabel.get(key) ?? []), step]);
  }
  for (const step of unmatchedAsIs) {
    const candidates = toBeByLabel.get(normalisedLabel(step.label));
    const partner = step.label.trim() === '' ? undefined : candidates?.shift();
    if (partner) usedToBe.add(partner.nodeId);
    pairs.push({ asIs: step, toBe: partner ?? null });
  }
  for (const step of toBe) if (!usedToBe.has(step.nodeId)) pairs.push({ asIs: null, toBe: step });
  return pairs;
}

/** The label as compared across maps: no spaces, no punctuation, lower case. */
export function normalisedLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}
