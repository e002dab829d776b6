import { Empty, List, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDates, todayIn } from '../../../../shared/inspection/calendar';
import type { ImprovementAction } from '../../../../shared/inspection/types';
import { call } from '../../../api/client';
import { ActionDialog } from './ActionDialog';
import { onActionsChanged } from './actionEvents';
import { ActionItem } from './ActionItem';
import type { ImprovementPanelProps } from './panelProps';
import { PanelHeader } from './PanelHeader';
import { sourceLabel } from './sourceOptions';
import { useProcessContext } from './useProcessContext';
import { useRecords } from './useRecords';
import { useSourceRecords } from './useSourceRecords';
import { useLibraryTimeZone } from '../useLibraryTimeZone';

/** Open work first, by due date (none last); done and cancelled after, newest first. */
function byUrgency(a: ImprovementAction, b: ImprovementAction): number {
  const closed = (x: ImprovementAction) => x.status === 'done' || x.status === 'cancelled';
  if (closed(a) !== closed(b)) return closed(a) ? 1 : -1;
  if (closed(a)) return b.updatedAt.localeCompare(a.updatedAt);
  if (a.dueDate === null || b.dueDate === null) return a.dueDate === null ? 1 : -1;
  return compareDates(a.dueDate, b.dueDate);
}

/**
 * 整改措施 / 持续改进: the process's improvement actions with their 5W1H, PDCA stage and
 * status, overdue ones marked, and the revision each opened or was answered by.
 */
export function ActionsPanel(props: ImprovementPanelProps) {
  const { processKey, processId, onOpenProcess, onOpenRole } = props;
  const { t } = useTranslation();
  const K = 'improvementView.actions';
  const { steps, roles } = useProcessContext(processKey, processId);
  const { items, reload, removeWith } = useRecords(
    () => call('inspection:actions', { processKey }),
    processKey,
  );
  const [round, setRound] = useState(0);
  const records = useSourceRecords(processKey, round);
  const [editing, setEditing] = useState<{ action: ImprovementAction | null } | null>(null);
  const zone = useLibraryTimeZone();
  const today = todayIn(new Date(), zone);
  const actions = [...(items ?? [])].sort(byUrgency);
  const refresh = () => {
    reload();
    setRound((n) => n + 1);
  };
  // An action raised from a finding on another tab shows here without leaving the page.
  useEffect(() => onActionsChanged(reload), [reload]);

  return (
    <section aria-label={t(`${K}.title`)} data-testid="actions-panel">
      <PanelHeader
        title={t(`${K}.title`)}
        intro={t(`${K}.intro`)}
        addLabel={t(`${K}.add`)}
        onAdd={() => setEditing({ action: null })}
      />
      {items === null ? (
        <Spin aria-label={t('improvementView.common.loading')} />
      ) : actions.length === 0 ? (
        <Empty description={t(`${K}.empty`)} />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={actions}
          rowKey="key"
          renderItem={(action) => (
            <ActionItem
              action={action}
              today={today}
              zone={zone}
              roles={roles}
              steps={steps}
              sourceText={sourceLabel(t, action.source, records)}
              onEdit={() => setEditing({ action })}
              onDelete={() =>
                removeWith(() =>
                  call('inspection:deleteAction', {
                    key: action.key,
                    expectedVersion: action.editVersion,
                  }),
                )
              }
              onLinked={refresh}
              onOpenProcess={onOpenProcess}
              onOpenRole={onOpenRole}
            />
          )}
        />
      )}
      <ActionDialog
        open={editing !== null}
        processKey={processKey}
        processId={processId}
        action={editing?.action ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          refresh();
        }}
      />
    </section>
  );
}
