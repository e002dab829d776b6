import type { FlowPiece } from '../pageFlow';
import { emptyParagraph, note } from '../blocks';
import { gridTable, type Column } from '../gridTables';
import type { ProcessDocContext } from './context';
import { timeLimit } from './figuresText';
import { numberedHeading } from './headerSections';
import { PROCESS_LABELS } from './processLabels';
import { otherLetters, type DocStep } from './processSteps';

/*
 * The step table (流程说明表, one row per activity) and the RACI matrix (activities × roles),
 * printed in a landscape section: nine columns need its width.
 */

type Block = FlowPiece;

/** What the step table's description column says: the work instruction's first line. */
function keyPoints(step: DocStep): string {
  const instruction = step.node.activity?.instruction.trim() ?? '';
  return instruction.split(/\r?\n/)[0] ?? '';
}

function documentsOf(step: DocStep, ctx: ProcessDocContext): string {
  const labels = PROCESS_LABELS[ctx.lang];
  const linked = step.node.linkedProcessId;
  const sub = linked === null || linked === undefined ? null : ctx.linkedProcesses.get(linked);
  return [step.instructionNumber, sub ? labels.subProcessDoc(sub) : null]
    .filter((text): text is string => text !== null)
    .join('\n');
}

export function stepTable(ctx: ProcessDocContext, steps: DocStep[]): Block[] {
  const { lang } = ctx;
  const labels = PROCESS_LABELS[lang];
  const heading = numberedHeading(6, labels.sections.steps, lang);
  if (steps.length === 0) return [heading, emptyParagraph(lang)];
  const widths = [0.75, 1.5, 1.2, 1.35, 3.0, 1.3, 1.3, 0.85, 1.25];
  const columns: Column[] = labels.stepColumns.map((title, i) => ({
    title,
    width: widths[i] ?? 1,
    align: i === 0 || i === 7 ? 'center' : 'left',
  }));
  const rows = steps.map((step) => {
    const activity = step.node.activity;
    return [
      step.number,
      step.node.label,
      step.responsible,
      otherLetters(step, ctx),
      keyPoints(step),
      activity?.inputs ?? '',
      [activity?.outputs ?? '', activity?.formsAndSystems ?? ''].filter((t) => t.trim()).join('\n'),
      timeLimit(activity?.timeLimitDays, activity?.timeLimitMinutes, ctx.dayMinutes, lang),
      documentsOf(step, ctx),
    ];
  });
  return [heading, gridTable({ columns, rows }, lang)];
}

/** RACI矩阵: a row per step, a column per role holding any letter, in the order they appear. */
export function raciMatrix(ctx: ProcessDocContext, steps: DocStep[]): Block[] {
  const { lang } = ctx;
  const labels = PROCESS_LABELS[lang];
  const heading = numberedHeading(7, labels.sections.raci, lang);
  const roleIds: number[] = [];
  for (const step of steps) {
    for (const { roleId } of step.letters) if (!roleIds.includes(roleId)) roleIds.push(roleId);
  }
  if (steps.length === 0 || roleIds.length === 0) return [heading, emptyParagraph(lang)];
  // Wide matrices keep the step column readable; the roles share what is left.
  const columns: Column[] = [
    { title: labels.stepColumns[0] ?? '', width: 0.6, align: 'center' },
    { title: labels.raciStep, width: Math.max(2.4, roleIds.length * 0.35) },
    ...roleIds.map((id) => ({
      title: ctx.roles.get(id)?.title ?? '',
      width: 1,
      align: 'center' as const,
    })),
  ];
  const rows = steps.map((step) => [
    step.number,
    step.node.label,
    ...roleIds.map((id) =>
      step.letters
        .filter((l) => l.roleId === id)
        .map((l) => l.letter)
        .join('/'),
    ),
  ]);
  return [heading, gridTable({ columns, rows }, lang), note(labels.raciLegend, lang)];
}
