import { Col, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcessGraph, ProcessSummary } from '../../../../shared/process';
import { analysisDataSchema } from '../../../../shared/processSchema';
import { DAY_MINUTES, DEFAULT_ANALYSIS_SETTINGS } from '../../../../shared/analysis/settings';
import { Field } from '../../../ui/Field';
import { useAnalysisLibrary } from '../../analysis/analysisLibrary';
import { NumberField } from './NumberField';
import type { AnalysisEdits } from './useAnalysisEdits';

type Props = {
  graph: ProcessGraph;
  /** Every other process of the library (the one being edited is left out by the caller). */
  processes: ProcessSummary[];
  edits: AnalysisEdits;
  readOnly: boolean;
};

const shape = analysisDataSchema.shape;

/**
 * What the analysis needs of the whole process (PROCESS-ANALYSIS.md §0): cases a year (年业务量)
 * for annual cost, the 时限 as days by the time basis plus hours (stored as minutes), and the as-is process this
 * map is the to-be variant of. Kept in the map (graph.analysis), so edits are undoable.
 */
export function ProcessAnalysisForm({ graph, processes, edits, readOnly }: Props) {
  const { t } = useTranslation();
  const data = graph.analysis ?? {};
  const minutes = data.timeLimitMinutes ?? null;
  const basis = (useAnalysisLibrary()?.settings ?? DEFAULT_ANALYSIS_SETTINGS).timeBasis;
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 12 }} size="small">
      <Typography.Text strong>{t('analysis.inputs.process.title')}</Typography.Text>
      <NumberField
        label={t('analysis.inputs.process.annualVolume')}
        schema={shape.annualVolume}
        value={data.annualVolume}
        disabled={readOnly}
        onChange={(annualVolume) => edits.process({ annualVolume })}
      />
      <Row gutter={8}>
        <Col span={12}>
          <NumberField
            label={t('analysis.inputs.process.timeLimitDays')}
            schema={shape.timeLimitDays}
            value={data.timeLimitDays}
            disabled={readOnly}
            onChange={(timeLimitDays) => edits.process({ timeLimitDays })}
          />
        </Col>
        <Col span={12}>
          <NumberField
            label={t('analysis.inputs.process.timeLimitHours')}
            schema={shape.timeLimitMinutes}
            value={minutes === null ? null : minutes / 60}
            stored={minutes}
            disabled={readOnly}
            onChange={(hours) =>
              edits.process({
                // Stored as minutes (the model's unit), rounded so 0.1 h is 6, not 6.000…01.
                timeLimitMinutes: hours === null ? null : Math.round(hours * 60 * 1000) / 1000,
              })
            }
          />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('analysis.inputs.step.dayBasis', {
          minutes: DAY_MINUTES[basis].toLocaleString('en'),
          basis: t(`analysis.inputs.basisName.${basis}`),
        })}
      </Typography.Text>
      <Field label={t('analysis.inputs.process.variantOf')}>
        {(id) => (
          <Select
            id={id}
            allowClear
            disabled={readOnly}
            style={{ width: '100%' }}
            showSearch={{ optionFilterProp: 'label' }}
            value={data.variantOfId ?? undefined}
            options={processes.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(variantOfId?: number) => edits.process({ variantOfId: variantOfId ?? null })}
          />
        )}
      </Field>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('analysis.inputs.process.variantOfHint')}
      </Typography.Text>
    </Space>
  );
}
