import type { ProcessFigures, StepFigures } from '../../../shared/analysis/types';

/*
 * The timeline ladder's data (§a2, §b6 item 2: VSM wait peaks over work valleys along the
 * critical path). A step is wait-dominated when its wait is at least half its elapsed time
 * (bdfinst/vsm-workshop#4).
 */

export type Rung = {
  step: StepFigures;
  work: number;
  wait: number;
  waitDominated: boolean;
};

export function ladderRungs(figures: ProcessFigures): Rung[] {
  const byId = new Map(figures.steps.map((step) => [step.nodeId, step]));
  return figures.criticalPath.flatMap((id) => {
    const step = byId.get(id);
    if (!step) return [];
    const work = step.workMinutes ?? 0;
    const wait = step.waitMinutes ?? 0;
    return [{ step, work, wait, waitDominated: wait > 0 && wait >= work }];
  });
}

/** Characters of a label that fit `width` px at 11 px (CJK characters count double). */
export function clip(label: string, width: number): string {
  const room = Math.floor(width / 6.5);
  let used = 0;
  let out = '';
  for (const char of label) {
    const size = /[\u2e80-\uffff]/.test(char) ? 2 : 1;
    if (used + size > room) return `${out}…`;
    used += size;
    out += char;
  }
  return out;
}
