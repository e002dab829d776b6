import { Alert, App as AntApp, Button, Space } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/contract';
import type { Department, RoleSummary } from '../../../shared/domain';
import type { Locale } from '../../../shared/i18n/locales';
import type { ProcessSummary } from '../../../shared/process';
import { call } from '../../api/client';
import { useLibraryReadOnly } from '../../app/libraryAccess';
import { useReportError } from '../../ui/useReportError';
import { useCompetencies } from '../competencies/useCompetencies';
import { ChangeForm } from './ChangeForm';
import { changeOf, emptyChangeFields, type ChangeFields } from './changeFields';
import { ImpactPreviewPanel, type ImpactPreview } from './ImpactPreviewPanel';

type Props = {
  departments: Department[];
  onOpenRole: (id: number) => void;
  /** Prefilled fields (the role editor's "调整职责…" menu). */
  initial?: Partial<ChangeFields>;
  onApplied?: () => void;
};

/**
 * Choose a change, preview its impact, apply it after a confirm: the preview names the basis
 * it was computed on, so a library changed meanwhile is refused and previewed again.
 */
export function ResponsibilityChangePanel({ departments, onOpenRole, initial, onApplied }: Props) {
  const { t, i18n } = useTranslation();
  const { modal } = AntApp.useApp();
  const report = useReportError();
  const readOnly = useLibraryReadOnly();
  const { competencies } = useCompetencies();
  const [fields, setFields] = useState<ChangeFields>(() => emptyChangeFields(initial));
  const [roles, setRoles] = useState<RoleSummary[]>([]);
  const [processes, setProcesses] = useState<ProcessSummary[]>([]);
  const [preview, setPreview] = useState<ImpactPreview | null>(null);
  const [applied, setApplied] = useState<ResponseOf<'changes:apply'> | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const change = useMemo(() => changeOf(fields), [fields]);

  const load = useCallback(() => {
    call('role:list', { departmentId: null }).then(setRoles, report);
    call('process:list', { processClass: null, departmentId: null }).then(setProcesses, report);
  }, [report]);
  useEffect(load, [load]);

  const edit = (next: ChangeFields) => {
    setFields(next);
    setPreview(null);
    setStale(false);
  };

  const runPreview = async () => {
    if (!change) return;
    setBusy(true);
    try {
      setPreview(await call('changes:preview', { change }));
      setApplied(null);
      setStale(false);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const apply = () => {
    if (!change || !preview) return;
    modal.confirm({
      title: t('alignment.changes.confirmTitle'),
      content: t('alignment.changes.confirmBody', preview.counts),
      okText: t('alignment.changes.apply'),
      onOk: async () => {
        try {
          const locale = i18n.language as Locale;
          const result = await call('changes:apply', { change, basis: preview.basis, locale });
          setApplied(result);
          setPreview(null);
          setFields(emptyChangeFields({ kind: fields.kind }));
          load();
          onApplied?.();
        } catch (error) {
          if ((error as { code?: string }).code === 'EDIT_CONFLICT') setStale(true);
          else report(error);
        }
      },
    });
  };

  const titleOf = new Map(roles.map((r) => [r.id, r.title]));
  return (
    <Space direction="vertical" style={{ width: '100%', padding: '8px 0 24px' }} size="middle">
      <ChangeForm
        fields={fields}
        onChange={edit}
        roles={roles}
        departments={departments}
        processes={processes}
        competencies={competencies}
      />
      <Space>
        <Button onClick={() => void runPreview()} disabled={!change} loading={busy}>
          {t('alignment.changes.preview')}
        </Button>
        <Button type="primary" onClick={apply} disabled={!preview || readOnly}>
          {t('alignment.changes.apply')}
        </Button>
      </Space>
      {stale && <Alert type="warning" showIcon message={t('alignment.changes.stale')} />}
      {applied && (
        <Alert
          type="success"
          showIcon
          message={t('alignment.changes.applied', { note: applied.note })}
          description={
            <Space wrap>
              {applied.roleIds.map((id) => (
                <Button key={id} type="link" size="small" onClick={() => onOpenRole(id)}>
                  {titleOf.get(id) ?? id}
                </Button>
              ))}
            </Space>
          }
        />
      )}
      {preview && <ImpactPreviewPanel preview={preview} onOpenRole={onOpenRole} />}
    </Space>
  );
}
