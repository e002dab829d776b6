import type { ValueClass } from '../../process';
import type { FlowModel, FlowNode } from '../flow';
import { waitOf } from '../figures/times';
import { objectOf, verbOf, type LabelVerb, type VerbKind } from '../verbs';
import { nameOf } from './names';
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
  /** The label less its verb and the performers' names, normalised (rule E8's object). */
  labelObject: string;
  /** obj(a) of §c: the declared objects, else the label's object. */
  objects: StepObject[];
};

export function stepFacts(
  flow: FlowModel,
  visits: ReadonlyMap<string, number>,
): Map<string, StepFacts> {
  const names = performerNames(flow);
  const facts = new Map<string, StepFacts>();
  for (const node of flow.activities) {
    const details = node.node.activity;
    const label = nameOf(node);
    const verb = verbOf(label);
    const is = (kind: VerbKind) => verb?.kinds.includes(kind) ?? false;
    const inputs = [...(flow.inputs.get(node.id) ?? []), ...objectsIn(details?.inputs)];
    const outputs = [...(flow.outputs.get(node.id) ?? []), ...objectsIn(details?.outputs)];
    const labelObject = labelObjectOf(label, names);
    facts.set(node.id, {
      id: node.id,
      label,
      node,
      actorKey: node.actor?.key ?? null,
      actorName: node.actor?.name ?? '',
      visits: visits.get(node.id) ?? 0,
      workMinutes: details?.workMinutes ?? null,
      waitMinutes: waitOf(node, flow),
      valueClass: details?.valueClass ?? null,
      verb,
      approval: (details?.isApproval ?? false) || is('approval'),
      inspection: (details?.isInspection ?? false) || is('inspection'),
      handOff: (details?.isHandOff ?? false) || is('passOn'),
      repetitive: details?.isRepetitive ?? false,
      inputs: normalisedSet(inputs),
      outputs: normalisedSet(outputs),
      labelObject,
      objects: objectsOf(labelObject, inputs, outputs),
    });
  }
  return facts;
}

/** Steps in flow order (the order `elementIds` and messages name them in). */
export function inFlowOrder(flow: FlowModel, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return flow.order.filter((id) => wanted.has(id));
}

/**
 * The names of performers a label may mention: roles, departments, lanes, each language of a
 * bilingual name ("定价部 / Rating") on its own, longest first so a name inside another goes last.
 */
function performerNames(flow: FlowModel): string[] {
  const names = [
    ...flow.library.roles.map((role) => role.title),
    ...flow.library.departments.map((department) => department.name),
    ...flow.graph.lanes.map((lane) => lane.name),
  ].flatMap((name) => name.split(' / ').map((part) => part.trim()));
  return [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
}

/**
 * What the label works on: its first clause ("填写移交单并移送定价部" works on the 移交单), less
 * the verb and the performers' names.
 */
function labelObjectOf(label: string, names: readonly string[]): string {
  // 并 joins two verb phrases; in 合并 or 并购 it is part of a word, so a verb must follow it.
  const join = [...label.matchAll(/并且?/g)].find(
    (match) => match.index > 0 && verbOf(label.slice(match.index + match[0].length)) !== null,
  );
  return objectOf(join ? label.slice(0, join.index) : label, names);
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

/**
 * Role names listed in one param: a comma, not the " / " that separates a bilingual name's
 * languages ("核保部 / Underwriting"), so each name still reads as one.
 */
export function roleList(names: readonly string[]): string {
  return names.join(', ');
}
