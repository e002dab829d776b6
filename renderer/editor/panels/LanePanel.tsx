import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import { orientationOf } from '../../../shared/layout/frame';
import type { Lane, LaneOwner, ProcessGraph } from '../../../shared/process';
import { Field } from '../../ui/Field';
import { LimitedInput } from '../../ui/LimitedText';
import {
  isPlaceholderLaneName,
  LANE_SIZE_RANGE,
  stepsOutsideLane,
} from '../view/laneFrameCommands';
import type { FrameEdits } from '../view/useFrameEdits';
import { BandSizeField } from './BandSizeField';

type Props = {
  graph: ProcessGraph;
  lane: Lane;
  roles: RoleSummary[];
  departments: Department[];
  edits: FrameEdits;
};

function ownerValue(owner: LaneOwner): string | undefined {
  if (owner.kind === 'role') return `role:${owner.roleId}`;
  if (owner.kind === 'department') return `department:${owner.departmentId}`;
  return undefined;
}

/**
 * A lane: its name, the role or department it stands for, size and place. Binding keeps the
 * name the user typed (a placeholder name takes the owner's); a button offers the owner's
 * name instead, and the binding can be cleared.
 */
export function LanePanel({ graph, lane, roles, departments, edits }: Props) {
  const { t } = useTranslation();
  const vertical = orientationOf(graph) === 'vertical';
  const ownerName =
    lane.owner.kind === 'role'
      ? roles.find((r) => lane.owner.kind === 'role' && r.id === lane.owner.roleId)?.title
      : lane.owner.kind === 'department'
        ? departments.find(
            (d) => lane.owner.kind === 'department' && d.id === lane.owner.departmentId,
          )?.name
        : undefined;
  const bind = (selected: string | undefined) => {
    if (selected === undefined) {
      edits.laneBinding(lane.id, { kind: 'none' });
      return;
    }
    const [kind, raw] = selected.split(':');
    const id = Number(raw);
    const owner: LaneOwner =
      kind === 'role' ? { kind: 'role', roleId: id } : { kind: 'department', departmentId: id };
    const name =
      kind === 'role'
        ? roles.find((r) => r.id === id)?.title
        : departments.find((d) => d.id === id)?.name;
    edits.laneBinding(lane.id, owner, isPlaceholderLaneName(lane.name) ? name : undefined);
  };
  const outside = stepsOutsideLane(graph, lane.id);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t('editor2.lane')}</Typography.Title>
      <Field label={t('editor2.laneName')}>
        {(id) => (
          <LimitedInput
            id={id}
            value={lane.name}
            max={200}
            onChange={(e) => edits.laneName(lane.id, e.target.value)}
          />
        )}
      </Field>
      <Field label={t('editor2.laneOwner')}>
        {(id) => (
          <Select
            id={id}
            allowClear={{ clearIcon: <span aria-label={t('processView.laneClear')}>×</span> }}
            style={{ width: '100%' }}
            showSearch={{ optionFilterProp: 'label' }}
            value={ownerValue(lane.owner)}
            options={[
              {
                label: t('editor2.roles'),
                options: roles.map((r) => ({ value: `role:${r.id}`, label: r.title })),
              },
              {
                label: t('editor2.departments'),
                options: departments.map((d) => ({ value: `department:${d.id}`, label: d.name })),
              },
            ]}
            onChange={(selected?: string) => bind(selected)}
          />
        )}
      </Field>
      {lane.owner.kind !== 'none' && (
        <Space wrap size={4}>
          {ownerName && ownerName !== lane.name && (
            <Button size="small" onClick={() => edits.laneBinding(lane.id, lane.owner, ownerName)}>
              {t('processView.laneUseOwnerName', { name: ownerName })}
            </Button>
          )}
          <Button size="small" onClick={() => edits.laneBinding(lane.id, { kind: 'none' })}>
            {t('processView.laneClear')}
          </Button>
        </Space>
      )}
      <BandSizeField
        label={vertical ? t('processView.laneSizeVertical') : t('processView.laneSize')}
        size={lane.size}
        range={LANE_SIZE_RANGE}
        onChange={(size) => edits.laneSize(lane.id, size)}
        warning={
          outside > 0
            ? t('processView.laneTooSmall', { count: outside, name: lane.name })
            : undefined
        }
      />
      <Space>
        <Button
          icon={vertical ? <ArrowUpOutlined rotate={-90} /> : <ArrowUpOutlined />}
          onClick={() => edits.laneMove(lane.id, -1)}
        >
          {t('processView.laneMoveBefore')}
        </Button>
        <Button
          icon={vertical ? <ArrowDownOutlined rotate={-90} /> : <ArrowDownOutlined />}
          onClick={() => edits.laneMove(lane.id, 1)}
        >
          {t('processView.laneMoveAfter')}
        </Button>
        <Button
          danger
          icon={<DeleteOutlined />}
          aria-label={t('editor2.laneDelete')}
          onClick={() => edits.laneDelete(lane.id)}
        />
      </Space>
    </Space>
  );
}
