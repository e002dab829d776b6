import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import type {
  ActivityDetails,
  Lane,
  LaneOwner,
  ProcessGraph,
  ProcessSummary,
} from '../../../shared/process';
import { Field } from '../../ui/Field';
import { isLaneNodeId, laneIdOf } from '../mapping';
import { ActivityFields } from './ActivityFields';
import { LimitedInput, LimitedTextArea } from '../../ui/LimitedText';

type Props = {
  graph: ProcessGraph;
  selection: ReadonlySet<string>;
  roles: RoleSummary[];
  departments: Department[];
  onLabel: (id: string, label: string) => void;
  onActivity: (id: string, details: ActivityDetails) => void;
  onLaneOwner: (id: string, owner: LaneOwner, name: string) => void;
  onLaneMove: (id: string, delta: -1 | 1) => void;
  onLaneResize: (id: string, size: number) => void;
  onLaneDelete: (lane: Lane) => void;
  processes: ProcessSummary[];
  onLink: (id: string, processId: number | null) => void;
  onOpenProcess: (processId: number) => void;
};

/** Describes what is selected: a step (and its activity data), a connector, or a lane. */
export function SelectionPanel(props: Props) {
  const { graph, selection, roles, departments } = props;
  const { t } = useTranslation();
  const [only] = [...selection];
  if (selection.size !== 1 || only === undefined) return null;

  if (isLaneNodeId(only)) {
    const lane = graph.lanes.find((l) => l.id === laneIdOf(only));
    if (!lane) return null;
    const value =
      lane.owner.kind === 'role'
        ? `role:${lane.owner.roleId}`
        : lane.owner.kind === 'department'
          ? `department:${lane.owner.departmentId}`
          : undefined;
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Title level={5}>{t('editor2.lane')}</Typography.Title>
        <Field label={t('editor2.laneName')}>
          {(id) => (
            <LimitedInput
              id={id}
              value={lane.name}
              max={200}
              onChange={(e) => props.onLabel(lane.id, e.target.value)}
            />
          )}
        </Field>
        <Field label={t('editor2.laneOwner')}>
          {(id) => (
            <Select
              id={id}
              style={{ width: '100%' }}
              showSearch={{ optionFilterProp: 'label' }}
              value={value}
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
              onChange={(selected: string) => {
                const [kind, raw] = selected.split(':');
                const ownerId = Number(raw);
                if (kind === 'role') {
                  props.onLaneOwner(
                    lane.id,
                    { kind: 'role', roleId: ownerId },
                    roles.find((r) => r.id === ownerId)?.title ?? lane.name,
                  );
                } else {
                  props.onLaneOwner(
                    lane.id,
                    { kind: 'department', departmentId: ownerId },
                    departments.find((d) => d.id === ownerId)?.name ?? lane.name,
                  );
                }
              }}
            />
          )}
        </Field>
        <Field label={t('editor2.laneHeight')}>
          {(id) => (
            <InputNumber
              id={id}
              min={60}
              max={5000}
              step={20}
              style={{ width: '100%' }}
              value={lane.size}
              onChange={(size) => size !== null && props.onLaneResize(lane.id, size)}
            />
          )}
        </Field>
        <Space>
          <Button icon={<ArrowUpOutlined />} onClick={() => props.onLaneMove(lane.id, -1)}>
            {t('editor2.laneUp')}
          </Button>
          <Button icon={<ArrowDownOutlined />} onClick={() => props.onLaneMove(lane.id, 1)}>
            {t('editor2.laneDown')}
          </Button>
          <Button
            danger
            icon={<DeleteOutlined />}
            aria-label={t('editor2.laneDelete')}
            onClick={() => props.onLaneDelete(lane)}
          />
        </Space>
      </Space>
    );
  }

  const edge = graph.edges.find((e) => e.id === only);
  if (edge) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Title level={5}>{t('editor2.connector')}</Typography.Title>
        <Field label={t('editor2.connectorLabel')}>
          {(id) => (
            <LimitedInput
              id={id}
              value={edge.label}
              max={500}
              placeholder="是 / 否"
              onChange={(e) => props.onLabel(edge.id, e.target.value)}
            />
          )}
        </Field>
      </Space>
    );
  }

  const node = graph.nodes.find((n) => n.id === only);
  if (!node) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t(`nodeKinds.${node.kind}`)}</Typography.Title>
      <Field label={t('editor2.stepName')}>
        {(id) => (
          <LimitedTextArea
            id={id}
            value={node.label}
            max={2000}
            autoSize={{ minRows: 1, maxRows: 4 }}
            onChange={(e) => props.onLabel(node.id, e.target.value)}
          />
        )}
      </Field>
      {node.kind === 'subProcess' && (
        <Field label={t('editor2.linkedProcess')}>
          {(id) => (
            <Space.Compact style={{ width: '100%' }}>
              <Select
                id={id}
                allowClear
                style={{ width: '100%' }}
                showSearch={{ optionFilterProp: 'label' }}
                value={node.linkedProcessId ?? undefined}
                options={props.processes.map((p) => ({ value: p.id, label: p.name }))}
                onChange={(processId?: number) => props.onLink(node.id, processId ?? null)}
              />
              <Button
                disabled={!node.linkedProcessId}
                onClick={() => node.linkedProcessId && props.onOpenProcess(node.linkedProcessId)}
              >
                {t('editor2.openLinked')}
              </Button>
            </Space.Compact>
          )}
        </Field>
      )}
      {node.activity && (
        <ActivityFields
          details={node.activity}
          roles={roles}
          onChange={(details) => props.onActivity(node.id, details)}
        />
      )}
    </Space>
  );
}
