import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { stepKey } from '../../../../shared/alignment/library';
import type { LinkedStep } from '../../../../shared/domain';
import type { StepCandidate } from '../../../../shared/links/candidates';

type Props = {
  n: number;
  candidates: StepCandidate[];
  steps: LinkedStep[];
  onChange: (steps: LinkedStep[]) => void;
};

/** "10 审核理赔申请" — the step's number, as the 流程说明书 quotes it, then its name. */
export function stepName(step: { stepNumber: number | null; label: string }): string {
  return step.stepNumber === null ? step.label : `${step.stepNumber} ${step.label}`;
}

/**
 * Picks the steps a duty links to from those the role takes part in, grouped by process and
 * searchable by process or step name; each shows the role's RACI letter.
 */
export function StepPicker({ n, candidates, steps, onChange }: Props) {
  const { t } = useTranslation();
  const byProcess = new Map<number, StepCandidate[]>();
  for (const step of candidates) {
    byProcess.set(step.processId, [...(byProcess.get(step.processId) ?? []), step]);
  }
  const treeData = [...byProcess.values()].map((group) => ({
    value: `process:${group[0]?.processId ?? 0}`,
    title: group[0]?.processName ?? '',
    selectable: false,
    checkable: false,
    children: group.map((step) => ({
      value: stepKey(step.processId, step.nodeId),
      title: `${stepName(step)} (${step.letter})`,
    })),
  }));
  const known = new Map(candidates.map((c) => [stepKey(c.processId, c.nodeId), c]));
  const value = steps.map((step) => stepKey(step.processId, step.nodeId));
  return (
    <TreeSelect
      aria-label={t('alignment.links.pickerTitle', { n })}
      placeholder={t('alignment.links.linkSteps')}
      notFoundContent={t('alignment.links.pickerEmpty')}
      style={{ minWidth: 220 }}
      size="small"
      multiple
      treeCheckable={false}
      showSearch
      treeDefaultExpandAll
      treeNodeFilterProp="title"
      maxTagCount={0}
      maxTagPlaceholder={() => t('alignment.links.linkSteps')}
      value={value}
      treeData={treeData}
      onChange={(keys: string[]) => {
        const kept = steps.filter((step) => keys.includes(stepKey(step.processId, step.nodeId)));
        const added = keys.flatMap((key): LinkedStep[] => {
          const candidate = known.get(key);
          if (!candidate || value.includes(key)) return [];
          return [
            {
              processId: candidate.processId,
              nodeId: candidate.nodeId,
              label: candidate.label,
              processName: candidate.processName,
              currentLabel: candidate.label,
              state: 'ok',
            },
          ];
        });
        onChange([...kept, ...added]);
      }}
    />
  );
}
