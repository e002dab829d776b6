import { App as AntApp } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Process, ProcessBasics, ProcessGraph } from '../../shared/process';
import { call } from '../api/client';
import { useReportError } from '../ui/useReportError';
import { execute, redo, startHistory, undo, type History } from './commands/history';

function basicsOf(process: Process): ProcessBasics {
  return {
    code: process.code,
    name: process.name,
    processClass: process.processClass,
    ownerRoleId: process.ownerRoleId,
    departmentId: process.departmentId,
    purpose: process.purpose,
    trigger: process.trigger,
    output: process.output,
    kpis: process.kpis,
  };
}

/**
 * One process in the editor: its record, the graph with undo history, and save. The
 * component using it is keyed by process id, so another process starts from fresh state.
 */
export function useProcessEditor(processId: number) {
  const report = useReportError();
  const { t } = useTranslation();
  const { notification } = AntApp.useApp();
  const [process, setProcess] = useState<Process | null>(null);
  const [basics, setBasics] = useState<ProcessBasics | null>(null);
  const [history, setHistory] = useState<History | null>(null);
  const [savedKey, setSavedKey] = useState('');
  const [saving, setSaving] = useState(false);

  const accept = useCallback((loaded: Process) => {
    setProcess(loaded);
    setBasics(basicsOf(loaded));
    setHistory((current) =>
      current ? { ...current, present: loaded.graph } : startHistory(loaded.graph),
    );
    setSavedKey(JSON.stringify([basicsOf(loaded), loaded.graph]));
  }, []);

  useEffect(() => {
    let current = true;
    call('process:get', { id: processId }).then((loaded) => current && accept(loaded), report);
    return () => {
      current = false;
    };
  }, [processId, accept, report]);

  const run = useCallback(
    (name: string, next: (graph: ProcessGraph) => ProcessGraph, mergeKey?: string) => {
      setHistory((current) =>
        current ? execute(current, name, next(current.present), mergeKey) : current,
      );
    },
    [],
  );

  const save = useCallback(async (): Promise<boolean> => {
    if (!basics || !history) return false;
    setSaving(true);
    try {
      const saved = await call('process:save', {
        id: processId,
        ...basics,
        graph: history.present,
      });
      accept(saved);
      // What the save unbound (references to deleted roles…) stays on screen until closed.
      if (saved.notices.length > 0) {
        notification.warning({
          message: t('notices.title'),
          description: saved.notices.map((n) => t(`notices.${n.code}`, n.params)).join('\n'),
          duration: 0,
          style: { whiteSpace: 'pre-line' },
        });
      }
      return true;
    } catch (error) {
      report(error);
      return false;
    } finally {
      setSaving(false);
    }
  }, [basics, history, processId, accept, report, notification, t]);

  const dirty =
    basics !== null && history !== null && JSON.stringify([basics, history.present]) !== savedKey;

  return {
    process,
    basics,
    setBasics,
    history,
    run,
    undo: () => setHistory((h) => (h ? undo(h) : h)),
    redo: () => setHistory((h) => (h ? redo(h) : h)),
    save,
    saving,
    dirty,
    accept,
  };
}
