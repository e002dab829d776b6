import { formatNumber } from '../../../shared/inspection/charts/chartSpec';
import { periodName } from '../../../shared/inspection/charts/periodNames';
import type { InspectionReportModel, ReportKpi } from '../../../shared/inspection/reportModel';
import type { Translate } from '../../../shared/i18n/errorText';
import { note, subHeading, textParagraphs } from '../blocks';
import { gridTable } from '../gridTables';
import { EMPTY, type ExportLanguage } from '../labels';
import type { FlowPiece } from '../pageFlow';
import { chartPicture } from './chartPicture';
import type { ReportCharts } from './reportCharts';
import { marginText, R, statusText, withUnit } from './reportText';

/*
 * The body of the inspection report, section by section, as pieces of the page plan: the
 * KPIs against target (latest period, with the model's figure beside it), each KPI's chart
 * and periods, SERVQUAL, complaints by category, findings, actions, and before/after.
 */

export type SectionContext = {
  model: InspectionReportModel;
  lang: ExportLanguage;
  t: Translate;
  charts: ReportCharts;
};

const dash = (text: string) => (text.trim() === '' ? EMPTY : text);

export function resultsTable({ model, lang, t }: SectionContext): FlowPiece[] {
  const rows = model.kpis.map((kpi) => {
    const last = kpi.points[kpi.points.length - 1];
    return [
      kpi.name,
      last ? `${withUnit(last.value, kpi)}\n${periodName(last.period, t)}` : EMPTY,
      kpi.targetText,
      last ? statusText(last.status, t) : EMPTY,
      last ? marginText(last.status, kpi, t) : EMPTY,
      kpi.modelled === null ? EMPTY : withUnit(kpi.modelled, kpi),
    ];
  });
  return [
    gridTable(
      {
        columns: [
          { title: t(`${R}.kpi`), width: 2.6 },
          { title: t(`${R}.value`), width: 1.9, align: 'center' },
          { title: t(`${R}.targetColumn`), width: 1.3, align: 'center' },
          { title: t(`${R}.status`), width: 1.1, align: 'center' },
          { title: t(`${R}.margin`), width: 2, align: 'center' },
          { title: t(`${R}.modelled`), width: 1.2, align: 'center' },
        ],
        rows,
        keepTogether: true,
      },
      lang,
    ),
  ];
}

function kpiPeriods(kpi: ReportKpi, { lang, t }: SectionContext): FlowPiece {
  return gridTable(
    {
      columns: [
        { title: t('inspectionReport.charts.period'), width: 2 },
        { title: t(`${R}.value`), width: 1.5, align: 'center' },
        { title: t(`${R}.status`), width: 1.2, align: 'center' },
        { title: t(`${R}.margin`), width: 2.4, align: 'center' },
        { title: t(`${R}.sample`), width: 1.2, align: 'center' },
      ],
      rows: kpi.points.map((point) => [
        periodName(point.period, t),
        withUnit(point.value, kpi),
        statusText(point.status, t),
        marginText(point.status, kpi, t),
        point.sampleSize === null ? EMPTY : String(point.sampleSize),
      ]),
    },
    lang,
  );
}

export function kpiSections(ctx: SectionContext): FlowPiece[] {
  const { model, lang, t, charts } = ctx;
  return model.kpis.flatMap((kpi, index) => {
    const target = lang === 'zh' ? `（${kpi.targetText}）` : ` (${kpi.targetText})`;
    const heading = subHeading(`${index + 1}. ${kpi.name}${target}`, lang);
    const chart = charts.kpis.get(kpi.key);
    if (!chart) return [heading, ...textParagraphs(t(`${R}.none`), lang)];
    return [heading, chartPicture(chart.spec, chart.png, kpi.name), kpiPeriods(kpi, ctx)];
  });
}

export function servqualSection(ctx: SectionContext): FlowPiece[] {
  const { model, lang, t, charts } = ctx;
  if (model.survey === null) return textParagraphs(t(`${R}.none`), lang);
  const { survey, result } = model.survey;
  const chart = charts.servqual?.spec ?? null;
  const lead = note(
    `${t(`${R}.respondents`, {
      count: survey.respondents,
      customers: t(`inspection.customers.${survey.customers}`),
      min: survey.scale.min,
      max: survey.scale.max,
    })} ${t(`${R}.weightedGap`, {
      gap: result.weightedGap === null ? EMPTY : formatNumber(result.weightedGap),
      unweighted: formatNumber(result.unweightedGap),
    })}`,
    lang,
    true,
  );
  const table = chart
    ? gridTable(
        {
          columns: chart.table.columns.map((title, i) => ({
            title,
            width: i === 0 ? 2 : 1.3,
            align: i === 0 ? undefined : 'center',
          })),
          rows: chart.table.rows,
          keepTogether: true,
        },
        lang,
      )
    : null;
  return [
    lead,
    ...(charts.servqual
      ? [chartPicture(charts.servqual.spec, charts.servqual.png, 'SERVQUAL')]
      : []),
    ...(table ? [table] : []),
  ];
}

