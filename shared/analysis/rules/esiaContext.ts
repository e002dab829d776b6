import type { RuleContext } from './context';
import { nameOf } from './names';
import { predecessorsOf, runsOf, successorsOf } from './paths';
import { reachability } from './reach';
import { stepFacts, type StepFacts } from './steps';

/*
 * What the four ESIA families share, worked out once per analysis (they run on the same
 * context one after the other): the steps' facts, next() both ways, the runs, and what
 * comes after what.
 */

export type EsiaContext = RuleContext & {
  steps: Map<string, StepFacts>;
  /** Steps in flow order. */
  stepList: StepFacts[];
  successors: Map<string, Map<string, number>>;
  predecessors: Map<string, string[]>;
  runs: string[][];
  /** `to` comes after `from` along forward edges. */
  reaches: (from: string, to: string) => boolean;
  /** The activities after `id`, in flow order. */
  downstream: (id: string) => string[];
  label: (id: string) => string;
};

const cache = new WeakMap<RuleContext, EsiaContext>();

export function esiaContext(context: RuleContext): EsiaContext {
  const cached = cache.get(context);
  if (cached) return cached;
  const { flow } = context;
  const steps = stepFacts(flow, context.visits.visits);
  const successors = successorsOf(flow);
  const { reaches, downstream } = reachability(flow);
  const made: EsiaContext = {
    ...context,
    steps,
    stepList: [...steps.values()],
    successors,
    predecessors: predecessorsOf(successors),
    runs: runsOf(flow),
    reaches,
    downstream,
    label: (id) => {
      const node = flow.nodes.get(id);
      return node ? nameOf(node) : id;
    },
  };
  cache.set(context, made);
  return made;
}

/** The steps (facts) of a list of ids, skipping any that is not an activity. */
export function factsOf(context: EsiaContext, ids: Iterable<string>): StepFacts[] {
  return [...ids].map((id) => context.steps.get(id)).filter((s): s is StepFacts => !!s);
}

/** A case reaches the step every time (§c "done for every case"; loops make it more). */
export function everyCase(step: StepFacts): boolean {
  return step.visits >= 1 - 1e-9;
}

/** Rounded for a message: one decimal is all a ratio or a count per case needs. */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
