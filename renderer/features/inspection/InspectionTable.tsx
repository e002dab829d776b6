import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../shared/inspection/charts/periodNames';
import { compareDates } from '../../../shared/inspection/calendar';
import type {
  Complaint,
  Inspection,
  InspectionPlan,
  PlanKpi,
} from '../../../shared/inspection/types';
import { findingWhy, RaiseActionButton } from './improvement';
import { judge, targetUnit, withUnit } from './inspectionText';

/*
 * 检查记录 of one plan: a row per period, a column per KPI holding the measured value, met or
 * missed and by how much (words and a tag colour: the colour never speaks alone), the model's
 * figure beside it and the sample; then method and inspector. Newest period first.
 */

type Props = {
  plan: InspectionPlan;
  inspections: readonly Inspection[];
  roles: ReadonlyMap<number, string>;
  modelled: ReadonlyMap<string, number>;
  /** The process's complaints: each row counts those received in its period. */
  complaints: readonly Complaint[];
  onEdit: (inspection: Inspection) => void;
};

/** Complaints received in the period (its end is exclusive, as every period's). */
function complaintsIn(complaints: readonly Complaint[], inspection: Inspection): number {
  const { start, end } = inspection.period;
  return complaints.filter(
    (c) => compareDates(c.receivedOn, start) >= 0 && compareDates(c.receivedOn, end) < 0,
  ).length;
}

const T = 'inspectionView.table';

function KpiCell({
  kpi,
  inspection,
  modelled,
}: {
  kpi: PlanKpi;
  inspection: Inspection;
  modelled: number | undefined;
}) {
  const { t } = useTranslation();
  const measurement = inspection.measurements.find((m) => m.kpiKey === kpi.key);
  const unit = targetUnit(kpi.target);
  if (!measurement)
    return <Typography.Text type="secondary">{t(`${T}.notMeasured`)}</Typography.Text>;
  const judgement = judge(kpi.target, measurement.value, t);
  const color = judgement.status === null ? 'default' : judgement.status.met ? 'green' : 'red';
  return (
    <div data-testid="kpi-cell">
      <Typography.Text strong>{withUnit(measurement.value, unit)}</Typography.Text>{' '}
      <Tag color={color} style={{ marginInlineEnd: 0 }}>
        {judgement.text}
      </Tag>
      <div style={{ fontSize: 12 }}>
        {modelled !== undefined && (
          <Typography.Text type="secondary" title={t(`${T}.modelledTitle`)}>
            {t(`${T}.modelled`, { value: withUnit(modelled, unit) })}
            {measurement.sampleSize !== null ? ' · ' : ''}
          </Typography.Text>
        )}
        {measurement.sampleSize !== null && (
          <Typography.Text type="secondary">
            {t(`${T}.sample`)} {measurement.sampleSize}
          </Typography.Text>
        )}
      </div>
      {judgement.status?.met === false && (
        // A missed KPI is a finding: the action that answers it starts from here (持续改进).
        <div style={{ marginTop: 4 }}>
          <RaiseActionButton
            processKey={inspection.processKey}
            source={{ kind: 'inspection', inspectionKey: inspection.key, kpiKey: kpi.key }}
            why={findingWhy(t, {
              kpiName: kpi.name,
              kind: kpi.kind,
              target: kpi.target,
              value: measurement.value,
              unit,
            })}
            finding={`${kpi.name}，${periodName(inspection.period, t)}`}
            // The dialog confirms the save; the actions tab reads the list when it is shown.
            onRaised={() => undefined}
            quiet
          />
        </div>
      )}
    </div>
  );
}

export function InspectionTable(props: Props) {
  const { plan, inspections, roles, modelled, complaints, onEdit } = props;
  const { t } = useTranslation();
  const rows = [...inspections].sort((a, b) => compareDates(b.period.start, a.period.start));
  return (
    <Table<Inspection>
      size="small"
      rowKey="key"
      // A grid of periods × KPIs: it scrolls sideways in its own box (WCAG 1.4.10 exempts it).
      className="reflow-data-grid"
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="inspection-table"
      dataSource={rows}
      locale={{ emptyText: t(`${T}.empty`) }}
      columns={[
        {
          title: t(`${T}.period`),
          key: 'period',
          fixed: 'left',
          // The period opens the record: the first column stays in view when the KPIs scroll
          // sideways (200 % zoom), so the way to edit never lies outside the window.
          render: (_, row) => (
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              style={{ paddingInline: 0 }}
              onClick={() => onEdit(row)}
              aria-label={t(`${T}.editPeriod`, { period: periodName(row.period, t) })}
            >
              {periodName(row.period, t)}
            </Button>
          ),
        },
        ...plan.kpis.map((kpi) => ({
          title: kpi.target ? `${kpi.name} · ${kpi.target}` : kpi.name,
          key: kpi.key,
          render: (_: unknown, row: Inspection) => (
            <KpiCell kpi={kpi} inspection={row} modelled={modelled.get(kpi.key)} />
          ),
        })),
        {
          title: t(`${T}.complaints`),
          key: 'complaints',
          align: 'center' as const,
          render: (_: unknown, row: Inspection) => complaintsIn(complaints, row),
        },
        {
          title: t(`${T}.method`),
          key: 'method',
          render: (_, row) => t(`inspection.methods.${row.method}`),
        },
        {
          title: t(`${T}.inspector`),
          key: 'inspector',
          render: (_, row) =>
            [
              row.inspectorRoleId === null ? '' : (roles.get(row.inspectorRoleId) ?? ''),
              row.inspectorName,
            ]
              .filter(Boolean)
              .join(' · '),
        },
      ]}
    />
  );
}
