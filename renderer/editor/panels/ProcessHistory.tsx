import { Button, Drawer, Empty, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingNote, RevisionSummary } from '../../../shared/domain';
import type { ProcessGraph } from '../../../shared/process';
import { diffProcesses, type ProcessDiff } from '../../../shared/processDiff';
import { call } from '../../api/client';
import { PendingNotesSection } from '../../features/history/PendingNotes';
import { RevisionList } from '../../features/history/RevisionList';
import { useReportError } from '../../ui/useReportError';
import { ChangeList } from '../history/ChangeList';
import { VersionMap } from '../history/VersionMap';

/** What the drawer shows beside the list: one version's map, or two compared. */
type Shown = { title: string; graph: ProcessGraph; diff: ProcessDiff | null };

/**
 * The approved versions of a process with their revision notes (持续改进); any version opens
 * read-only, and two versions are compared on the map and in a list of changes.
 */
export function ProcessHistory(props: {
  open: boolean;
  processId: number;
  /** Notes of changes waiting for approval, listed above the approved versions (issue 10). */
  pendingNotes?: PendingNote[];
  onClose: () => void;
}) {
  const { open, processId, onClose } = props;
  const { t } = useTranslation();
  const report = useReportError();
  const [history, setHistory] = useState<RevisionSummary[]>([]);
  const [picked, setPicked] = useState<number>(0);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number>(0);
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    if (!open) return;
    call('process:history', { id: processId }).then((list) => {
      setShown(null);
      setHistory(list);
      setPicked(list[0]?.version ?? 0);
      setFrom(list[1]?.version ?? list[0]?.version ?? null);
      setTo(list[1] ? (list[0]?.version ?? 0) : 0);
    }, report);
  }, [open, processId, report]);

  /** Version 0 stands for the process as last saved. */
  const load = async (version: number): Promise<ProcessGraph> =>
    version === 0
      ? (await call('process:get', { id: processId })).graph
      : (await call('process:revision', { id: processId, version })).graph;
  const name = (version: number) => (version === 0 ? t('processHistory.current') : String(version));

  const view = async () => {
    try {
      const graph = await load(picked);
      const title =
        picked === 0
          ? t('processHistory.current')
          : t('processHistory.viewTitle', { version: picked });
      setShown({ title, graph, diff: null });
    } catch (error) {
      report(error);
    }
  };
  const compare = async () => {
    if (from === null) return;
    try {
      const [before, after] = [await load(from), await load(to)];
      const title = t('processHistory.compareTitle', { from: name(from), to: name(to) });
      setShown({ title, graph: after, diff: diffProcesses(before, after) });
    } catch (error) {
      report(error);
    }
  };

  const options = [
    { value: 0, label: t('processHistory.current') },
    ...history.map((h) => ({
      value: h.version,
      label: t('editor.version', { version: h.version }),
    })),
  ];
  return (
    <Drawer
      rootClassName="process-history"
      open={open}
      onClose={onClose}
      width={shown ? '92vw' : 460}
      title={shown ? shown.title : t('history.title')}
      extra={shown && <Button onClick={() => setShown(null)}>{t('processHistory.close')}</Button>}
    >
      {!shown && <PendingNotesSection notes={props.pendingNotes} />}
      {history.length === 0 ? (
        <Empty description={t('history.none')} />
      ) : shown ? (
        <div style={{ display: 'flex', gap: 16, height: '100%' }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <VersionMap graph={shown.graph} diff={shown.diff} />
          </div>
          {shown.diff && (
            <div style={{ width: 320, overflow: 'auto' }}>
              <ChangeList changes={shown.diff.changes} />
            </div>
          )}
        </div>
      ) : (
        <>
          <RevisionList history={history} />
          <Typography.Title level={5}>{t('processHistory.view')}</Typography.Title>
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              aria-label={t('processHistory.view')}
              style={{ width: 160 }}
              value={picked}
              options={options}
              onChange={setPicked}
            />
            <Button onClick={() => void view()}>{t('processHistory.view')}</Button>
          </Space>
          <Typography.Title level={5}>{t('history.compare')}</Typography.Title>
          <Space wrap>
            <Select
              aria-label={t('history.from')}
              style={{ width: 140 }}
              value={from}
              options={options}
              onChange={setFrom}
            />
            →
            <Select
              aria-label={t('history.to')}
              style={{ width: 140 }}
              value={to}
              options={options}
              onChange={setTo}
            />
            <Button type="primary" onClick={() => void compare()}>
              {t('history.compare')}
            </Button>
          </Space>
        </>
      )}
    </Drawer>
  );
}
