import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Drawer, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibraryReadOnly } from '../../app/libraryAccess';
import { COMPETENCY_KINDS, type Competency, type CompetencyLevel } from '../../../shared/domain';
import { call, editConflictName } from '../../api/client';
import { ConflictDialog } from '../../ui/ConflictDialog';
import { Field } from '../../ui/Field';
import { useReportError } from '../../ui/useReportError';
import { LimitedInput, LimitedTextArea } from '../../ui/LimitedText';

type Props = { competency: Competency | null; onClose: () => void; onSaved: () => void };

type Input = Omit<Competency, 'id' | 'editVersion'>;

const BLANK: Input = { kind: 'skill', nameZh: '', nameEn: '', description: '', levels: [] };

function inputOf({ id: _id, editVersion: _version, ...input }: Competency): Input {
  return input;
}

/**
 * Edits one dictionary entry and its levels. Saving an entry that roles already use first
 * shows which roles, since the change reaches every one of their descriptions. A save names
 * the edit version the editor loaded; if another window saved the entry first, the user
 * reloads theirs or overwrites it on purpose.
 */
export function CompetencyEditor({ competency, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  const readOnly = useLibraryReadOnly();
  const report = useReportError();
  const [value, setValue] = useState<Input>(competency ? inputOf(competency) : BLANK);
  const [version, setVersion] = useState(competency?.editVersion ?? 0);
  const [conflict, setConflict] = useState<string | null>(null);
  const patch = (change: Partial<Input>) => setValue({ ...value, ...change });
  const setLevel = (index: number, indicator: string) =>
    patch({ levels: value.levels.map((l, i) => (i === index ? { ...l, indicator } : l)) });

  const write = async (expectedVersion = version) => {
    try {
      if (competency) {
        await call('competency:update', { id: competency.id, ...value, expectedVersion });
      } else await call('competency:create', value);
      onSaved();
    } catch (error) {
      const name = editConflictName(error);
      if (name === null) report(error);
      else setConflict(name);
    }
  };

  /** The entry as the library holds it now (after another window saved it). */
  const stored = async (): Promise<Competency | undefined> => {
    const list = await call('competency:list', {});
    return list.find((c) => c.id === competency?.id);
  };

  const reload = async () => {
    const current = await stored().catch(report);
    if (!current) return;
    setValue(inputOf(current));
    setVersion(current.editVersion);
    setConflict(null);
  };

  const overwrite = async () => {
    const current = await stored().catch(report);
    if (!current) return;
    setConflict(null);
    await write(current.editVersion);
  };

  const save = async () => {
    if (!competency) return write();
    try {
      const users = await call('competency:usage', { id: competency.id });
      if (users.length === 0) return write();
      modal.confirm({
        title: t('dictionary.usedBy', { count: users.length }),
        content: (
          <ul aria-label={t('dictionary.usedByList')} style={{ maxHeight: 240, overflow: 'auto' }}>
            {users.map((u) => (
              <li key={u.roleId}>
                {u.title} · {t('duties.levelN', { level: u.requiredLevel })}
              </li>
            ))}
          </ul>
        ),
        okText: t('dictionary.saveAnyway'),
        cancelText: t('common.cancel'),
        onOk: () => write(),
      });
    } catch (error) {
      report(error);
    }
  };

  const renumber = (levels: CompetencyLevel[]) => levels.map((l, i) => ({ ...l, level: i + 1 }));

  return (
    <Drawer
      open
      width={560}
      title={competency ? value.nameZh || value.nameEn : t('dictionary.add')}
      onClose={onClose}
      extra={
        <Button
          type="primary"
          disabled={readOnly || !value.nameZh.trim()}
          onClick={() => void save()}
        >
          {t('editor.save')}
        </Button>
      }
    >
      <ConflictDialog
        name={conflict}
        keep="overwrite"
        onReload={reload}
        onKeep={overwrite}
        onCancel={() => setConflict(null)}
      />
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Field label={t('dictionary.nameZh')} required>
          {(id) => (
            <LimitedInput
              id={id}
              value={value.nameZh}
              max={200}
              onChange={(e) => patch({ nameZh: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('dictionary.nameEn')}>
          {(id) => (
            <LimitedInput
              id={id}
              value={value.nameEn}
              max={200}
              onChange={(e) => patch({ nameEn: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('dictionary.kind')}>
          {(id) => (
            <Select
              id={id}
              style={{ width: '100%' }}
              value={value.kind}
              options={COMPETENCY_KINDS.map((k) => ({ value: k, label: t(`enums.kind.${k}`) }))}
              onChange={(kind) => patch({ kind })}
            />
          )}
        </Field>
        <Field label={t('dictionary.description')}>
          {(id) => (
            <LimitedTextArea
              id={id}
              value={value.description}
              max={2000}
              autoSize
              onChange={(e) => patch({ description: e.target.value })}
            />
          )}
        </Field>
        <Typography.Text strong>{t('dictionary.levels')}</Typography.Text>
        {value.levels.map((level, index) => (
          <div key={level.level} style={{ display: 'flex', gap: 8 }}>
            <Typography.Text style={{ width: 48, paddingTop: 4 }}>
              {t('duties.levelN', { level: level.level })}
            </Typography.Text>
            <LimitedTextArea
              aria-label={t('dictionary.indicator', { level: level.level })}
              value={level.indicator}
              max={1000}
              autoSize
              onChange={(e) => setLevel(index, e.target.value)}
            />
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('dictionary.removeLevel', { level: level.level })}
              onClick={() =>
                patch({ levels: renumber(value.levels.filter((_, i) => i !== index)) })
              }
            />
          </div>
        ))}
        <Button
          icon={<PlusOutlined />}
          disabled={value.levels.length >= 9}
          onClick={() =>
            patch({ levels: [...value.levels, { level: value.levels.length + 1, indicator: '' }] })
          }
        >
          {t('dictionary.addLevel')}
        </Button>
      </Space>
    </Drawer>
  );
}
