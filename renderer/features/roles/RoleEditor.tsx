import { App as AntApp, Empty } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import { call } from '../../api/client';
import { errorText } from '../../../shared/i18n/errorText';
import { ConflictDialog } from '../../ui/ConflictDialog';
import { useReportError } from '../../ui/useReportError';
import { AlignmentSummary } from '../alignment/AlignmentSummary';
import { useRoleAlignment } from '../alignment/useRoleAlignment';
import { FindingsSummary } from '../checks/FindingsSummary';
import { useDraftFindings } from '../checks/useDraftFindings';
import { useCompetencies } from '../competencies/useCompetencies';
import { exportRoleDocx } from '../export/exportActions';
import { HistoryDrawer } from '../history/HistoryDrawer';
import { RoleDeleteDialog } from '../references/RoleDeleteDialog';
import { approvalNoteOf } from '../history/PendingNotes';
import { RoleChangeMenu } from '../responsibility/RoleChangeMenu';
import { ApproveDialog } from './ApproveDialog';
import { useLibraryReadOnly } from '../../app/libraryAccess';
import { DamagedNotice } from '../../ui/DamagedNotice';
import { RoleEditorHeader } from './RoleEditorHeader';
import { RoleSections } from './RoleSections';
import { draftRefusal, toRoleDraft } from './roleDraft';
import { useRoleEditor } from './useRoleEditor';

type Props = {
  roleId: number | null;
  departments: Department[];
  onSaved: () => void;
  onDeleted: () => void;
  onDirtyChange: (dirty: boolean) => void;
  /** Opens another role (the copy kept after a conflict). */
  onOpenRole: (id: number) => void;
};

/** The position description editor: every section of the template, saved as one unit. */
export function RoleEditor(props: Props) {
  const { roleId, departments, onSaved, onDeleted, onDirtyChange } = props;
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const editor = useRoleEditor(roleId);
  const { role, draft, setDraft, save, saving, dirty, accept, fail } = editor;
  const libraryReadOnly = useLibraryReadOnly();
  // A role whose stored sections are damaged is read-only until a repaired copy is saved.
  const damaged = Boolean(role?.damaged?.length);
  const readOnly = libraryReadOnly || damaged;
  const { competencies } = useCompetencies();
  const [allRoles, setAllRoles] = useState<RoleSummary[]>([]);
  const [panel, setPanel] = useState<'approve' | 'history' | 'delete' | null>(null);
  const roleDraft = draft && toRoleDraft(draft);
  const checked = useDraftFindings(roleDraft);
  // Issue 10: the same draft against the process maps (J1–J8), beside the same fields.
  const against = useRoleAlignment(roleDraft);
  const findings = checked ?? [];
  const errorCount = findings.filter((f) => f.severity === 'error').length;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  useEffect(() => {
    if (roleId === null) return;
    call('role:list', { departmentId: null }).then(setAllRoles, report);
  }, [roleId, report]);

  // Ctrl+S / Cmd+S saves wherever the focus is, as in any editor.
  const submitRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        submitRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submit = async () => {
    if (!draft || !dirty || saving) return;
    if (draft.title.trim() === '' || draft.duties.some((duty) => duty.text.trim() === '')) {
      void message.warning(
        t(draft.title.trim() === '' ? 'editor.titleRequired' : 'editor.dutyRequired'),
      );
      return;
    }
    // A field over its limit or a weight out of range is marked at the field; say so, send nothing.
    const refusal = draftRefusal(draft);
    if (refusal) {
      void message.error(errorText(t, 'INVALID_REQUEST', refusal));
      return;
    }
    if (await save()) {
      void message.success(t('editor.saved'));
      onSaved();
    }
  };

  useEffect(() => {
    submitRef.current = () => void submit();
  });

  const approve = async (note: string, approver: string) => {
    if (!role) return;
    try {
      accept(
        await call('role:approve', {
          id: role.id,
          note,
          approver,
          expectedVersion: role.editVersion,
        }),
      );
      setPanel(null);
      void message.success(t('approve.done'));
      onSaved();
    } catch (error) {
      setPanel(null);
      fail(error);
    }
  };

  /** After a conflict: this window's edits become a new draft role, which opens here. */
  const keepCopy = async () => {
    if (!draft) return;
    const title = t('conflict.copyTitle', { name: draft.title.trim() }).slice(0, 200);
    const copy = await editor.saveCopy(title);
    if (!copy) return;
    void message.success(t('conflict.copied', { name: copy.title }));
    onDirtyChange(false);
    onSaved();
    props.onOpenRole(copy.id);
  };

  if (roleId === null || !draft || !role) {
    return (
      <Empty style={{ marginTop: 120 }} description={roleId === null ? t('editor.empty') : null} />
    );
  }

  return (
    <form
      aria-label={draft.title || t('roles.newTitle')}
      style={{ padding: '16px 24px', maxWidth: 980 }}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {damaged && (
        <DamagedNotice
          target={{ channel: 'role:repair', id: role.id }}
          disabled={libraryReadOnly}
          onRepaired={() => void call('role:get', { id: role.id }).then(accept, report)}
        />
      )}
      <RoleEditorHeader
        role={role}
        title={draft.title}
        dirty={dirty}
        saving={saving}
        errorCount={errorCount}
        readOnly={readOnly}
        onApprove={() => setPanel('approve')}
        onHistory={() => setPanel('history')}
        onExport={() =>
          void exportRoleDocx(role.id, null).then((name) => {
            if (name) void message.success(t('export.done', { name }));
          }, report)
        }
        onDelete={() => setPanel('delete')}
        changeMenu={
          <RoleChangeMenu
            roleId={role.id}
            departments={departments}
            disabled={readOnly || dirty}
            onOpenRole={props.onOpenRole}
            // A merged or deleted role is gone: the editor closes as after a delete.
            onApplied={() => void call('role:get', { id: role.id }).then(accept, onDeleted)}
          />
        }
      />
      <FindingsSummary findings={checked} />
      <AlignmentSummary findings={against} />
      <RoleSections
        draft={draft}
        findings={findings}
        alignment={against ?? []}
        departments={departments}
        roles={allRoles}
        dictionary={competencies}
        onChange={setDraft}
      />
      <ApproveDialog
        open={panel === 'approve'}
        nextVersion={role.version + 1}
        errorCount={errorCount}
        initialNote={approvalNoteOf(role.pendingNotes)}
        onApprove={(note, approver) => void approve(note, approver)}
        onCancel={() => setPanel(null)}
      />
      <HistoryDrawer open={panel === 'history'} role={role} onClose={() => setPanel(null)} />
      <ConflictDialog
        name={editor.conflict}
        keep="copy"
        onReload={editor.reload}
        onKeep={keepCopy}
        onCancel={editor.closeConflict}
      />
      {panel === 'delete' && (
        <RoleDeleteDialog
          role={{ id: role.id, title: draft.title || role.title, editVersion: role.editVersion }}
          onCancel={() => setPanel(null)}
          onDeleted={() => {
            setPanel(null);
            onDirtyChange(false);
            onDeleted();
          }}
        />
      )}
    </form>
  );
}
