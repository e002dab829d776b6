import type { Translate } from '../../../../../shared/i18n/errorText';
import { formatNumber } from '../../../../../shared/inspection/charts/chartSpec';

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
