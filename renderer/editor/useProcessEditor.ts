import { App as AntApp } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Process, ProcessBasics, ProcessGraph } from '../../shared/process';
import { call, editConflictName } from '../api/client';
import { useReportError } from '../ui/useReportError';
import { execute, redo, startHistory, undo, type History } from './commands/history';
import { syncPlacement } from './view/placement';

/** Whether two records say the same (the form gives a new object on every keystroke). */
function sameBasics(a: ProcessBasics, b: ProcessBasics): boolean {
  return (
    (Object.keys(a) as (keyof ProcessBasics)[]).every(
      (key) => key === 'kpis' || a[key] === b[key],
    ) &&
    (Object.keys(a.kpis) as (keyof ProcessBasics['kpis'])[]).every(
      (key) => a.kpis[key] === b.kpis[key],
    )
  );
}

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
  // The history as of the last command, read and written outside React's state updaters, so
  // a command runs exactly once and its result is known at once (the new step's id…).
  const historyRef = useRef<History | null>(null);
  const commit = useCallback((next: History) => {
    historyRef.current = next;
    setHistory(next);
  }, []);
  // What was last loaded or saved: the graph object itself (commands make new graphs, undo
  // brings the old object back) and the record's fields.
  const [saved, setSaved] = useState<{ basics: ProcessBasics; graph: ProcessGraph } | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);

  const accept = useCallback(
    (loaded: Process) => {
      setProcess(loaded);
      setBasics(basicsOf(loaded));
      const current = historyRef.current;
      commit(current ? { ...current, present: loaded.graph } : startHistory(loaded.graph));
      setSaved({ basics: basicsOf(loaded), graph: loaded.graph });
    },
    [commit],
  );

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

  /** Runs an edit as one undoable step (none when it changed nothing); returns the graph after it. */
  const run = useCallback(
    (name: string, next: (graph: ProcessGraph) => ProcessGraph, mergeKey?: string) => {
      const current = historyRef.current;
      if (!current) return null;
      // Every edit leaves each moved or new step in the lane and phase its centre is in.
      const changed = syncPlacement(current.present, next(current.present));
      const updated = execute(current, name, changed, mergeKey);
      if (updated !== current) commit(updated);
      return updated.present;
    },
    [commit],
  );
  const step = useCallback(
    (move: (history: History) => History) => {
      const current = historyRef.current;
      if (!current) return null;
      const moved = move(current);
      commit(moved);
      return moved === current ? null : moved.present;
    },
    [commit],
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
    basics !== null &&
    history !== null &&
    saved !== null &&
    (history.present !== saved.graph || !sameBasics(basics, saved.basics));

  return {
    process,
    basics,
    setBasics,
    history,
    run,
    undo: () => step(undo),
    redo: () => step(redo),
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
