import { reloadAnalysisLibrary } from '../../editor/analysis/analysisLibrary';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Role } from '../../../shared/domain';
import { call, editConflictName } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { isDirty, toEditorRole, toRoleDraft, type EditorRole } from './roleDraft';

/**
 * Loads a role into an editable draft and saves it back as one aggregate. The component
 * using it is keyed by role id, so another role starts from fresh state.
 *
 * Every write names the edit version the editor loaded; when another window saved first the
 * save is refused and `conflict` holds the role's name until the user reloads, keeps a copy,
 * or goes on editing.
 */
export function useRoleEditor(roleId: number | null) {
  const report = useReportError();
  const [saved, setSaved] = useState<EditorRole | null>(null);
  const [draft, setDraft] = useState<EditorRole | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);

  const accept = useCallback((loaded: Role) => {
    const editable = toEditorRole(loaded);
    setRole(loaded);
    setSaved(editable);
    setDraft(editable);
  }, []);

  /** Reports a failed write; a conflict opens the conflict dialog instead of a message. */
  const fail = useCallback(
    (error: unknown) => {
      const name = editConflictName(error);
      if (name === null) report(error);
      else setConflict(name);
    },
    [report],
  );

  // `report` changes with the interface language; loading again then would drop unsaved edits.
  const reportRef = useRef(report);
  useEffect(() => {
    reportRef.current = report;
  });
  useEffect(() => {
    if (roleId === null) return;
    let current = true;
    call('role:get', { id: roleId })
      .then((loaded) => current && accept(loaded))
      .catch((error: unknown) => current && reportRef.current(error));
    return () => {
      current = false;
    };
  }, [roleId, accept]);

  const save = useCallback(async (): Promise<Role | null> => {
    if (!draft || !role) return null;
    setSaving(true);
    try {
      const stored = await call('role:save', {
        ...toRoleDraft(draft),
        expectedVersion: role.editVersion,
      });
      accept(stored);
      // The role's cost may have changed: the process analysis's rates are read again.
      void reloadAnalysisLibrary();
      return stored;
    } catch (error) {
      fail(error);
      return null;
    } finally {
      setSaving(false);
    }
  }, [draft, role, accept, fail]);

  /** Takes the version another window saved, dropping this window's edits. */
  const reload = useCallback(async () => {
    if (roleId === null) return;
    try {
      accept(await call('role:get', { id: roleId }));
      setConflict(null);
    } catch (error) {
      report(error);
    }
  }, [roleId, accept, report]);

  /** Keeps this window's edits as a new draft role titled `title`; the original is untouched. */
  const saveCopy = useCallback(
    async (title: string): Promise<Role | null> => {
      if (!draft) return null;
      try {
        const { id: _id, ...copy } = toRoleDraft(draft);
        const created = await call('role:saveCopy', { ...copy, title });
        setConflict(null);
        return created;
      } catch (error) {
        report(error);
        return null;
      }
    },
    [draft, report],
  );

  return {
    role,
    draft,
    setDraft,
    save,
    saving,
    accept,
    fail,
    dirty: isDirty(draft, saved),
    conflict,
    closeConflict: () => setConflict(null),
    reload,
    saveCopy,
  };
}
