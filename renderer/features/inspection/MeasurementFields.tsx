import { InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanKpi } from '../../../shared/inspection/types';
import { Field } from '../../ui/Field';
import { at, type Problems } from './fieldProblems';
import type { InspectionForm } from './inspectionForm';

/*
 * The measured value and sample size of each KPI of the plan, labelled with the KPI and its
 * target so the inspector sees what "good" is while typing; a problem shows at its own field.
 */

type Props = {
  kpis: readonly PlanKpi[];
  form: Pick<InspectionForm, 'values' | 'samples'>;
  problems: Problems;
  onChange: (patch: Pick<InspectionForm, 'values'> | Pick<InspectionForm, 'samples'>) => void;
};

const I = 'inspectionView.inspection';

export function MeasurementFields({ kpis, form, problems, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 14, fontWeight: 600 }}>{t(`${I}.measurements`)}</legend>
      {kpis.map((kpi) => (
        <div
          key={kpi.key}
          style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 8, marginBottom: 8 }}
        >
          <Field
            label={t(`${I}.value`, { kpi: kpi.name, target: kpi.target || '—' })}
            problems={at(problems, `${kpi.key}.value`)}
          >
            {(id) => (
              <InputNumber
                id={id}
                style={{ width: '100%' }}
                value={form.values[kpi.key] ?? null}
                onChange={(value) => onChange({ values: { ...form.values, [kpi.key]: value } })}
              />
            )}
          </Field>
          <Field
            label={t(`${I}.sampleSize`, { kpi: kpi.name })}
            problems={at(problems, `${kpi.key}.sampleSize`)}
          >
            {(id) => (
              <InputNumber
                id={id}
                style={{ width: '100%' }}
                value={form.samples[kpi.key] ?? null}
                onChange={(value) => onChange({ samples: { ...form.samples, [kpi.key]: value } })}
              />
            )}
          </Field>
        </div>
      ))}
      {at(problems, 'measurements').map((p) => (
        <Typography.Text key={p} type="danger">
          {p}
        </Typography.Text>
      ))}
    </fieldset>
  );
}
