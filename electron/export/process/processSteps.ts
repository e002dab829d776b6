import type { Lane, Process, ProcessNode, RaciLetter } from '../../../shared/process';
import { flowOrder } from '../../../shared/stepNumbers';
import type { ProcessDocContext } from './context';

/*
 * The steps of a map as the 流程说明书 lists them: activities and sub-processes in flow order,
 * each with who does it (the lane's role, else its R roles, else the lane) and the other roles'
 * RACI letters. One reading shared by the step table, the RACI matrix, the controls and the
 * work instructions, so they all number and name a step alike.
 */

export type DocStep = {
  node: ProcessNode;
  /** The step number printed (步骤编号), or its position when the map has none. */
  number: string;
  /** Who does the step, as printed. */
  responsible: string;
  /** Role ids holding a letter, the lane's own role as R first. */
  letters: { roleId: number; letter: RaciLetter }[];
  /** 作业指导书 number, when the step has a work instruction. */
  instructionNumber: string | null;
};

const PRINTED_KINDS = new Set(['activity', 'subProcess']);

export function laneOwnerName(lane: Lane | undefined, ctx: ProcessDocContext): string {
  if (!lane) return '';
  if (lane.owner.kind === 'role') return ctx.roles.get(lane.owner.roleId)?.title ?? lane.name;
  if (lane.owner.kind === 'department') {
    return ctx.departments.get(lane.owner.departmentId) ?? lane.name;
  }
  return lane.name;
}

/** The 作业指导书 number of a step: the process code (else "WI") and the step number. */
export function instructionNumber(process: Process, stepNumber: string): string {
  const prefix = process.code.trim() === '' ? 'WI' : `${process.code.trim()}-WI`;
  return `${prefix}-${stepNumber}`;
}

export function documentSteps(ctx: ProcessDocContext): DocStep[] {
  const { graph } = ctx.process;
  const lanes = new Map(graph.lanes.map((lane) => [lane.id, lane]));
  const ordered = flowOrder(graph).filter((node) => PRINTED_KINDS.has(node.kind));
  return ordered.map((node, index) => {
    const lane = node.laneId === null ? undefined : lanes.get(node.laneId);
    const raci = node.activity?.raci ?? [];
    const laneRole = lane?.owner.kind === 'role' ? lane.owner.roleId : null;
    const letters = [
      ...(laneRole === null || raci.some((r) => r.roleId === laneRole)
        ? []
        : [{ roleId: laneRole, letter: 'R' as const }]),
      ...raci,
    ];
    const doers = letters.filter((l) => l.letter === 'R').map((l) => ctx.roles.get(l.roleId));
    const named = doers.flatMap((role) => (role ? [role.title] : []));
    const number = String(node.stepNumber ?? (index + 1) * 10);
    const hasInstruction = (node.activity?.instruction.trim() ?? '') !== '';
    return {
      node,
      number,
      responsible: named.length > 0 ? named.join('、') : laneOwnerName(lane, ctx),
      letters,
      instructionNumber: hasInstruction ? instructionNumber(ctx.process, number) : null,
    };
  });
}

/** "A 张三、C 李四": the letters other than the responsible R, for the step table. */
export function otherLetters(step: DocStep, ctx: ProcessDocContext): string {
  return step.letters
    .filter((l) => l.letter !== 'R')
    .map((l) => `${l.letter} ${ctx.roles.get(l.roleId)?.title ?? ''}`.trim())
    .join('\n');
}
