import { Paragraph } from 'docx';
import type { FlowParagraph, FlowPiece } from '../pageFlow';
import { emptyParagraph, run, sectionHeading, subHeading, textParagraphs } from '../blocks';
import { STYLE } from '../docxStyles';
import { isoDate } from '../labels';
import { fieldTable } from '../gridTables';
import type { ProcessDocContext } from './context';
import { timeLimit } from './figuresText';
import { versionText } from './headerSections';
import { PROCESS_LABELS } from './processLabels';
import type { DocStep } from './processSteps';

/*
 * 附录 B: 作业指导书 — one for each step with a work instruction (ActivityDetails.instruction),
 * with the sections §e lists: a cover table (number, process, step, revision, date), purpose and
 * scope, responsibilities (the step's RACI), the work content in the order written, tools and
 * materials (the step's forms and systems), cautions and records (its outputs).
 */

type Block = FlowPiece;

/** A one-line label kept with its content; measured as a generous single line (the planner errs long). */
const LABEL_HEIGHT = 420;

function label(text: string, ctx: ProcessDocContext): FlowParagraph {
  return {
    kind: 'paragraph',
    height: LABEL_HEIGHT,
    keepWithNext: true,
    build: (pageBreakBefore) =>
      new Paragraph({ pageBreakBefore, style: STYLE.label, children: [run(text, ctx.lang)] }),
  };
}

function instruction(step: DocStep, ctx: ProcessDocContext): Block[] {
  const { lang, process } = ctx;
  const labels = PROCESS_LABELS[lang];
  const w = labels.instruction;
  const activity = step.node.activity;
  const limit = timeLimit(
    activity?.timeLimitDays,
    activity?.timeLimitMinutes,
    ctx.dayMinutes,
    lang,
  );
  const duties = step.letters.map((l) => {
    const title = ctx.roles.get(l.roleId)?.title ?? '';
    return l.letter === 'R' ? `${title}：${w.responsible}` : `${title}：${l.letter}`;
  });
  if (duties.length === 0 && step.responsible !== '')
    duties.push(`${step.responsible}：${w.responsible}`);
  const content = [
    activity?.instruction ?? '',
    limit === '' ? '' : `${labels.stepColumns[7]}：${limit}`,
  ]
    .filter((t) => t.trim() !== '')
    .join('\n');
  return [
    subHeading(`${step.number} ${labels.instructionDoc(step.node.label)}`, lang),
    fieldTable(
      [
        { label: w.number, value: step.instructionNumber ?? '' },
        { label: w.process, value: `${process.code} ${process.name}`.trim() },
        { label: w.step, value: `${step.number} ${step.node.label}` },
        { label: w.revision, value: versionText(ctx) },
        { label: w.date, value: isoDate(ctx.exportedAt) },
      ],
      lang,
      2,
    ),
    label(w.purpose, ctx),
    ...textParagraphs(w.purposeText(step.node.label, process.name), lang),
    label(w.duties, ctx),
    ...textParagraphs(duties.join('\n'), lang),
    label(w.content, ctx),
    ...textParagraphs(content, lang),
    label(w.tools, ctx),
    ...textParagraphs(activity?.formsAndSystems ?? '', lang),
    label(w.cautions, ctx),
    emptyParagraph(lang),
    label(w.records, ctx),
    ...textParagraphs(activity?.outputs ?? '', lang),
  ];
}

export function instructionAppendix(ctx: ProcessDocContext, steps: DocStep[]): Block[] {
  const { lang } = ctx;
  const withInstruction = steps.filter((step) => step.instructionNumber !== null);
  return [
    sectionHeading(PROCESS_LABELS[lang].sections.instructions, lang),
    ...(withInstruction.length === 0
      ? [emptyParagraph(lang)]
      : withInstruction.flatMap((step) => instruction(step, ctx))),
  ];
}
