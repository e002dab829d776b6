import { Alert, Button, Modal, Progress, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import { confirmedRoleOf, type FileChoice, initialChoice } from '../../../shared/import/confirm';
import { ApiCallError, call, isDesktop } from '../../api/client';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { uploadedFiles } from './uploadFiles';
import { useWordImportJob } from './useWordImportJob';
import { WordFileList } from './WordFileList';
import { WordFilePreview } from './WordFilePreview';

type Props = { onClose: () => void; onImported: () => void };

type Outcome = { fileName: string; roleId: number | null; error: string | null };

/**
 * Import of Word descriptions in the user's sight: pick files or a folder, watch them being
 * read (with a stop button), see per file what was found, refused or skipped, tick what to
 * keep, and only then store the roles — as drafts.
 */
export function WordImportDialog({ onClose, onImported }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const { job, start, cancel } = useWordImportJob(setError);
  const [choices, setChoices] = useState<Record<number, FileChoice>>({});
  const [selected, setSelected] = useState<number | null>(null);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [roles, setRoles] = useState<RoleSummary[]>([]);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome[] | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  // Mounted only while open: focus goes back to 导入 Word… when it closes.
  useReturnFocus(true);

  useEffect(() => {
    void Promise.all([call('department:list', {}), call('role:list', { departmentId: null })]).then(
      ([departmentList, roleList]) => {
        setDepartments(departmentList);
        setRoles(roleList);
      },
      setError,
    );
  }, []);

  // The user's choices over the defaults of each read file; the first file read is shown.
  const effective = useMemo(() => {
    const all: Record<number, FileChoice> = {};
    job?.files.forEach((file, index) => {
      if (file.preview) all[index] = choices[index] ?? initialChoice(file.preview);
    });
    return all;
  }, [job, choices]);
  const shown = selected ?? job?.files.findIndex((file) => file.preview !== null) ?? null;

  const pick = useCallback(
    async (mode: 'files' | 'folder') => {
      setError(null);
      if (!isDesktop()) {
        (mode === 'folder' ? folderInput : filesInput).current?.click();
        return;
      }
      try {
        const picked = await call('import:pickWord', { mode });
        await start({ kind: 'picked', pickId: picked.pickId });
      } catch (pickError) {
        if (!(pickError instanceof ApiCallError && pickError.code === 'CANCELLED'))
          setError(pickError);
      }
    },
    [start],
  );

  const uploaded = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    await start({ kind: 'uploaded', files: await uploadedFiles([...list]) });
  };

  const confirmed = useMemo(
    () =>
      (job?.files ?? []).flatMap((file, index) => {
        const choice = effective[index];
        const role =
          file.preview && choice ? confirmedRoleOf(file.fileName, file.preview, choice) : null;
        return role ? [role] : [];
      }),
    [job, effective],
  );

  const save = async () => {
    setSaving(true);
    try {
      const { results } = await call('import:commitWord', { roles: confirmed });
      setOutcome(results);
      onImported();
    } catch (saveError) {
      setError(saveError);
    } finally {
      setSaving(false);
    }
  };

  const running = job?.state === 'running';
  const counts = {
    read: job?.files.filter((f) => f.state === 'read').length ?? 0,
    refused: job?.files.filter((f) => f.state === 'refused').length ?? 0,
    skipped: job?.files.filter((f) => f.state === 'skipped').length ?? 0,
  };
  const selectedFile = shown !== null && shown >= 0 ? job?.files[shown] : undefined;
  const selectedChoice = shown !== null ? effective[shown] : undefined;
  const imported = outcome?.filter((o) => o.roleId !== null).length ?? 0;

  const footer = outcome
    ? [
        <Button key="close" type="primary" onClick={onClose}>
          {t('wordImport.dialog.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={onClose} disabled={saving}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="import"
          type="primary"
          loading={saving}
          disabled={running || confirmed.length === 0}
          onClick={() => void save()}
        >
          {saving
            ? t('wordImport.dialog.importing')
            : t('wordImport.dialog.confirm', { count: confirmed.length })}
        </Button>,
      ];

  return (
    <Modal
      open
      width={1080}
      title={
        outcome
          ? t('wordImport.dialog.doneTitle', { count: imported })
          : t('wordImport.dialog.title')
      }
      maskClosable={false}
      closable={!saving}
      onCancel={saving ? undefined : onClose}
      footer={footer}
      styles={{ body: { minHeight: 240 } }}
    >
      <input
        ref={filesInput}
        data-testid="word-files-input"
        type="file"
        accept=".docx"
        multiple
        hidden
        onChange={(e) => void uploaded(e.target.files)}
      />
      <input
        ref={folderInput}
        data-testid="word-folder-input"
        type="file"
        multiple
        hidden
        {...{ webkitdirectory: '' }}
        onChange={(e) => void uploaded(e.target.files)}
      />
      {error !== null && <ErrorNotice error={error} />}
      {!job && (
        <Space direction="vertical" size="middle">
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('wordImport.dialog.intro')}
          </Typography.Paragraph>
          <Space>
            <Button type="primary" onClick={() => void pick('files')}>
              {t('wordImport.dialog.chooseFiles')}
            </Button>
            <Button onClick={() => void pick('folder')}>
              {t('wordImport.dialog.chooseFolder')}
            </Button>
          </Space>
        </Space>
      )}
      {job && outcome && (
        <ul data-testid="word-outcome" style={{ margin: 0, paddingLeft: 18 }}>
          {outcome.map((o) => (
            <li key={o.fileName}>
              {o.fileName} —{' '}
              {o.roleId !== null
                ? t('wordImport.dialog.stateImported')
                : `${t('wordImport.dialog.stateFailed')}: ${t(`errors.${o.error ?? 'INTERNAL'}`)}`}
            </li>
          ))}
        </ul>
      )}
      {job && !outcome && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
            <Progress
              percent={job.total === 0 ? 100 : Math.round((job.done / job.total) * 100)}
              status={running ? 'active' : job.state === 'cancelled' ? 'exception' : 'success'}
              style={{ flex: 1, margin: 0 }}
            />
            {running && (
              <Button size="small" onClick={cancel}>
                {t('wordImport.dialog.stop')}
              </Button>
            )}
          </div>
          <Typography.Text type="secondary" data-testid="word-summary">
            {running
              ? t('wordImport.dialog.reading', { done: job.done, total: job.total })
              : job.state === 'cancelled'
                ? t('wordImport.dialog.stopped', { done: job.done, total: job.total })
                : t('wordImport.dialog.summary', counts)}
          </Typography.Text>
          <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
            <div style={{ width: 300, flexShrink: 0, maxHeight: 560, overflow: 'auto' }}>
              <WordFileList
                files={job.files}
                choices={effective}
                selected={shown}
                onSelect={setSelected}
                onInclude={(index, include) =>
                  setChoices((old) => {
                    const choice = effective[index];
                    return choice ? { ...old, [index]: { ...choice, include } } : old;
                  })
                }
              />
            </div>
            <div
              style={{ flex: 1, minWidth: 0, maxHeight: 560, overflow: 'auto', paddingRight: 4 }}
            >
              {selectedFile?.preview && selectedChoice && shown !== null && (
                <WordFilePreview
                  preview={selectedFile.preview}
                  choice={selectedChoice}
                  departments={departments}
                  roles={roles}
                  onChange={(choice) => setChoices((old) => ({ ...old, [shown]: choice }))}
                />
              )}
            </div>
          </div>
        </Space>
      )}
    </Modal>
  );
}

function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiCallError
      ? t(`errors.${error.code}`, { message: error.message, ...error.params })
      : t('errors.INTERNAL');
  return <Alert type="error" showIcon message={message} style={{ marginBottom: 12 }} />;
}
