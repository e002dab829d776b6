import { PlusOutlined } from '@ant-design/icons';
import { Button, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { orientationOf } from '../../../shared/layout/frame';
import type { Orientation, ProcessGraph } from '../../../shared/process';
import { Field } from '../../ui/Field';
import { LimitedInput } from '../../ui/LimitedText';
import type { FrameEdits } from '../view/useFrameEdits';

type Props = { graph: ProcessGraph; edits: FrameEdits; readOnly: boolean };

/**
 * The map's frame, under the process record: lane orientation (switching turns the map and
 * lays it out again in the new direction) and the phases (阶段) with their names.
 */
export function MapSettings({ graph, edits, readOnly }: Props) {
  const { t } = useTranslation();
  const phases = graph.phases ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 12 }} size="small">
      <Field label={t('processView.orientation')}>
        {(id) => (
          <Radio.Group
            id={id}
            disabled={readOnly}
            value={orientationOf(graph)}
            onChange={(event) => edits.orientation(event.target.value as Orientation)}
          >
            <Space direction="vertical" size={0}>
              <Radio value="horizontal">{t('processView.horizontal')}</Radio>
              <Radio value="vertical">{t('processView.vertical')}</Radio>
            </Space>
          </Radio.Group>
        )}
      </Field>
      <Typography.Text strong>{t('processView.phases')}</Typography.Text>
      {phases.length === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('processView.noPhases')}
        </Typography.Text>
      )}
      {phases.map((phase, index) => (
        <Field key={phase.id} label={`${t('processView.phase')} ${index + 1}`}>
          {(id) => (
            <LimitedInput
              id={id}
              value={phase.name}
              max={200}
              disabled={readOnly}
              onChange={(e) => edits.phaseName(phase.id, e.target.value)}
            />
          )}
        </Field>
      ))}
      <Button icon={<PlusOutlined />} disabled={readOnly} onClick={edits.addPhase}>
        {t('processView.addPhase')}
      </Button>
    </Space>
  );
}
