import type { ResponseOf } from '../../../shared/contract';
import type { RaciLetter } from '../../../shared/process';

/*
 * The matrix's rows: every step of every map in scope, grouped by process in step order, as
 * flat rows a virtual table can scroll through (hundreds of steps stay smooth).
 */

export type RaciAnswer = ResponseOf<'organisation:raci'>;
export type RaciBlock = RaciAnswer['processes'][number];

export type RaciRow = {
  key: string;
  processId: number;
  processName: string;
  /** The first row of its process, which shows the process's name. */
  first: boolean;
  nodeId: string;
  label: string;
  stepNumber: number | null;
  laneRoleId: number | null;
  letters: Map<number, RaciLetter[]>;
  problems: RaciBlock['steps'][number]['problems'];
};

export function raciRows(answer: RaciAnswer, onlyProblems: boolean): RaciRow[] {
  return answer.processes.flatMap((block) => {
    const steps = onlyProblems ? block.steps.filter((s) => s.problems.length > 0) : block.steps;
    return steps.map((step, index) => ({
      key: `${block.processId}:${step.nodeId}`,
      processId: block.processId,
      processName: block.code ? `${block.code} ${block.name}` : block.name,
      first: index === 0,
      nodeId: step.nodeId,
      label: step.label,
      stepNumber: step.stepNumber,
      laneRoleId: step.laneRoleId,
      letters: new Map(step.cells.map((cell) => [cell.roleId, cell.letters])),
      problems: step.problems,
    }));
  });
}

/** The answer with one process's block replaced by what the save returned. */
export function withBlock(answer: RaciAnswer, block: RaciBlock): RaciAnswer {
  return {
    ...answer,
    processes: answer.processes.map((p) => (p.processId === block.processId ? block : p)),
  };
}
