import { DeleteOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { orientationOf } from '../../../shared/layout/frame';
import type { Phase, ProcessGraph } from '../../../shared/process';
import { Field } from '../../ui/Field';
import { LimitedInput } from '../../ui/LimitedText';
import { PHASE_SIZE_RANGE } from '../view/phaseCommands';
import type { FrameEdits } from '../view/useFrameEdits';
import { BandSizeField } from './BandSizeField';

/** A phase (阶段): its name and its extent along the flow; deleting it keeps its steps. */
export function PhasePanel({
  graph,
  phase,
  edits,
}: {
  graph: ProcessGraph;
  phase: Phase;
  edits: FrameEdits;
}) {
  const { t } = useTranslation();
  const vertical = orientationOf(graph) === 'vertical';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t('processView.phase')}</Typography.Title>
      <Field label={t('processView.phaseName')}>
        {(id) => (
          <LimitedInput
            id={id}
            value={phase.name}
            max={200}
            onChange={(e) => edits.phaseName(phase.id, e.target.value)}
          />
        )}
      </Field>
      <BandSizeField
        label={vertical ? t('processView.phaseSizeVertical') : t('processView.phaseSize')}
        size={phase.size}
        range={PHASE_SIZE_RANGE}
        onChange={(size) => edits.phaseSize(phase.id, size)}
      />
      <Button danger icon={<DeleteOutlined />} onClick={() => edits.phaseDelete(phase.id)}>
        {t('processView.deletePhase')}
      </Button>
    </Space>
  );
}
