import type { ValueClass } from '../../process';
import type { FlowModel, FlowNode } from '../flow';
import { durationMinutes } from '../settings';
import { verbOf, type LabelVerb, type VerbKind } from '../verbs';
import { objectsIn, objectsOf, type StepObject } from './objects';

/*
 * What the ESIA rules (PROCESS-ANALYSIS.md §c1–c4) read of each activity, gathered once: its
 * performer, times, value class, what kind of step it is, and the objects it takes and makes.
 */

export type StepFacts = {
  id: string;
  label: string;
  node: FlowNode;
  actorKey: string | null;
  actorName: string;
  /** Expected executions per case (§b1). */
  visits: number;
  workMinutes: number | null;
  /** Waiting before the step, whole days converted by the time basis; null when not given. */
  waitMinutes: number | null;
  valueClass: ValueClass | null;
  verb: LabelVerb | null;
  /**
   * A step is an approval (inspection, hand-off) when flagged, or when its label opens with a
   * verb of that kind: rule M13 asks the user to set the flag, and until then the ESIA rules
   * should not miss the 审批 the label plainly names.
   */
  approval: boolean;
  inspection: boolean;
  handOff: boolean;
  repetitive: boolean;
  /** Declared inputs and outputs (connected documents and data, and the step's I/O fields). */
  inputs: string[];
  outputs: string[];
  /** obj(a) of §c: the declared objects, else the label less its verb and the role names. */
  objects: StepObject[];
};

export function stepFacts(
  flow: FlowModel,
  visits: ReadonlyMap<string, number>,
): Map<string, StepFacts> {
  const basis = flow.library.settings.timeBasis;
  const names = performerNames(flow);
  const facts = new Map<string, StepFacts>();
  for (const node of flow.activities) {
    const details = node.node.activity;
    const label = node.node.label.trim();
    const verb = verbOf(label);
    const is = (kind: VerbKind) => verb?.kinds.includes(kind) ?? false;
    const inputs = [...(flow.inputs.get(node.id) ?? []), ...objectsIn(details?.inputs)];
    const outputs = [...(flow.outputs.get(node.id) ?? []), ...objectsIn(details?.outputs)];
    const noWait = (details?.waitMinutes ?? null) === null && (details?.waitDays ?? null) === null;
    facts.set(node.id, {
      id: node.id,
      label,
      node,
      actorKey: node.actor?.key ?? null,
      actorName: node.actor?.name ?? '',
      visits: visits.get(node.id) ?? 0,
      workMinutes: details?.workMinutes ?? null,
      waitMinutes: noWait ? null : durationMinutes(details?.waitDays, details?.waitMinutes, basis),
      valueClass: details?.valueClass ?? null,
      verb,
      approval: (details?.isApproval ?? false) || is('approval'),
      inspection: (details?.isInspection ?? false) || is('inspection'),
      handOff: (details?.isHandOff ?? false) || is('passOn'),
      repetitive: details?.isRepetitive ?? false,
      inputs: normalisedSet(inputs),
      outputs: normalisedSet(outputs),
      objects: objectsOf(label, inputs, outputs, names),
    });
  }
  return facts;
}

/** Steps in flow order (the order `elementIds` and messages name them in). */
export function inFlowOrder(flow: FlowModel, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return flow.order.filter((id) => wanted.has(id));
}

/** The names of performers a label may mention: roles, departments, lanes. */
function performerNames(flow: FlowModel): string[] {
  return [
    ...flow.library.roles.map((role) => role.title),
    ...flow.library.departments.map((department) => department.name),
    ...flow.graph.lanes.map((lane) => lane.name),
  ].filter((name) => name.trim().length > 0);
}

function normalisedSet(names: string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter(Boolean))];
}

/** The performers' names of a list of steps, each once, in order (unknown performers skipped). */
export function distinctActors(steps: readonly StepFacts[]): string[] {
  const names = new Map<string, string>();
  for (const step of steps) if (step.actorKey) names.set(step.actorKey, step.actorName);
  return [...names.values()];
}
