import { AlertOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionSource, ImprovementAction } from '../../../../shared/inspection/types';
import { ActionDialog } from './ActionDialog';
import { actionsChanged } from './actionEvents';

type Props = {
  processKey: string;
  /** The finding the action answers: an inspection's KPI, a survey, a complaint. */
  source: ActionSource;
  /** What to do, when the finding suggests it. */
  what?: string;
  /** Why: the finding in words, e.g. findingWhy(...) for a missed KPI. */
  why?: string;
  onRaised?: (action: ImprovementAction) => void;
  size?: 'small' | 'middle';
  /** Names the finding for a screen reader when many such buttons share a screen. */
  finding?: string;
  /** A link in a dense table (one per missed KPI), a button elsewhere. */
  quiet?: boolean;
};

/**
 * "提出整改措施" beside a finding (a missed KPI of an inspection, a survey's shortfall, a
 * complaint): opens the 5W1H dialog filled from the finding, and saves a new action.
 */
export function RaiseActionButton(props: Props) {
  const { processKey, source, what, why, onRaised, size, finding, quiet } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size={size ?? 'small'}
        type={quiet ? 'link' : 'default'}
        style={quiet ? { paddingInline: 0 } : undefined}
        icon={<AlertOutlined />}
        onClick={() => setOpen(true)}
        aria-label={finding ? t('improvementView.actions.raiseFor', { finding }) : undefined}
      >
        {t('improvementView.actions.raise')}
      </Button>
      <ActionDialog
        open={open}
        processKey={processKey}
        processId={null}
        action={null}
        prefill={{ source, what: what ?? '', why: why ?? '' }}
        onClose={() => setOpen(false)}
        onSaved={(action) => {
          setOpen(false);
          actionsChanged();
          onRaised?.(action);
        }}
      />
    </>
  );
}
