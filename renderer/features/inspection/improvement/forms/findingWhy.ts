import type { Translate } from '../../../../../shared/i18n/errorText';
import { formatNumber } from '../../../../../shared/inspection/charts/chartSpec';
import { periodName } from '../../../../../shared/inspection/charts/periodNames';
import { servqualGaps } from '../../../../../shared/inspection/servqual';
import type { Survey } from '../../../../../shared/inspection/types';

/**
 * The "why" of an action raised from a missed KPI, in the interface language:
 * "平均办理周期（时限）目标 ≤ 5 天，实测 7.2 天".
 */
export function findingWhy(
  t: Translate,
  finding: { kpiName: string; kind: string; target: string; value: number; unit: string },
): string {
  return t('improvementView.actions.kpiFinding', {
    kpi: finding.kpiName,
    kind: t(`inspection.kpiKinds.${finding.kind}`),
    target: finding.target,
    value: `${formatNumber(finding.value)}${finding.unit === '' ? '' : ` ${finding.unit}`}`,
  });
}

/**
 * The "why" of an action raised from a survey: its largest shortfall, "2024年第3季度满意度
 * 调查：响应性差距 −3.2（期望 6.3，感知 3.1）"; empty when no dimension falls short.
 */
export function surveyWhy(t: Translate, survey: Survey): string {
  const reading = servqualGaps(survey.dimensions, survey.scale);
  if (!reading.ok) return '';
  const worst = reading.result.gaps.find((g) => g.dimension === reading.result.worst);
  if (!worst) return '';
  return t('improvementView.surveys.finding', {
    period: periodName(survey.period, t),
    dimension: t(`inspection.dimensions.${worst.dimension}`),
    gap: formatNumber(worst.gap),
    expectation: formatNumber(worst.expectation),
    perception: formatNumber(worst.perception),
  });
}
