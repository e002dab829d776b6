import type { FlowPiece } from '../pageFlow';
import { emptyParagraph } from '../blocks';
import { gridTable, type Column } from '../gridTables';
import type { ProcessDocContext } from './context';
import { duration, timeLimit } from './figuresText';
import { numberedHeading } from './headerSections';
import { PROCESS_LABELS } from './processLabels';
import type { DocStep } from './processSteps';

/*
 * Sections 9–12: the control points (the map's approval and inspection steps, with the risk the
 * analysis sees at them), the KPIs with their targets and what the analysis measures today,
 * the related documents (work instructions, sub-processes) and the records and forms.
 */

type Block = FlowPiece;

function columnsOf(titles: readonly string[], widths: number[]): Column[] {
  return titles.map((title, i) => ({
    title,
    width: widths[i] ?? 1,
    align: i === 0 ? 'center' : 'left',
  }));
}

export function controlsSection(ctx: ProcessDocContext, steps: DocStep[]): Block[] {
  const { lang } = ctx;
  const labels = PROCESS_LABELS[lang];
  const heading = numberedHeading(8, labels.sections.controls, lang);
  const findingsAt = (nodeId: string) =>
    ctx.analysis.findings.filter(
      (f) => f.elementIds.includes(nodeId) && f.severity !== 'hint' && f.rule.startsWith('E'),
    );
  const rows = steps.flatMap((step) => {
    const activity = step.node.activity;
    if (!activity || (!activity.isApproval && !activity.isInspection)) return [];
    const kinds = [
      activity.isApproval ? labels.controlKinds.approval : null,
      activity.isInspection ? labels.controlKinds.inspection : null,
    ].filter((kind): kind is string => kind !== null);
    const risks = findingsAt(step.node.id).map((f) => f.rule);
    return [[step.number, step.node.label, kinds.join('、'), step.responsible, risks.join(', ')]];
  });
  if (rows.length === 0) return [heading, emptyParagraph(lang)];
  return [
    heading,
    gridTable({ columns: columnsOf(labels.controlColumns, [0.6, 2.4, 1, 1.8, 1.6]), rows }, lang),
  ];
}

export function kpiSection(ctx: ProcessDocContext): Block[] {
  const { lang, process, analysis, dayMinutes } = ctx;
  const labels = PROCESS_LABELS[lang];
  const heading = numberedHeading(9, labels.sections.kpis, lang);
  const figures = analysis.figures;
  const limit = process.graph.analysis;
  const measured = {
    cost: figures.cost.perCase === null ? '' : `${Math.round(figures.cost.perCase)}`,
    timeLimit: duration(figures.leadTime?.expected, dayMinutes, lang),
    accuracy: figures.activityCount > 0 ? `${Math.round(figures.rolledYield * 1000) / 10}%` : '',
    satisfaction: '',
  };
  const owner =
    process.ownerRoleId === null ? '' : (ctx.roles.get(process.ownerRoleId)?.title ?? '');
  const processLimit = timeLimit(limit?.timeLimitDays, limit?.timeLimitMinutes, dayMinutes, lang);
  const rows = (['cost', 'timeLimit', 'accuracy', 'satisfaction'] as const)
    .map((key) => {
      const target =
        key === 'timeLimit' && process.kpis.timeLimit.trim() === ''
          ? processLimit
          : process.kpis[key];
      return { key, target };
    })
    .filter(({ target }) => target.trim() !== '')
    .map(({ key, target }) => [labels.kpiNames[key], target, measured[key], owner]);
  if (rows.length === 0) return [heading, emptyParagraph(lang)];
  return [
    heading,
    gridTable({ columns: columnsOf(labels.kpiColumns, [1.2, 3.4, 1.6, 1.6]), rows }, lang),
  ];
}

export function documentsSection(ctx: ProcessDocContext, steps: DocStep[]): Block[] {
  const { lang } = ctx;
  const labels = PROCESS_LABELS[lang];
  const heading = numberedHeading(10, labels.sections.documents, lang);
  const rows: string[][] = [];
  for (const step of steps) {
    if (step.instructionNumber !== null) {
      rows.push([labels.instructionDoc(step.node.label), step.instructionNumber, step.number]);
    }
    const linked = step.node.linkedProcessId;
    const name =
      linked === null || linked === undefined ? undefined : ctx.linkedProcesses.get(linked);
    if (name !== undefined) rows.push([labels.subProcessDoc(name), '', step.number]);
  }
  if (rows.length === 0) return [heading, emptyParagraph(lang)];
  const numbered = rows.map((row, i) => [String(i + 1), ...row]);
  return [
    heading,
    gridTable({ columns: columnsOf(labels.documentColumns, [0.6, 4, 2, 1]), rows: numbered }, lang),
  ];
}

/** 记录与表单: the map's document shapes and the forms and systems the steps name. */
export function recordsSection(ctx: ProcessDocContext, steps: DocStep[]): Block[] {
  const { lang, process } = ctx;
  const labels = PROCESS_LABELS[lang];
  const heading = numberedHeading(11, labels.sections.records, lang);
  const rows: string[][] = [];
  const seen = new Set<string>();
  const add = (name: string, step: DocStep | undefined) => {
    const key = name.trim();
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    rows.push([key, step ? `${step.number} ${step.node.label}` : '', step?.responsible ?? '']);
  };
  const stepOf = (nodeId: string) => steps.find((s) => s.node.id === nodeId);
  for (const node of process.graph.nodes.filter((n) => n.kind === 'document')) {
    const from = process.graph.edges.find((e) => e.target === node.id)?.source;
    add(node.label, from === undefined ? undefined : stepOf(from));
  }
  for (const step of steps) {
    const forms = step.node.activity?.formsAndSystems ?? '';
    for (const form of forms.split(/[\n、,，;；]/)) add(form, step);
  }
  if (rows.length === 0) return [heading, emptyParagraph(lang)];
  const numbered = rows.map((row, i) => [String(i + 1), ...row]);
  return [
    heading,
    gridTable({ columns: columnsOf(labels.recordColumns, [0.6, 3, 3, 1.8]), rows: numbered }, lang),
  ];
}