export function complaintsSection({ model, lang, t }: SectionContext): FlowPiece[] {
  const total = model.complaints.reduce((sum, c) => sum + c.count, 0);
  const open = model.complaints.reduce((sum, c) => sum + c.open, 0);
  return [
    gridTable(
      {
        columns: [
          { title: t(`${R}.category`), width: 3 },
          { title: t(`${R}.count`), width: 1.2, align: 'center' },
          { title: t(`${R}.open`), width: 1.5, align: 'center' },
        ],
        rows: model.complaints.map((c) => [
          t(`inspection.complaintCategories.${c.category}`),
          String(c.count),
          String(c.open),
        ]),
        total: { cells: [t(`${R}.total`), String(total), String(open)], span: 1 },
        keepTogether: true,
      },
      lang,
    ),
  ];
}

export function findingsSection({ model, lang, t }: SectionContext): FlowPiece[] {
  if (model.findings.length === 0) return textParagraphs(t(`${R}.noFindings`), lang);
  const kpiOf = new Map(model.kpis.map((k) => [k.key, k]));
  return model.findings.flatMap((f) => {
    const kpi = kpiOf.get(f.kpiKey);
    if (!kpi) return [];
    const line = t(`${R}.finding`, {
      kpi: f.kpiName,
      value: withUnit(f.value, kpi),
      period: periodName(f.period, t),
      target: f.targetText,
      margin: marginText(f.status, kpi, t),
    });
    return textParagraphs(`• ${line}`, lang);
  });
}

export function actionsSection({ model, lang, t }: SectionContext): FlowPiece[] {
  if (model.actions.length === 0) return textParagraphs(t(`${R}.none`), lang);
  const rows = model.actions.map((a) => {
    const answered = a.answeredBy
      ? `\n${t(`${R}.answeredBy`, { version: a.answeredBy.version, date: a.answeredBy.approvedAt.slice(0, 10) })}`
      : '';
    return [
      `${a.what}${answered}`,
      dash(a.why),
      dash(a.ownerTitle),
      a.dueDate ?? EMPTY,
      `${t(`inspection.pdcaStages.${a.stage}`)}\n${t(`inspection.actionStatuses.${a.status}`)}`,
    ];
  });
  return [
    gridTable(
      {
        columns: [
          { title: t(`${R}.what`), width: 3.2 },
          { title: t(`${R}.why`), width: 2.8 },
          { title: t(`${R}.who`), width: 1.4, align: 'center' },
          { title: t(`${R}.due`), width: 1.3, align: 'center' },
          { title: t(`${R}.stageStatus`), width: 1.2, align: 'center' },
        ],
        rows,
      },
      lang,
    ),
  ];
}

export function beforeAfterSection({ model, lang, t }: SectionContext): FlowPiece[] {
  const rows = model.kpis.flatMap((kpi) =>
    kpi.beforeAfter.map(({ revision, result }) => [
      kpi.name,
      revision.date,
      result.before ? withUnit(result.before.mean, kpi) : EMPTY,
      result.after ? withUnit(result.after.mean, kpi) : EMPTY,
      result.change === null
        ? EMPTY
        : `${withUnit(result.change, kpi)}${result.changePercent === null ? '' : ` (${formatNumber(result.changePercent)}%)`}`,
      result.judgement === null ? EMPTY : t(`${R}.judgement.${result.judgement}`),
    ]),
  );
  if (rows.length === 0) return textParagraphs(t(`${R}.none`), lang);
  return [
    gridTable(
      {
        columns: [
          { title: t(`${R}.kpi`), width: 2.6 },
          { title: t(`${R}.revision`), width: 1.4, align: 'center' },
          { title: t(`${R}.before`), width: 1.4, align: 'center' },
          { title: t(`${R}.after`), width: 1.4, align: 'center' },
          { title: t(`${R}.change`), width: 1.8, align: 'center' },
          { title: t(`${R}.status`), width: 1, align: 'center' },
        ],
        rows,
        keepTogether: true,
      },
      lang,
    ),
  ];
}
