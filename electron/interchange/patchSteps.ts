import type { ProcessNode } from '../../shared/process';
import { xmlIdOf, type PatchContext } from './patchContext';
import { ROLEFLOW_NS } from './roleflowSchema';
import { type SourceNode } from './sourceTypes';
import { nameIn } from './xmlEditor';
import { type XmlElement } from './xmlIndex';

/*
 * The step number and joint lane of a node in an imported file: roleflow: attributes on the
 * flow node element (roleflowSchema.ts), set, changed or removed as the smallest edit, with
 * the namespace declared on the element when the file does not declare it already.
 */

type Marks = { stepNumber: string | undefined; jointLane: string | undefined };

function marksOf(ctx: PatchContext, node: ProcessNode): Marks {
  const number = node.stepNumber;
  const joint = node.jointLaneId;
  return {
    stepNumber: typeof number === 'number' ? String(number) : undefined,
    jointLane: typeof joint === 'string' ? xmlIdOf(ctx, joint) : undefined,
  };
}

/** Attributes (and the namespace declaration they need) for a node written anew. */
export function stepAttributes(
  ctx: PatchContext,
  node: ProcessNode,
): { attributes: [string, string | undefined][]; declaration: string } {
  const marks = marksOf(ctx, node);
  if (marks.stepNumber === undefined && marks.jointLane === undefined) {
    return { attributes: [], declaration: '' };
  }
  const roleflow = nameIn(ctx.base.element, ROLEFLOW_NS, 'roleflow');
  return {
    attributes: [
      [roleflow.qualify('stepNumber'), marks.stepNumber],
      [roleflow.qualify('jointLane'), marks.jointLane],
    ],
    declaration: roleflow.declaration,
  };
}

/** Writes what changed of a kept node's marks onto its element. */
export function patchStepMarks(ctx: PatchContext, base: SourceNode, node: ProcessNode): void {
  const now = marksOf(ctx, node);
  const before = marksOf(ctx, base.node);
  if (now.stepNumber === before.stepNumber && now.jointLane === before.jointLane) return;
  const host: XmlElement = base.element;
  const roleflow = nameIn(host, ROLEFLOW_NS, 'roleflow');
  const name = (local: keyof Marks) => roleflow.qualify(local);
  const needed = now.stepNumber !== undefined || now.jointLane !== undefined;
  if (needed && roleflow.declaration !== '') {
    const prefix = name('stepNumber').split(':')[0] ?? 'roleflow';
    ctx.editor.setAttribute(host, `xmlns:${prefix}`, ROLEFLOW_NS);
  }
  for (const local of ['stepNumber', 'jointLane'] as const) {
    const value = now[local];
    if (value === before[local]) continue;
    if (value === undefined) ctx.editor.removeAttribute(host, name(local));
    else ctx.editor.setAttribute(host, name(local), value);
  }
}
