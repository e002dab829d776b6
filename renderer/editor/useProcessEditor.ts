import { App as AntApp } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Process, ProcessBasics, ProcessGraph } from '../../shared/process';
import { call, editConflictName } from '../api/client';
import { useReportError } from '../ui/useReportError';
import { execute, redo, startHistory, undo, type History } from './commands/history';
import { syncPlacement } from './view/placement';

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
 * Writes name the edit version the editor loaded; when another window saved first,
 * `conflict` holds the process name until the user reloads, keeps a copy, or goes on editing.
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
  const [conflict, setConflict] = useState<string | null>(null);

  const accept = useCallback((loaded: Process) => {
    setProcess(loaded);
    setBasics(basicsOf(loaded));
    setHistory((current) =>
      current ? { ...current, present: loaded.graph } : startHistory(loaded.graph),
    );
    setSavedKey(JSON.stringify([basicsOf(loaded), loaded.graph]));
  }, []);

  // `report` changes with the interface language; loading again then would drop unsaved edits.
  const reportRef = useRef(report);
  useEffect(() => {
    reportRef.current = report;
  });
  useEffect(() => {
    let current = true;
    call('process:get', { id: processId }).then(
      (loaded) => current && accept(loaded),
      (error: unknown) => reportRef.current(error),
    );
    return () => {
      current = false;
    };
  }, [processId, accept]);

  const run = useCallback(
    (name: string, next: (graph: ProcessGraph) => ProcessGraph, mergeKey?: string) => {
      setHistory((current) =>
        // Every edit leaves each moved or new step in the lane and phase its centre is in.
        current
          ? execute(current, name, syncPlacement(current.present, next(current.present)), mergeKey)
          : current,
      );
    },
    [],
  );

  /** Reports a failed write; a conflict opens the conflict dialog instead of a message. */
  const fail = useCallback(
    (error: unknown) => {
      const name = editConflictName(error);
      if (name === null) report(error);
      else setConflict(name);
    },
    [report],
  );

  const save = useCallback(async (): Promise<boolean> => {
    if (!basics || !history || !process) return false;
    setSaving(true);
    try {
      const request = { id: processId, ...basics, graph: history.present };
      const saved = await call('process:save', {
        ...request,
        expectedVersion: process.editVersion,
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
      fail(error);
      return false;
    } finally {
      setSaving(false);
    }
  }, [basics, history, process, processId, accept, fail, notification, t]);

  /** Takes the version another window saved, dropping this window's edits. */
  const reload = useCallback(async () => {
    try {
      accept(await call('process:get', { id: processId }));
      setConflict(null);
    } catch (error) {
      report(error);
    }
  }, [processId, accept, report]);

  /** Keeps this window's record and drawing as a new draft process named `name`. */
  const saveCopy = useCallback(
    async (name: string): Promise<Process | null> => {
      if (!basics || !history) return null;
      try {
        const copy = await call('process:saveCopy', { ...basics, name, graph: history.present });
        setConflict(null);
        return copy;
      } catch (error) {
        report(error);
        return null;
      }
    },
    [basics, history, report],
  );

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
    fail,
    conflict,
    closeConflict: () => setConflict(null),
    reload,
    saveCopy,
  };
}
