import type { FlowPiece, FlowTable } from '../pageFlow';
import { emptyParagraph, sectionHeading, subHeading } from '../blocks';
import { fieldTable, gridTable, type Column } from '../gridTables';
import type { ComparisonRow } from '../../../shared/analysis/compare';
import type { AnalysisFinding, FindingParam } from '../../../shared/analysis/types';
import { analysisMessages } from '../../../shared/i18n/analysis';
import type { ExportLanguage } from '../labels';
import type { ProcessDocContext } from './context';
import { count, duration, money, percent } from './figuresText';
import { PROCESS_LABELS } from './processLabels';

/*
 * 附录 A: 流程分析 — the summary box of the process figures, the ESIA findings (with their
 * rule ids, the user's dismissed ones left out) and, when the process has a variant, the
 * as-is / to-be table. The texts are the analysis view's own (shared/i18n/analysis).
 */

type Block = FlowPiece;

const LOCALE = { zh: 'zh-CN', en: 'en' } as const;

function param(value: FindingParam, dayMinutes: number, lang: ExportLanguage): string {
  switch (value.type) {
    case 'text':
      return value.value;
    case 'count':
      return count(value.value, lang);
    case 'minutes':
      return duration(value.value, dayMinutes, lang);
    case 'share':
      return percent(value.value, lang);
    case 'money':
      return money(value.value, lang);
  }
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => params[name] ?? '');
}

function findingRow(finding: AnalysisFinding, ctx: ProcessDocContext): string[] {
  const texts = analysisMessages[LOCALE[ctx.lang]].rules[finding.rule];
  const params = Object.fromEntries(
    Object.entries(finding.params).map(([k, v]) => [k, param(v, ctx.dayMinutes, ctx.lang)]),
  );
  const message = (finding.variant && texts?.[finding.variant]) || texts?.message || '';
  return [`${finding.rule} ${texts?.title ?? ''}`.trim(), fill(message, params), texts?.fix ?? ''];
}

function summaryBox(ctx: ProcessDocContext): FlowTable {
  const { lang, dayMinutes } = ctx;
  const s = PROCESS_LABELS[lang].summary;
  const f = ctx.analysis.figures;
  const pair = (a: string, b: string) => `${a} / ${b}`;
  return fieldTable(
    [
      {
        label: s.leadTime,
        value: pair(
          duration(f.leadTime?.critical, dayMinutes, lang),
          duration(f.leadTime?.expected, dayMinutes, lang),
        ),
      },
      { label: s.touch, value: duration(f.touchMinutes, dayMinutes, lang) },
      { label: s.wait, value: duration(f.waitMinutes, dayMinutes, lang) },
      { label: s.pce, value: pair(percent(f.pce.critical, lang), percent(f.pce.expected, lang)) },
      {
        label: s.handOffs,
        value: pair(count(f.handOffs.roles, lang), count(f.handOffs.departments, lang)),
      },
      {
        label: s.actors,
        value: pair(count(f.actors.length, lang), count(f.departmentIds.length, lang)),
      },
      { label: s.approvals, value: pair(count(f.approvals, lang), count(f.inspections, lang)) },
      { label: s.cost, value: pair(money(f.cost.perCase, lang), money(f.cost.perYear, lang)) },
      { label: s.volume, value: count(f.annualVolume, lang) },
      { label: s.coverage, value: s.coverageValue(f.coverage.withTimes, f.coverage.activities) },
    ],
    lang,
    2,
    0.2,
  );
}

function comparisonValue(row: ComparisonRow, value: number | null, ctx: ProcessDocContext) {
  if (row.unit === 'minutes') return duration(value, ctx.dayMinutes, ctx.lang);
  if (row.unit === 'share') return percent(value, ctx.lang);
  if (row.unit === 'money') return money(value, ctx.lang);
  return count(value, ctx.lang);
}

function comparisonTable(ctx: ProcessDocContext): Block[] {
  const { lang, comparison } = ctx;
  if (!comparison) return [];
  const labels = PROCESS_LABELS[lang];
  const metrics = analysisMessages[LOCALE[lang]].view.compare.metrics;
  const rows = comparison.rows.map((row) => {
    const change =
      row.deltaPercent !== null
        ? `${row.deltaPercent > 0 ? '+' : ''}${Math.round(row.deltaPercent)}%`
        : row.unit === 'share' && row.delta !== null
          ? `${row.delta > 0 ? '+' : ''}${Math.round(row.delta * 1000) / 10} pp`
          : '';
    return [
      metrics[row.metric],
      comparisonValue(row, row.as, ctx),
      comparisonValue(row, row.to, ctx),
      change,
    ];
  });
  const columns: Column[] = labels.comparisonColumns.map((title, i) => ({
    title,
    width: i === 0 ? 2.4 : 1.4,
    align: i === 0 ? 'left' : 'right',
  }));
  return [
    subHeading(labels.comparisonTitle(comparison.asIsName, comparison.toBeName), lang),
    gridTable({ columns, rows }, lang),
  ];
}

export function analysisAppendix(ctx: ProcessDocContext): Block[] {
  const { lang, process } = ctx;
  const labels = PROCESS_LABELS[lang];
  const dismissed = new Set((process.graph.analysis?.dismissed ?? []).map((d) => d.key));
  const findings = ctx.analysis.findings.filter(
    (f) => !dismissed.has(f.key) && ['E', 'S', 'I', 'A'].includes(f.rule.charAt(0)),
  );
  const [rule, finding, fix] = labels.findingColumns;
  return [
    sectionHeading(labels.sections.analysis, lang),
    subHeading(labels.summary.title, lang),
    summaryBox(ctx),
    subHeading(labels.findingsTitle, lang),
    ...(findings.length === 0
      ? [emptyParagraph(lang)]
      : [
          gridTable(
            {
              columns: [
                { title: rule ?? '', width: 1.4 },
                { title: finding ?? '', width: 4 },
                { title: fix ?? '', width: 3 },
              ],
              rows: findings.map((f) => findingRow(f, ctx)),
            },
            lang,
          ),
        ]),
    ...comparisonTable(ctx),
  ];
}
