import { finding, minutes, count, text } from '../findings';
import type { AnalysisFinding } from '../types';
import type { RuleContext } from './context';
import { esiaContext, factsOf, type EsiaContext } from './esiaContext';
import { keysOf } from './objects';
import type { StepFacts } from './steps';

/**
 * Rules A1–A4 of PROCESS-ANALYSIS.md §c4 (自动化): what is left and repetitive, give to a
 * system — after E, S and I, whose findings (`earlier`) A1 and A4 read: ESIA's order.
 */
export function automateRules(context: RuleContext, earlier: AnalysisFinding[]): AnalysisFinding[] {
  const esia = esiaContext(context);
  const hit = stepsHitBy(earlier);
  return [
    ...automationCandidates(esia, hit),
    ...reKeying(esia),
    ...paperHandOffs(esia),
    ...automateBeforeEliminate(esia, hit),
  ];
}

/** A1's verbs (§c4): re-keying, copying, checking figures, computing, printing, passing, filing. */
const A1_VERBS: ReadonlySet<string> = new Set(['核对', '传递', 'reconcile', 'transfer']);

function repetitiveVerb(step: StepFacts): boolean {
  const kinds = step.verb?.kinds ?? [];
  return (
    kinds.includes('rekey') || kinds.includes('repetitive') || A1_VERBS.has(step.verb?.verb ?? '')
  );
}

/** Hours a year of the step's work: volume × visits × work ÷ 60 (§b4); null without volume. */
function annualHours(context: EsiaContext, step: StepFacts): number | null {
  const volume = context.flow.graph.analysis?.annualVolume ?? null;
  if (volume === null || step.workMinutes === null) return null;
  return (volume * step.visits * step.workMinutes) / 60;
}

/** A1 without its "no E/S/I hit" half: many hours a year of repetitive work. */
function worthAutomating(context: EsiaContext, step: StepFacts): boolean {
  const hours = annualHours(context, step);
  return (
    hours !== null &&
    hours >= context.thresholds.automationHours &&
    (repetitiveVerb(step) || step.repetitive)
  );
}

/** A1: hours a year of repetitive work on a step no E, S or I rule would remove first. */
function automationCandidates(context: EsiaContext, hit: Map<string, Set<string>>) {
  return context.stepList.flatMap((step) => {
    if (!worthAutomating(context, step) || hit.has(step.id)) return [];
    const hours = annualHours(context, step) ?? 0;
    return [finding('A1', 'hint', [step.id], { a: text(step.label), H: count(Math.round(hours)) })];
  });
}

/**
 * A2: a re-keying step whose input another role's earlier step put out; the earliest such
 * step is named (where the information was first captured). A step without declared inputs
 * re-keys obj(a): the source is then an earlier step of another role that put out, or keyed
 * in, the same object.
 */
function reKeying(context: EsiaContext): AnalysisFinding[] {
  return context.stepList.flatMap((step) => {
    if (!(step.verb?.kinds.includes('rekey') ?? false) || !step.actorKey) return [];
    const wanted = keysOf(step.inputs);
    const own = new Set(step.objects.map((object) => object.key));
    const produced = (s: StepFacts) => {
      if (wanted.size > 0) return [...keysOf(s.outputs)].some((key) => wanted.has(key));
      const keyedIn = s.verb?.kinds.includes('rekey') ?? false;
      const made = [...keysOf(s.outputs), ...(keyedIn ? s.objects.map((o) => o.key) : [])];
      return made.some((key) => own.has(key));
    };
    const source = context.stepList.find(
      (s) =>
        s.actorKey !== null &&
        s.actorKey !== step.actorKey &&
        context.reaches(s.id, step.id) &&
        produced(s),
    );
    if (!source) return [];
    return [
      finding('A2', 'hint', [source.id, step.id], {
        a: text(step.label),
        src: text(source.label),
      }),
    ];
  });
}

/**
 * A3: a hand-off to another role after which the case waits a day or more, where a step of it
 * passes work on (flag or verb) or a paper document goes across.
 */
function paperHandOffs(context: EsiaContext): AnalysisFinding[] {
  const { graph } = context.flow;
  const documents = new Set(graph.nodes.filter((n) => n.kind === 'document').map((n) => n.id));
  const passesPaper = (step: StepFacts) =>
    graph.edges.some((edge) => edge.source === step.id && documents.has(edge.target));
  return context.stepList.flatMap((a) =>
    factsOf(context, context.successors.get(a.id)?.keys() ?? []).flatMap((b) => {
      if (!a.actorKey || !b.actorKey || a.actorKey === b.actorKey) return [];
      const wait = b.waitMinutes;
      if (wait === null || wait < context.thresholds.longWaitMinutes) return [];
      if (!a.handOff && !b.handOff && !passesPaper(a)) return [];
      return [
        finding('A3', 'hint', [a.id, b.id], {
          a: text(a.label),
          b: text(b.label),
          wait: minutes(wait),
        }),
      ];
    }),
  );
}

/** A4: a step marked for automation (or worth it by A1's measure) that an E rule would remove. */
function automateBeforeEliminate(context: EsiaContext, hit: Map<string, Set<string>>) {
  return context.stepList.flatMap((step) => {
    if (!step.repetitive && !worthAutomating(context, step)) return [];
    const rules = [...(hit.get(step.id) ?? [])].filter((rule) => rule.startsWith('E'));
    if (rules.length === 0) return [];
    return [
      finding('A4', 'warning', [step.id], { a: text(step.label), rules: text(rules.join(', ')) }),
    ];
  });
}

/** Findings at process level name steps only as examples: they are no hit on those steps. */
const PROCESS_LEVEL: ReadonlySet<string> = new Set(['S1', 'S5', 'I3']);

/** The ESI rules each step is hit by (step-level findings only). */
function stepsHitBy(findings: AnalysisFinding[]): Map<string, Set<string>> {
  const hit = new Map<string, Set<string>>();
  for (const found of findings) {
    if (PROCESS_LEVEL.has(found.rule) || found.variant === 'process') continue;
    for (const id of found.elementIds) hit.set(id, (hit.get(id) ?? new Set()).add(found.rule));
  }
  return hit;
}
