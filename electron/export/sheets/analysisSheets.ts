import { dismissalOf } from '../../../shared/analysis/findings';
import { effectiveHours } from '../../../shared/analysis/staffing';
import type { AnalysisLibrary, ProcessAnalysis } from '../../../shared/analysis/types';
import { staffingBasisOf } from '../../../shared/alignment/workload';
import type { ProcessGraph } from '../../../shared/process';
import { summaryRows } from './analysisSummary';
import { findingMessage, type SheetText } from './sheetText';
import type { SheetRow, SheetTable } from './sheetModel';

/** The process whose analysis is written, as saved, with what the analysis found. */
export type ProcessAnalysisData = {
  name: string;
  code: string;
  graph: ProcessGraph;
  analysis: ProcessAnalysis;
  library: AnalysisLibrary;
  /** Role id → hours a year of its steps in this process (shared/analysis/staffing.ts). */
  roleHours: Map<number, number>;
};

/**
 * The analysis dock's tables of one process: the summary figures, the step table, the ESIA
 * and modelling findings, and the hours each role spends in the process (its column of the
 * staffing table's process × role matrix).
 */
export function analysisSheets(data: ProcessAnalysisData, text: SheetText): SheetTable[] {
  const title = text.t('sheets.analysis.title', {
    name: data.code ? `${data.code} ${data.name}` : data.name,
  });
  const basis = text.t(`analysis.view.basis.${data.analysis.figures.basis}`, {
    minutes: data.analysis.figures.dayMinutes,
  });
  const notes = [text.exportedLine, basis];
  const a = (key: string) => text.t(`sheets.analysis.${key}`);
  return [
    {
      name: a('summarySheet'),
      title,
      notes,
      columns: [
        { heading: a('figure'), format: 'text' },
        { heading: a('value'), format: 'decimal' },
        { heading: a('unit'), format: 'text' },
        { heading: a('days'), format: 'decimal' },
      ],
      rows: summaryRows(data.analysis.figures, text),
    },
    stepSheet(data, title, notes, text),
    findingSheet(data, title, notes, text),
    hoursSheet(data, title, notes, text),
  ];
}

function stepSheet(data: ProcessAnalysisData, title: string, notes: string[], text: SheetText) {
  const s = (key: string) => text.t(`sheets.analysis.steps.${key}`);
  const { figures } = data.analysis;
  const actors = new Map(figures.actors.map((actor) => [actor.key, actor.name]));
  const rows: SheetRow[] = figures.steps.map((step) => ({
    cells: [
      step.stepNumber,
      step.label,
      step.actorKey === null ? '' : (actors.get(step.actorKey) ?? ''),
      step.valueClass ?? '',
      step.visits,
      step.workMinutes,
      step.waitMinutes,
      step.elapsedMinutes,
      step.costPerExecution,
      step.costPerCase,
      step.annualHours,
      step.onCriticalPath ? s('yes') : '',
    ],
  }));
  return {
    name: text.t('sheets.analysis.stepsSheet'),
    title,
    notes,
    columns: [
      { heading: s('number'), format: 'plain' },
      { heading: s('step'), format: 'text' },
      { heading: s('performer'), format: 'text' },
      { heading: s('valueClass'), format: 'text' },
      { heading: s('visits'), format: 'twoDecimals' },
      { heading: s('work'), format: 'decimal' },
      { heading: s('wait'), format: 'decimal' },
      { heading: s('elapsed'), format: 'decimal' },
      { heading: s('costPerExecution'), format: 'money' },
      { heading: s('costPerCase'), format: 'money' },
      { heading: s('annualHours'), format: 'hours' },
      { heading: s('critical'), format: 'text' },
    ],
    rows,
    frozenColumns: 2,
  } satisfies SheetTable;
}

function findingSheet(data: ProcessAnalysisData, title: string, notes: string[], text: SheetText) {
  const f = (key: string) => text.t(`sheets.analysis.findings.${key}`);
  const labels = new Map(data.graph.nodes.map((node) => [node.id, node.label || node.id]));
  const rows: SheetRow[] = data.analysis.findings.map((found) => {
    const ruleKey = `analysis.rules.${found.rule}`;
    return {
      cells: [
        found.rule,
        text.t(`analysis.view.severity.${found.severity}`),
        text.t(`${ruleKey}.title`, { defaultValue: '' }),
        findingMessage(text, ruleKey, found.variant, found.params) || found.rule,
        text.t(`${ruleKey}.fix`, { defaultValue: '' }),
        found.elementIds.flatMap((id) => labels.get(id) ?? []).join('; '),
        dismissalOf(data.graph, found)?.reason ?? '',
      ],
    };
  });
  return {
    name: text.t('sheets.analysis.findingsSheet'),
    title,
    notes,
    columns: [
      { heading: f('rule'), format: 'text' },
      { heading: f('severity'), format: 'text' },
      { heading: f('title'), format: 'text' },
      { heading: f('message'), format: 'text', wrap: true },
      { heading: f('fix'), format: 'text', wrap: true },
      { heading: f('steps'), format: 'text', wrap: true },
      { heading: f('dismissed'), format: 'text' },
    ],
    rows,
    frozenColumns: 1,
  } satisfies SheetTable;
}

function hoursSheet(data: ProcessAnalysisData, title: string, notes: string[], text: SheetText) {
  const h = (key: string) => text.t(`sheets.analysis.hours.${key}`);
  const perPerson = effectiveHours(staffingBasisOf(data.library.settings.staffing));
  const departments = new Map(data.library.departments.map((d) => [d.id, d.name]));
  const total = [...data.roleHours.values()].reduce((sum, hours) => sum + hours, 0);
  const rows: SheetRow[] = data.library.roles
    .filter((role) => (data.roleHours.get(role.id) ?? 0) > 0)
    .map((role) => {
      const hours = data.roleHours.get(role.id) ?? 0;
      return {
        cells: [
          role.title,
          role.departmentId === null ? '' : (departments.get(role.departmentId) ?? ''),
          hours,
          hours / perPerson,
          total > 0 ? hours / total : null,
        ],
      };
    })
    .sort((a, b) => Number(b.cells[2]) - Number(a.cells[2]));
  const noVolume = (data.graph.analysis?.annualVolume ?? null) === null;
  return {
    name: text.t('sheets.analysis.hoursSheet'),
    title,
    notes: noVolume ? [...notes, h('noVolume')] : notes,
    columns: [
      { heading: h('role'), format: 'text' },
      { heading: h('department'), format: 'text' },
      { heading: h('hours'), format: 'hours' },
      { heading: h('fte'), format: 'twoDecimals' },
      { heading: h('share'), format: 'percent' },
    ],
    rows,
    frozenColumns: 1,
  } satisfies SheetTable;
}
