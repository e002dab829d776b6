import { Alert, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  BRANCH_OUTCOMES,
  type BranchOutcome,
  type ProcessEdge,
  type ProcessGraph,
} from '../../../../shared/process';
import { edgeSchema } from '../../../../shared/processSchema';
import { Field } from '../../../ui/Field';
import { NumberField } from './NumberField';
import type { AnalysisEdits } from './useAnalysisEdits';

type Props = { graph: ProcessGraph; edge: ProcessEdge; edits: AnalysisEdits; disabled?: boolean };

/**
 * A branch out of a decision: its share of the cases and what it means (PROCESS-ANALYSIS.md §0,
 * §b1 — an inspection's reject branch is the rework loop). Under the fields, the sum of the
 * decision's branches: an exclusive decision's must be 100 %.
 */
export function BranchFields({ graph, edge, edits, disabled }: Props) {
  const { t } = useTranslation();
  const decision = graph.nodes.find((node) => node.id === edge.source);
  if (decision?.kind !== 'decision') return null;
  const gateway = decision.gateway ?? 'exclusive';
  const siblings = graph.edges.filter((e) => e.source === decision.id);
  const sum = round(siblings.reduce((total, e) => total + (e.probability ?? 0), 0));
  const undeclared = siblings.filter((e) => e.probability === undefined || e.probability === null);
  // Undeclared branches share what is left (shared/analysis/flow.ts), so only a sum over 100 %
  // is wrong while some are blank; once all are given they must make exactly 100 %.
  const off = undeclared.length === 0 ? sum !== 100 : sum > 100;
  const notes = [
    ...(off ? [t('analysis.inputs.branch.notHundred', { sum })] : []),
    ...(undeclared.length > 0
      ? [t('analysis.inputs.branch.undeclared', { count: undeclared.length })]
      : []),
  ];
  return (
    <>
      {gateway !== 'parallel' && (
        <NumberField
          label={t('analysis.inputs.branch.probability')}
          schema={edgeSchema.shape.probability}
          value={edge.probability}
          disabled={disabled}
          onChange={(probability) => edits.branch(edge.id, { probability })}
        />
      )}
      <Field label={t('analysis.inputs.branch.outcome')}>
        {(id) => (
          <Select
            id={id}
            allowClear
            disabled={disabled}
            style={{ width: '100%' }}
            value={edge.outcome ?? undefined}
            options={BRANCH_OUTCOMES.map((outcome) => ({
              value: outcome,
              label: t(`analysis.inputs.branch.outcomes.${outcome}`),
            }))}
            onChange={(outcome?: BranchOutcome) =>
              edits.branch(edge.id, { outcome: outcome ?? null })
            }
          />
        )}
      </Field>
      {gateway === 'exclusive' && (
        <Alert
          type={off ? 'warning' : 'info'}
          showIcon
          data-testid="branch-sum"
          message={t('analysis.inputs.branch.sum', { name: decision.label, sum })}
          description={notes.length ? notes.map((note) => <div key={note}>{note}</div>) : undefined}
        />
      )}
      {gateway !== 'exclusive' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`analysis.inputs.branch.${gateway}`)}
        </Typography.Text>
      )}
    </>
  );
}

/** Percentages typed with decimals add up without binary noise (33.3 + 66.7 = 100). */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
