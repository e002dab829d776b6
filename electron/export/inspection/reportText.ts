import { formatNumber } from '../../../shared/inspection/charts/chartSpec';
import { periodName } from '../../../shared/inspection/charts/periodNames';
import type { ReportKpi } from '../../../shared/inspection/reportModel';
import type { TargetStatus } from '../../../shared/inspection/target';
import type { Period } from '../../../shared/inspection/types';
import { MESSAGES } from '../../../shared/i18n';
import type { Translate } from '../../../shared/i18n/errorText';
import { translator } from '../../../shared/i18n/translate';
import type { ExportLanguage } from '../labels';

/*
 * The wording of the inspection report: the interface's own messages (shared/i18n/
 * inspectionReport.ts and inspection.ts), read in Node with the plain translator, so a KPI
 * status or a dimension is called the same on the screen, the chart and the page.
 */

export function reportTranslator(lang: ExportLanguage): Translate {
  return translator(MESSAGES[lang === 'zh' ? 'zh-CN' : 'en']);
}

export const R = 'inspectionReport.report';

/** "2024年第1季度 至 2025年第2季度" / "2024 Q1 – 2025 Q2", or the dates. */
export function rangeText(range: Period, t: Translate): string {
  return periodName(range, t);
}

/** A value with the KPI's unit: "15.2 天", "3.8%". */
export function withUnit(value: number, kpi: Pick<ReportKpi, 'target'>): string {
  const unit = kpi.target?.unit ?? '';
  const gap = unit === '' || unit === '%' || unit === '‰' ? '' : ' ';
  return `${formatNumber(value)}${gap}${unit}`;
}

/** "未达标" / "Missed". */
export function statusText(status: TargetStatus | null, t: Translate): string {
  if (status === null) return t(`${R}.unreadable`);
  return t(`inspection.targetStatus.${status.met ? 'met' : 'missed'}`);
}

/** "差 12.3 天（246%）" / "missed by 12.3 days (246%)"; "优于目标 …" when better. */
export function marginText(
  status: TargetStatus | null,
  kpi: Pick<ReportKpi, 'target'>,
  t: Translate,
): string {
  if (status === null) return '—';
  if (status.margin === 0) return t(`${R}.onTarget`);
  const percent =
    status.marginPercent === null ? '' : ` (${formatNumber(Math.abs(status.marginPercent))}%)`;
  const margin = `${withUnit(Math.abs(status.margin), kpi)}${percent}`;
  return t(status.margin > 0 ? `${R}.better` : `${R}.worse`, { margin });
}
