import { App as AntApp, Empty } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { FindingsSummary } from '../checks/FindingsSummary';
import { useDraftFindings } from '../checks/useDraftFindings';
import { useCompetencies } from '../competencies/useCompetencies';
import { exportRoleDocx } from '../export/exportActions';
import { HistoryDrawer } from '../history/HistoryDrawer';
import { RoleDeleteDialog } from '../references/RoleDeleteDialog';
import { ApproveDialog } from './ApproveDialog';
import { RoleEditorHeader } from './RoleEditorHeader';
import { RoleSections } from './RoleSections';
import { toRoleDraft } from './roleDraft';
import { useRoleEditor } from './useRoleEditor';

type Props = {
  roleId: number | null;
  departments: Department[];
  onSaved: () => void;
  onDeleted: () => void;
  onDirtyChange: (dirty: boolean) => void;
};

/** The position description editor: every section of the template, saved as one unit. */
export function RoleEditor({ roleId, departments, onSaved, onDeleted, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const { role, draft, setDraft, save, saving, dirty, accept } = useRoleEditor(roleId);
  const { competencies } = useCompetencies();
  const [allRoles, setAllRoles] = useState<RoleSummary[]>([]);
  const [panel, setPanel] = useState<'approve' | 'history' | 'delete' | null>(null);
  const checked = useDraftFindings(draft && toRoleDraft(draft));
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
    if (await save()) {
      void message.success(t('editor.saved'));
      onSaved();
    }
  };

  useEffect(() => {
    submitRef.current = () => void submit();
  });

  const approve = async (note: string) => {
    if (!role) return;
    try {
      accept(await call('role:approve', { id: role.id, note }));
      setPanel(null);
      void message.success(t('approve.done'));
      onSaved();
    } catch (error) {
      report(error);
    }
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
      <RoleEditorHeader
        role={role}
        title={draft.title}
        dirty={dirty}
        saving={saving}
        errorCount={errorCount}
        onApprove={() => setPanel('approve')}
        onHistory={() => setPanel('history')}
        onExport={() =>
          void exportRoleDocx(role.id).then((name) => {
            if (name) void message.success(t('export.done', { name }));
          }, report)
        }
        onDelete={() => setPanel('delete')}
      />
      <FindingsSummary findings={checked} />
      <RoleSections
        draft={draft}
        findings={findings}
        departments={departments}
        roles={allRoles}
        dictionary={competencies}
        onChange={setDraft}
      />
      <ApproveDialog
        open={panel === 'approve'}
        nextVersion={role.version + 1}
        errorCount={errorCount}
        onApprove={(note) => void approve(note)}
        onCancel={() => setPanel(null)}
      />
      <HistoryDrawer open={panel === 'history'} role={role} onClose={() => setPanel(null)} />
      {panel === 'delete' && (
        <RoleDeleteDialog
          role={{ id: role.id, title: draft.title || role.title }}
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
