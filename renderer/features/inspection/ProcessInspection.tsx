import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Space, Spin, Tabs, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection, InspectionPlan, Period } from '../../../shared/inspection/types';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { ImportDialog } from './ImportDialog';
import { InspectionDialog } from './InspectionDialog';
import { PlanDialog } from './PlanDialog';
import { PlanSection, type PlanCommand } from './PlanSection';
import { newPlan } from './planDraft';
import { ReportExportDialog } from './ReportExportDialog';
import { useProcessInspection } from './useProcessInspection';

/*
 * One process's inspection page: its plans with schedule, records and charts in the first
 * tab, then whatever improvement tabs the workspace mounts (surveys, complaints, actions).
 */

export type ImprovementTabs = (p: { processKey: string; processId: number }) => {
  key: string;
  label: string;
  children: ReactNode;
}[];

type Props = {
  processId: number;
  onBack: () => void;
  onOpenProcess: (id: number) => void;
  improvementTabs?: ImprovementTabs;
};

type Dialog =
  | { kind: 'plan'; plan: InspectionPlan }
  | {
      kind: 'inspection';
      plan: InspectionPlan;
      inspection: Inspection | null;
      period: Period | null;
    }
  | { kind: 'import'; plan: InspectionPlan }
  | { kind: 'report'; plan: InspectionPlan };

export function ProcessInspection({ processId, onBack, onOpenProcess, improvementTabs }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const { data, reload } = useProcessInspection(processId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  if (!data) return <Spin style={{ margin: 48 }} />;
  const { process, plans, inspections, complaints, series, roles, modelled, today } = data;
  const close = () => setDialog(null);
  const saved = (text: string) => () => {
    setDialog(null);
    void message.success(text);
    void reload();
  };

  const command = (plan: InspectionPlan) => (c: PlanCommand) => {
    if (c.kind === 'edit') setDialog({ kind: 'plan', plan });
    else if (c.kind === 'record')
      setDialog({ kind: 'inspection', plan, inspection: null, period: c.period });
    else if (c.kind === 'editInspection')
      setDialog({ kind: 'inspection', plan, inspection: c.inspection, period: null });
    else if (c.kind === 'import') setDialog({ kind: 'import', plan });
    else if (c.kind === 'report') setDialog({ kind: 'report', plan });
    else {
      call('inspection:deletePlan', { key: plan.key, expectedVersion: plan.editVersion }).then(
        saved(t('inspectionView.plan.deleted')),
        report,
      );
    }
  };
  const planInspections = (plan: InspectionPlan) =>
    inspections.filter((i) => i.planKey === plan.key);

  const plansTab = (
    <div>
      <Button
        icon={<PlusOutlined />}
        style={{ marginBottom: 12 }}
        onClick={() =>
          setDialog({ kind: 'plan', plan: newPlan(process.key, process.kpis, today, t) })
        }
      >
        {t('inspectionView.plan.add')}
      </Button>
      {plans.length === 0 && (
        <Alert type="info" showIcon message={t('inspectionView.page.noPlans')} />
      )}
      {plans.map((plan) => (
        <PlanSection
          key={plan.key}
          plan={plan}
          inspections={planInspections(plan)}
          series={series.get(plan.key)}
          roles={roles}
          modelled={modelled}
          complaints={complaints}
          today={today}
          onCommand={command(plan)}
        />
      ))}
    </div>
  );

  const title = t('inspectionView.page.title', {
    process: [process.code, process.name].filter(Boolean).join(' '),
  });
  return (
    <section
      aria-label={title}
      data-testid="process-inspection"
      style={{ padding: 16, flex: 1, overflow: 'auto' }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
            {t('inspectionView.page.back')}
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
        </Space>
        <Button onClick={() => onOpenProcess(process.id)}>
          {t('inspectionView.page.openProcess')}
        </Button>
      </Space>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'plans', label: t('inspectionView.page.plansTab'), children: plansTab },
          ...(improvementTabs?.({ processKey: process.key, processId: process.id }) ?? []),
        ]}
      />
      {dialog?.kind === 'plan' && (
        <PlanDialog
          plan={dialog.plan}
          roles={roles}
          onClose={close}
          onSaved={saved(t('inspectionView.plan.saved'))}
        />
      )}
      {dialog?.kind === 'inspection' && (
        <InspectionDialog
          plan={dialog.plan}
          inspection={dialog.inspection}
          period={dialog.period}
          recorded={planInspections(dialog.plan)}
          roles={roles}
          today={today}
          onClose={close}
          onSaved={saved(t('inspectionView.inspection.saved'))}
          onDeleted={saved(t('inspectionView.inspection.deleted'))}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportDialog plan={dialog.plan} onClose={close} onImported={() => void reload()} />
      )}
      {dialog?.kind === 'report' && (
        <ReportExportDialog plan={dialog.plan} today={today} onClose={close} />
      )}
    </section>
  );
}
