import { Button, Drawer, Empty, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary, Role } from '../../../shared/domain';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { CompareVersions } from './CompareVersions';
import { PendingNotesSection } from './PendingNotes';
import { RevisionList } from './RevisionList';

type Props = { open: boolean; role: Role; onClose: () => void };

/** The version history of a role, and a side-by-side comparison of any two versions. */
export function HistoryDrawer({ open, role, onClose }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  useReturnFocus(open);
  const [history, setHistory] = useState<RevisionSummary[]>([]);
  const [left, setLeft] = useState<number | null>(null);
  const [right, setRight] = useState<number>(0);
  const [pair, setPair] = useState<{ before: Role; after: Role } | null>(null);

  useEffect(() => {
    if (!open) return;
    call('role:history', { id: role.id }).then((list) => {
      setHistory(list);
      setLeft(list[0]?.version ?? null);
    }, report);
  }, [open, role.id, report]);

  /** Version 0 stands for the role as it is now (the current draft). */
  const load = (version: number): Promise<Role> =>
    version === 0
      ? Promise.resolve(role)
      : call('role:revision', { id: role.id, version }).then((r) => r.snapshot);

  const compare = async () => {
    if (left === null) return;
    try {
      setPair({ before: await load(left), after: await load(right) });
    } catch (error) {
      report(error);
    }
  };

  const options = [
    { value: 0, label: t('history.current') },
    ...history.map((h) => ({
      value: h.version,
      label: t('editor.version', { version: h.version }),
    })),
  ];

  return (
    <Drawer open={open} onClose={onClose} width={pair ? 1100 : 420} title={t('history.title')}>
      <PendingNotesSection notes={role.pendingNotes} />
      {history.length === 0 ? (
        <Empty description={t('history.none')} />
      ) : (
        <>
          <RevisionList roleId={role.id} history={history} />
          <Space wrap style={{ margin: '12px 0' }}>
            <Select
              aria-label={t('history.from')}
              style={{ width: 140 }}
              value={left}
              options={options}
              onChange={setLeft}
            />
            →
            <Select
              aria-label={t('history.to')}
              style={{ width: 140 }}
              value={right}
              options={options}
              onChange={setRight}
            />
            <Button type="primary" onClick={() => void compare()}>
              {t('history.compare')}
            </Button>
          </Space>
          {pair && <CompareVersions before={pair.before} after={pair.after} />}
        </>
      )}
    </Drawer>
  );
}
