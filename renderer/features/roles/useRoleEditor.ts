import { useCallback, useEffect, useState } from 'react';
import type { Role } from '../../../shared/domain';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { isDirty, toEditorRole, toRoleDraft, type EditorRole } from './roleDraft';

/**
 * Loads a role into an editable draft and saves it back as one aggregate. The component
 * using it is keyed by role id, so another role starts from fresh state.
 */
export function useRoleEditor(roleId: number | null) {
  const report = useReportError();
  const [saved, setSaved] = useState<EditorRole | null>(null);
  const [draft, setDraft] = useState<EditorRole | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [saving, setSaving] = useState(false);

  const accept = useCallback((loaded: Role) => {
    const editable = toEditorRole(loaded);
    setRole(loaded);
    setSaved(editable);
    setDraft(editable);
  }, []);

  useEffect(() => {
    if (roleId === null) return;
    let current = true;
    call('role:get', { id: roleId })
      .then((loaded) => current && accept(loaded))
      .catch((error: unknown) => current && report(error));
    return () => {
      current = false;
    };
  }, [roleId, accept, report]);

  const save = useCallback(async (): Promise<Role | null> => {
    if (!draft) return null;
    setSaving(true);
    try {
      const stored = await call('role:save', toRoleDraft(draft));
      accept(stored);
      return stored;
    } catch (error) {
      report(error);
      return null;
    } finally {
      setSaving(false);
    }
  }, [draft, accept, report]);

  return { role, draft, setDraft, save, saving, accept, dirty: isDirty(draft, saved) };
}
