import type { ProcessGraph } from '../../../../shared/process';

/** A step of the process as the pickers show it: "20 审核理赔材料". */
export type StepOption = { id: string; number: number | null; label: string };

const STEP_KINDS = new Set(['activity', 'subProcess', 'decision']);

/**
 * The steps a complaint or an action can name: the map's activities, sub-processes and
 * decisions, in step-number order (the 流程说明书's order), unnumbered ones after by label.
 */
export function stepsOf(graph: ProcessGraph): StepOption[] {
  return graph.nodes
    .filter((node) => STEP_KINDS.has(node.kind) || (node.stepNumber ?? null) !== null)
    .map((node) => ({ id: node.id, number: node.stepNumber ?? null, label: node.label.trim() }))
    .sort(
      (a, b) =>
        (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) ||
        a.label.localeCompare(b.label),
    );
}

export function stepText(step: StepOption): string {
  return step.number === null ? step.label : `${step.number} ${step.label}`;
}
