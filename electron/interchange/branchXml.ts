import { BRANCH_OUTCOMES, type BranchOutcome, type ProcessEdge } from '../../shared/process';
import { type ModdleObject } from './moddle';
import { type PatchContext } from './patchContext';
import { OUTCOME_ATTR, PROBABILITY_ATTR, ROLEFLOW_NS } from './roleflowSchema';
import { type SourceEdge } from './sourceTypes';
import { formatNumber } from './xmlText';
import { nameIn } from './xmlEditor';

/*
 * A branch's probability (%) and outcome (pass / reject / other), the process analysis's data
 * on a sequence flow (PROCESS-ANALYSIS.md §0): roleflow: attributes of the flow element,
 * read only when the editor could have written them, written only when given, and patched
 * into an imported file as the smallest edit — as the step marks are (patchSteps.ts).
 */

type Marks = { probability: string | undefined; outcome: string | undefined };
const LOCALS = ['probability', 'outcome'] as const;

function isOutcome(value: unknown): value is BranchOutcome {
  return BRANCH_OUTCOMES.some((outcome) => outcome === value);
}

/** Sets the branch data a file gives on `edge` (a sequence flow's element). */
export function readBranch(connector: ModdleObject, edge: ProcessEdge): void {
  const probability: unknown = connector.get(PROBABILITY_ATTR);
  if (typeof probability === 'number' && probability >= 0 && probability <= 100) {
    edge.probability = probability;
  }
  const outcome: unknown = connector.get(OUTCOME_ATTR);
  if (isOutcome(outcome)) edge.outcome = outcome;
}

/** The branch data as bpmn-moddle properties of a new sequence flow. */
export function branchProperties(edge: ProcessEdge): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  if (typeof edge.probability === 'number') properties[PROBABILITY_ATTR] = edge.probability;
  if (edge.outcome) properties[OUTCOME_ATTR] = edge.outcome;
  return properties;
}

function marksOf(edge: ProcessEdge): Marks {
  return {
    probability: typeof edge.probability === 'number' ? formatNumber(edge.probability) : undefined,
    outcome: edge.outcome ?? undefined,
  };
}

/** Attributes (and the namespace declaration they need) for a sequence flow written anew. */
export function branchAttributes(
  ctx: PatchContext,
  edge: ProcessEdge,
): { attributes: [string, string | undefined][]; declaration: string } {
  const marks = marksOf(edge);
  if (marks.probability === undefined && marks.outcome === undefined) {
    return { attributes: [], declaration: '' };
  }
  const roleflow = nameIn(ctx.base.element, ROLEFLOW_NS, 'roleflow');
  return {
    attributes: LOCALS.map((local) => [roleflow.qualify(local), marks[local]]),
    declaration: roleflow.declaration,
  };
}

/** Writes what changed of a kept sequence flow's branch data onto its element. */
export function patchBranch(ctx: PatchContext, base: SourceEdge, edge: ProcessEdge): void {
  const now = marksOf(edge);
  const before = marksOf(base.edge);
  if (now.probability === before.probability && now.outcome === before.outcome) return;
  const host = base.element;
  const roleflow = nameIn(host, ROLEFLOW_NS, 'roleflow');
  const needed = now.probability !== undefined || now.outcome !== undefined;
  if (needed && roleflow.declaration !== '') {
    const prefix = roleflow.qualify('probability').split(':')[0] ?? 'roleflow';
    ctx.editor.setAttribute(host, `xmlns:${prefix}`, ROLEFLOW_NS);
  }
  for (const local of LOCALS) {
    const value = now[local];
    if (value === before[local]) continue;
    if (value === undefined) ctx.editor.removeAttribute(host, roleflow.qualify(local));
    else ctx.editor.setAttribute(host, roleflow.qualify(local), value);
  }
}
