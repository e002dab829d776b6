import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcessGraph, ProcessNode } from '../../../shared/process';
import { Field } from '../../ui/Field';
import type { FrameEdits } from '../view/useFrameEdits';

type Props = { graph: ProcessGraph; node: ProcessNode; edits: FrameEdits };

/** An activity two roles do together: the other lane it is drawn across (or none). */
export function JointLaneField({ graph, node, edits }: Props) {
  const { t } = useTranslation();
  return (
    <Field label={t('processView.jointLane')}>
      {(id) => (
        <Select
          id={id}
          allowClear
          style={{ width: '100%' }}
          value={node.jointLaneId ?? undefined}
          placeholder={t('processView.jointLaneHint')}
          options={graph.lanes
            .filter((lane) => lane.id !== node.laneId)
            .map((lane) => ({ value: lane.id, label: lane.name }))}
          onChange={(laneId?: string) => edits.jointLane(node.id, laneId ?? null)}
        />
      )}
    </Field>
  );
}
