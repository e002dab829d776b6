import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LinkedStep } from '../../../../shared/domain';
import { stepName } from './StepPicker';

type Props = {
  steps: LinkedStep[];
  /** The step's 步骤编号 when the role's steps know it. */
  numberOf: (step: LinkedStep) => number | null;
  onChange: (steps: LinkedStep[]) => void;
};

/**
 * A duty's linked steps as chips "流程 · 10 审核理赔申请". A renamed step says its new name with
 * 确认 (the link takes the new label), a deleted one says so with 移除: nothing is dropped
 * without the user seeing it.
 */
export function DutyStepChips({ steps, numberOf, onChange }: Props) {
  const { t } = useTranslation();
  const replace = (index: number, link: LinkedStep | null) =>
    onChange(steps.flatMap((step, i) => (i !== index ? [step] : link ? [link] : [])));
  return (
    <Space size={[4, 4]} wrap>
      {steps.map((step, index) => {
        const name = t('alignment.links.chip', {
          process: step.processName ?? '?',
          step: stepName({ stepNumber: numberOf(step), label: step.label }),
        });
        const key = `${step.processId}:${step.nodeId}`;
        if (step.state === 'ok') {
          return (
            <Tag
              key={key}
              color="blue"
              style={{ whiteSpace: 'normal', maxWidth: '100%' }}
              closable
              data-testid="duty-step-chip"
              closeIcon={
                <span aria-label={t('alignment.links.removeLink', { step: name })}>×</span>
              }
              onClose={(event) => {
                event.preventDefault();
                replace(index, null);
              }}
            >
              {name}
            </Tag>
          );
        }
        const renamed = step.state === 'stepRenamed';
        return (
          <Tag
            key={key}
            color={renamed ? 'gold' : 'red'}
            data-testid="duty-step-chip"
            style={{ whiteSpace: 'normal', maxWidth: '100%' }}
          >
            <Typography.Text delete={!renamed} style={{ fontSize: 12 }}>
              {name}
            </Typography.Text>{' '}
            <span role="status">
              {renamed
                ? t('alignment.links.stepRenamed', { label: step.currentLabel ?? '' })
                : t('alignment.links.stepDeleted')}
            </span>{' '}
            {renamed ? (
              <Button
                size="small"
                type="link"
                style={{ padding: 0, height: 'auto' }}
                onClick={() =>
                  replace(index, { ...step, label: step.currentLabel ?? step.label, state: 'ok' })
                }
              >
                {t('alignment.links.confirm')}
              </Button>
            ) : (
              <Button
                size="small"
                type="link"
                danger
                style={{ padding: 0, height: 'auto' }}
                onClick={() => replace(index, null)}
              >
                {t('alignment.links.remove')}
              </Button>
            )}
          </Tag>
        );
      })}
    </Space>
  );
}
