import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../shared/inspection/charts/periodNames';
import { periodsUntil, periodState, type PeriodState } from '../../../shared/inspection/schedule';
import type { Inspection, InspectionPlan, Period } from '../../../shared/inspection/types';

/*
 * The plan's periods up to today, newest first, with the state of each one's inspection
 * (shared/inspection/schedule.ts, judged on the library's today): a period due or overdue
 * offers to record its inspection there and then.
 */

type Props = {
  plan: InspectionPlan;
  inspections: readonly Inspection[];
  today: string;
  onRecord: (period: Period) => void;
};

const S = 'inspectionView.schedule';
const COLORS: Record<PeriodState, string> = {
  running: 'blue',
  due: 'gold',
  overdue: 'red',
  recorded: 'green',
};

export function ScheduleTable({ plan, inspections, today, onRecord }: Props) {
  const { t } = useTranslation();
  const recorded = new Set(inspections.map((i) => i.period.start));
  const rows = periodsUntil(plan, today)
    .map((period) => ({
      period,
      state: periodState(period, today, plan.graceDays, recorded.has(period.start)),
    }))
    .reverse();
  return (
    <Table
      size="small"
      rowKey={(row) => row.period.start}
      pagination={rows.length > 8 ? { pageSize: 8, size: 'small' } : false}
      data-testid="schedule-table"
      dataSource={rows}
      locale={{ emptyText: t(`${S}.none`) }}
      columns={[
        { title: t(`${S}.period`), key: 'period', render: (_, row) => periodName(row.period, t) },
        {
          title: t(`${S}.state`),
          key: 'state',
          render: (_, row) => (
            <Tag color={COLORS[row.state]}>{t(`inspection.periodStates.${row.state}`)}</Tag>
          ),
        },
        {
          title: t('inspectionView.table.actions'),
          key: 'record',
          render: (_, row) =>
            row.state === 'due' || row.state === 'overdue' ? (
              <Button
                // The label repeats the visible word unspaced (axe: label in name).
                autoInsertSpace={false}
                size="small"
                aria-label={t(`${S}.recordPeriod`, { period: periodName(row.period, t) })}
                onClick={() => onRecord(row.period)}
              >
                {t(`${S}.record`)}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
