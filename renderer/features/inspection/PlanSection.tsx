import { Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  Complaint,
  Inspection,
  InspectionPlan,
  Period,
} from '../../../shared/inspection/types';
import { InspectionTable } from './InspectionTable';
import { KpiCharts } from './KpiCharts';
import { ScheduleTable } from './ScheduleTable';
import type { KpiSeries } from './useProcessInspection';

/*
 * One inspection plan on the process's page: what it measures and how often, its buttons
 * (record, import, report, edit, delete), the schedule, the inspection records and the charts.
 */

export type PlanCommand =
  | { kind: 'edit' }
  | { kind: 'delete' }
  | { kind: 'record'; period: Period | null }
  | { kind: 'editInspection'; inspection: Inspection }
  | { kind: 'import' }
  | { kind: 'report' };

type Props = {
  plan: InspectionPlan;
  inspections: readonly Inspection[];
  series: KpiSeries | undefined;
  roles: ReadonlyMap<number, string>;
  modelled: ReadonlyMap<string, number>;
  complaints: readonly Complaint[];
  today: string;
  onCommand: (command: PlanCommand) => void;
};

const P = 'inspectionView.plan';

export function PlanSection({
  plan,
  inspections,
  series,
  roles,
  modelled,
  complaints,
  today,
  onCommand,
}: Props) {
  const { t } = useTranslation();
  const frequency = t(`inspection.frequencies.${plan.frequency}`, { count: plan.everyMonths ?? 0 });
  const heading = t(`${P}.heading`, {
    kind: t(`inspection.inspectionKinds.${plan.kind}`),
    frequency,
    start: plan.startDate,
  });
  const inspector =
    plan.inspectorRoleId === null
      ? t(`${P}.noInspector`)
      : t(`${P}.inspector`, { role: roles.get(plan.inspectorRoleId) ?? '' });
  return (
    <Card
      data-testid="inspection-plan"
      style={{ marginBottom: 16 }}
      title={<h2 style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>{heading}</h2>}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => onCommand({ kind: 'record', period: null })}>
          {t('inspectionView.inspection.add')}
        </Button>
        <Button onClick={() => onCommand({ kind: 'import' })}>
          {t('inspectionView.import.button')}
        </Button>
        <Button onClick={() => onCommand({ kind: 'report' })}>
          {t('inspectionView.report.button')}
        </Button>
        <Button onClick={() => onCommand({ kind: 'edit' })}>{t(`${P}.edit`)}</Button>
        <Popconfirm
          title={t(`${P}.deleteConfirm`, { count: inspections.length })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          onConfirm={() => onCommand({ kind: 'delete' })}
        >
          <Button danger>{t(`${P}.delete`)}</Button>
        </Popconfirm>
      </Space>
      <Typography.Paragraph type="secondary">
        {t(`${P}.summary`, {
          inspector,
          kpis: plan.kpis
            .map((k) => `${k.name} ${k.target}`)
            .join(t('inspectionView.dashboard.separator')),
        })}
      </Typography.Paragraph>
      <h3 style={{ fontSize: 15 }}>{t('inspectionView.table.title')}</h3>
      <InspectionTable
        plan={plan}
        inspections={inspections}
        roles={roles}
        modelled={modelled}
        complaints={complaints}
        onEdit={(inspection) => onCommand({ kind: 'editInspection', inspection })}
      />
      <h3 style={{ fontSize: 15, marginTop: 20 }}>{t('inspectionView.charts.title')}</h3>
      {series && <KpiCharts series={series} />}
      <h3 style={{ fontSize: 15, marginTop: 20 }}>{t('inspectionView.schedule.title')}</h3>
      <ScheduleTable
        plan={plan}
        inspections={inspections}
        today={today}
        onRecord={(period) => onCommand({ kind: 'record', period })}
      />
    </Card>
  );
}
