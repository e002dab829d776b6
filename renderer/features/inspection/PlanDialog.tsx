import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inspectionPlanSchema } from '../../../shared/inspection/schemas';
import { parseTarget } from '../../../shared/inspection/target';
import {
  FREQUENCIES,
  INSPECTION_KINDS,
  KPI_KINDS,
  type InspectionPlan,
  type PlanKpi,
} from '../../../shared/inspection/types';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { focusOnOpen } from '../../ui/focusOnOpen';
import { useReportError } from '../../ui/useReportError';
import { at, problemsOf } from './fieldProblems';
import { RoleSelect } from './RoleSelect';

/*
 * 检查计划: the KPIs measured (prefilled from the process's targets), how often, by which
 * role, regular or special, from when, and the days allowed after a period ends. The plan is
 * checked with the contract's schema on every change once a save was tried, each problem at
 * its field; a target the reader cannot parse is said under it, as a warning — it can still
 * be saved, but will show no met or missed.
 */

type Props = {
  plan: InspectionPlan;
  roles: ReadonlyMap<number, string>;
  onClose: () => void;
  onSaved: () => void;
};

const P = 'inspectionView.plan';

export function PlanDialog({ plan: initial, roles, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const firstId = useId();
  const [plan, setPlan] = useState(initial);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const problems = useMemo(
    () =>
      tried
        ? problemsOf(inspectionPlanSchema, plan, t, {
            everyMonths: t(`${P}.customNeedsMonths`),
            startDate: t(`${P}.notADate`),
          })
        : new Map<string, string[]>(),
    [plan, tried, t],
  );
  const set = (patch: Partial<InspectionPlan>) => setPlan((p) => ({ ...p, ...patch }));
  const setKpi = (index: number, patch: Partial<PlanKpi>) =>
    set({ kpis: plan.kpis.map((k, i) => (i === index ? { ...k, ...patch } : k)) });

  const save = () => {
    setTried(true);
    if (!inspectionPlanSchema.safeParse(plan).success) return;
    setSaving(true);
    call('inspection:savePlan', plan)
      .then(onSaved, report)
      .finally(() => setSaving(false));
  };

  return (
    <Modal
      open
      width={760}
      title={initial.editVersion === 0 ? t(`${P}.add`) : t(`${P}.edit`)}
      okText={t('editor.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={save}
      onCancel={onClose}
      afterOpenChange={focusOnOpen(firstId)}
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Text type="secondary">{t(`${P}.fromProcess`)}</Typography.Text>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, fontWeight: 600 }}>{t(`${P}.kpis`)}</legend>
          {plan.kpis.map((kpi, index) => {
            const reading = parseTarget(kpi.target);
            const n = index + 1;
            return (
              <div
                key={kpi.key}
                data-testid="plan-kpi"
                style={{
                  display: 'grid',
                  gridTemplateColumns: '1.3fr 1fr 2.2fr auto',
                  gap: 8,
                  marginBottom: 8,
                }}
              >
                <Field
                  id={index === 0 ? firstId : undefined}
                  label={`${t(`${P}.kpiName`)} ${n}`}
                  required
                  problems={at(problems, `kpis.${index}.name`)}
                >
                  {(id) => (
                    <Input
                      id={id}
                      value={kpi.name}
                      onChange={(e) => setKpi(index, { name: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={`${t(`${P}.kpiKind`)} ${n}`}>
                  {(id) => (
                    <Select
                      id={id}
                      style={{ width: '100%' }}
                      value={kpi.kind}
                      onChange={(kind) => setKpi(index, { kind })}
                      options={KPI_KINDS.map((k) => ({
                        value: k,
                        label: t(`inspection.kpiKinds.${k}`),
                      }))}
                    />
                  )}
                </Field>
                <Field
                  label={`${t(`${P}.kpiTarget`)} ${n}`}
                  problems={[
                    ...at(problems, `kpis.${index}.target`),
                    ...(reading.ok ? [] : [t(`inspection.targetUnreadable.${reading.reason}`)]),
                  ]}
                >
                  {(id) => (
                    <Input
                      id={id}
                      value={kpi.target}
                      placeholder="≤ 5 天"
                      onChange={(e) => setKpi(index, { target: e.target.value })}
                    />
                  )}
                </Field>
                <Button
                  style={{ marginTop: 26 }}
                  icon={<DeleteOutlined />}
                  aria-label={t(`${P}.removeKpi`, { n })}
                  disabled={plan.kpis.length === 1}
                  onClick={() => set({ kpis: plan.kpis.filter((_, i) => i !== index) })}
                />
              </div>
            );
          })}
          {at(problems, 'kpis').map((p) => (
            <Typography.Text key={p} type="danger" style={{ display: 'block' }}>
              {p}
            </Typography.Text>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              set({
                kpis: [
                  ...plan.kpis,
                  { key: crypto.randomUUID(), kind: 'timeLimit', name: '', target: '' },
                ],
              })
            }
          >
            {t(`${P}.addKpi`)}
          </Button>
        </fieldset>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Field label={t(`${P}.frequency`)}>
            {(id) => (
              <Select
                id={id}
                style={{ width: '100%' }}
                value={plan.frequency}
                onChange={(frequency) =>
                  set({
                    frequency,
                    everyMonths: frequency === 'custom' ? (plan.everyMonths ?? 2) : null,
                  })
                }
                options={FREQUENCIES.map((f) => ({
                  value: f,
                  label: f === 'custom' ? t(`${P}.everyMonths`) : t(`inspection.frequencies.${f}`),
                }))}
              />
            )}
          </Field>
          {plan.frequency === 'custom' ? (
            <Field label={t(`${P}.everyMonths`)} required problems={at(problems, 'everyMonths')}>
              {(id) => (
                <InputNumber
                  id={id}
                  style={{ width: '100%' }}
                  value={plan.everyMonths}
                  onChange={(value) => set({ everyMonths: value })}
                />
              )}
            </Field>
          ) : (
            <div />
          )}
          <Field label={t(`${P}.kind`)}>
            {(id) => (
              <Select
                id={id}
                style={{ width: '100%' }}
                value={plan.kind}
                onChange={(kind) => set({ kind })}
                options={INSPECTION_KINDS.map((k) => ({
                  value: k,
                  label: t(`inspection.inspectionKinds.${k}`),
                }))}
              />
            )}
          </Field>
          <Field label={t(`${P}.inspectorRole`)}>
            {(id) => (
              <RoleSelect
                id={id}
                roles={roles}
                value={plan.inspectorRoleId}
                onChange={(inspectorRoleId) => set({ inspectorRoleId })}
              />
            )}
          </Field>
          <Field label={t(`${P}.startDate`)} required problems={at(problems, 'startDate')}>
            {(id) => (
              <Input
                id={id}
                type="date"
                value={plan.startDate}
                onChange={(e) => set({ startDate: e.target.value })}
              />
            )}
          </Field>
          <Field label={t(`${P}.graceDays`)} required problems={at(problems, 'graceDays')}>
            {(id) => (
              <InputNumber
                id={id}
                style={{ width: '100%' }}
                value={plan.graceDays}
                // An emptied field is kept as NaN so the schema says "required", not a silent 0.
                onChange={(value) => set({ graceDays: value ?? Number.NaN })}
              />
            )}
          </Field>
        </div>
      </Space>
    </Modal>
  );
}
