import { Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import type { ActivityDetails, ProcessGraph, ProcessSummary } from '../../../shared/process';
import { Field } from '../../ui/Field';
import { isLaneNodeId, laneIdOf } from '../mapping';
import { isPhaseNodeId, phaseIdOf } from '../view/frameNodes';
import type { FrameEdits } from '../view/useFrameEdits';
import { ActivityFields } from './ActivityFields';
import { BranchFields } from './analysis/BranchFields';
import { GatewayField } from './analysis/GatewayField';
import type { AnalysisEdits } from './analysis/useAnalysisEdits';
import { JointLaneField } from './JointLaneField';
import { LanePanel } from './LanePanel';
import { PhasePanel } from './PhasePanel';
import { StepAlignment } from './StepAlignment';
import { StepDuties } from './StepDuties';
import { LimitedInput, LimitedTextArea } from '../../ui/LimitedText';

type Props = {
  graph: ProcessGraph;
  selection: ReadonlySet<string>;
  roles: RoleSummary[];
  departments: Department[];
  onLabel: (id: string, label: string) => void;
  onActivity: (id: string, details: ActivityDetails) => void;
  /** Lanes, phases and joint lanes are edited through these. */
  edits: FrameEdits;
  /** Gateway types and branch probabilities and outcomes are edited through these. */
  analysis: AnalysisEdits;
  processes: ProcessSummary[];
  onLink: (id: string, processId: number | null) => void;
  onOpenProcess: (processId: number) => void;
  /** The saved process and its edit version, for the duties its steps serve. */
  saved?: { processId: number; editVersion: number };
};

/** Describes what is selected: a step (and its activity data), a connector, a lane or a phase. */
export function SelectionPanel(props: Props) {
  const { graph, selection, roles, departments } = props;
  const { t } = useTranslation();
  const [only] = [...selection];
  if (selection.size !== 1 || only === undefined) return null;

  if (isLaneNodeId(only)) {
    const lane = graph.lanes.find((l) => l.id === laneIdOf(only));
    if (!lane) return null;
    return (
      <LanePanel
        graph={graph}
        lane={lane}
        roles={roles}
        departments={departments}
        edits={props.edits}
      />
    );
  }

  if (isPhaseNodeId(only)) {
    const phase = graph.phases?.find((p) => p.id === phaseIdOf(only));
    return phase ? <PhasePanel graph={graph} phase={phase} edits={props.edits} /> : null;
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
        <BranchFields graph={graph} edge={edge} edits={props.analysis} />
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
      {node.kind === 'decision' && <GatewayField node={node} edits={props.analysis} />}
      {node.kind === 'activity' && graph.lanes.length > 1 && (
        <JointLaneField graph={graph} node={node} edits={props.edits} />
      )}
      {node.activity && (
        <ActivityFields
          details={node.activity}
          roles={roles}
          onChange={(details) => props.onActivity(node.id, details)}
        />
      )}
      {node.activity && props.saved && (
        <StepDuties
          processId={props.saved.processId}
          nodeId={node.id}
          savedVersion={props.saved.editVersion}
        />
      )}
      {node.activity && props.saved && (
        <StepAlignment processId={props.saved.processId} nodeId={node.id} />
      )}
    </Space>
  );
}
