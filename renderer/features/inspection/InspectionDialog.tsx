import { Button, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../shared/inspection/charts/periodNames';
import { periodsUntil } from '../../../shared/inspection/schedule';
import { inspectionSchema } from '../../../shared/inspection/schemas';
import {
  INSPECTION_KINDS,
  INSPECTION_METHODS,
  type Inspection,
  type InspectionPlan,
  type Period,
} from '../../../shared/inspection/types';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { focusOnOpen } from '../../ui/focusOnOpen';
import { useReportError } from '../../ui/useReportError';
import { at, problemsOf } from './fieldProblems';
import { MeasurementFields } from './MeasurementFields';
import { RoleSelect } from './RoleSelect';
import {
  defaultPeriod,
  formToInspection,
  inspectionToForm,
  type InspectionForm,
} from './inspectionForm';

/*
 * 检查记录: the period (one of the plan's that has begun and has no inspection yet), a value
 * and sample size per KPI (a KPI left empty was not measured), method, kind, inspector, notes
 * and the day of the inspection. Checked with the contract's schema; each problem at its field.
 */

type Props = {
  plan: InspectionPlan;
  /** The inspection to edit, or null to record a new one. */
  inspection: Inspection | null;
  /** Preselected period of a new inspection (the schedule's "record"). */
  period: Period | null;
  recorded: readonly Inspection[];
  roles: ReadonlyMap<number, string>;
  today: string;
  onClose: () => void;
  onSaved: () => void;
  onDeleted: () => void;
};

const I = 'inspectionView.inspection';

export function InspectionDialog(props: Props) {
  const { plan, inspection, recorded, roles, today, onClose, onSaved, onDeleted } = props;
  const { t } = useTranslation();
  const report = useReportError();
  const firstId = useId();
  const taken = new Set(
    recorded.filter((r) => r.key !== inspection?.key).map((r) => r.period.start),
  );
  const periods = periodsUntil(plan, today).filter((p) => !taken.has(p.start));
  const [form, setForm] = useState<InspectionForm>(() =>
    inspectionToForm(plan, inspection, props.period ?? defaultPeriod(periods, today), today),
  );
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const built = useMemo(() => formToInspection(plan, inspection, form), [plan, inspection, form]);
  const problems = useMemo(() => {
    if (!tried) return new Map<string, string[]>();
    const found = new Map(
      problemsOf(inspectionSchema, built.inspection, t, {
        inspectedOn: t('inspectionView.plan.notADate'),
      }),
    );
    // Measurement problems are said at the KPI's own fields, not at a list index.
    for (const [path, list] of [...found]) {
      const match = /^measurements\.(\d+)\.(value|sampleSize)$/.exec(path);
      const kpiKey = match ? built.measuredKpis[Number(match[1])] : undefined;
      if (match && kpiKey) found.set(`${kpiKey}.${match[2]}`, list);
    }
    if (built.inspection.measurements.length === 0) found.set('measurements', [t(`${I}.needOne`)]);
    if (form.period === null) found.set('period', [t('errorProblems.required')]);
    return found;
  }, [tried, built, form.period, t]);
  const set = (patch: Partial<InspectionForm>) => setForm((f) => ({ ...f, ...patch }));

  const save = () => {
    setTried(true);
    const ok =
      form.period !== null &&
      built.inspection.measurements.length > 0 &&
      inspectionSchema.safeParse(built.inspection).success;
    if (!ok) return;
    setBusy(true);
    call('inspection:saveInspection', built.inspection)
      .then(onSaved, report)
      .finally(() => setBusy(false));
  };
  const remove = () => {
    if (!inspection) return;
    setBusy(true);
    call('inspection:deleteInspection', {
      key: inspection.key,
      expectedVersion: inspection.editVersion,
    })
      .then(onDeleted, report)
      .finally(() => setBusy(false));
  };
  const periodOptions = (
    form.period && !periods.some((p) => p.start === form.period?.start)
      ? [form.period, ...periods]
      : periods
  ).map((p) => ({ value: p.start, label: periodName(p, t), period: p }));
  const title = inspection
    ? t(`${I}.titleEdit`, { period: periodName(inspection.period, t) })
    : t(`${I}.titleNew`);

  return (
    <Modal
      open
      width={720}
      title={title}
      onCancel={onClose}
      afterOpenChange={focusOnOpen(firstId)}
      footer={
        <Space>
          {inspection && (
            <Popconfirm
              title={t(`${I}.deleteConfirm`, { period: periodName(inspection.period, t) })}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              onConfirm={remove}
            >
              <Button danger disabled={busy}>
                {t(`${I}.delete`)}
              </Button>
            </Popconfirm>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={save}>
            {t('editor.save')}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Field id={firstId} label={t(`${I}.period`)} required problems={at(problems, 'period')}>
          {(id) => (
            <Select
              id={id}
              style={{ minWidth: 220 }}
              value={form.period?.start}
              onChange={(start) =>
                set({ period: periodOptions.find((o) => o.value === start)?.period ?? null })
              }
              options={periodOptions.map(({ value, label }) => ({ value, label }))}
            />
          )}
        </Field>
        <MeasurementFields
          kpis={plan.kpis}
          form={form}
          problems={problems}
          onChange={(patch) => set(patch)}
        />
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Field label={t(`${I}.method`)}>
            {(id) => (
              <Select
                id={id}
                style={{ width: '100%' }}
                value={form.method}
                onChange={(method) => set({ method })}
                options={INSPECTION_METHODS.map((m) => ({
                  value: m,
                  label: t(`inspection.methods.${m}`),
                }))}
              />
            )}
          </Field>
          <Field label={t(`${I}.kind`)}>
            {(id) => (
              <Select
                id={id}
                style={{ width: '100%' }}
                value={form.kind}
                onChange={(kind) => set({ kind })}
                options={INSPECTION_KINDS.map((k) => ({
                  value: k,
                  label: t(`inspection.inspectionKinds.${k}`),
                }))}
              />
            )}
          </Field>
          <Field label={t(`${I}.inspectorRole`)}>
            {(id) => (
              <RoleSelect
                id={id}
                roles={roles}
                value={form.inspectorRoleId}
                onChange={(inspectorRoleId) => set({ inspectorRoleId })}
              />
            )}
          </Field>
          <Field label={t(`${I}.inspectorName`)} problems={at(problems, 'inspectorName')}>
            {(id) => (
              <Input
                id={id}
                value={form.inspectorName}
                onChange={(e) => set({ inspectorName: e.target.value })}
              />
            )}
          </Field>
          <Field label={t(`${I}.inspectedOn`)} required problems={at(problems, 'inspectedOn')}>
            {(id) => (
              <Input
                id={id}
                type="date"
                value={form.inspectedOn}
                onChange={(e) => set({ inspectedOn: e.target.value })}
              />
            )}
          </Field>
        </div>
        <Field label={t(`${I}.notes`)} problems={at(problems, 'notes')}>
          {(id) => (
            <Input.TextArea
              id={id}
              autoSize={{ minRows: 2, maxRows: 6 }}
              value={form.notes}
              onChange={(e) => set({ notes: e.target.value })}
            />
          )}
        </Field>
      </Space>
    </Modal>
  );
}
