import { App as AntApp, Button, Drawer, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibraryReadOnly } from '../../app/libraryAccess';
import { COMPETENCY_KINDS, type Competency } from '../../../shared/domain';
import { call, editConflictName } from '../../api/client';
import { ConflictDialog } from '../../ui/ConflictDialog';
import { Field } from '../../ui/Field';
import { useReportError } from '../../ui/useReportError';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { LimitedInput, LimitedTextArea } from '../../ui/LimitedText';
import { CompetencyLevels } from './CompetencyLevels';
import { dictionaryLanguageOf, interfaceLanguagesFirst } from './languageOrder';
import { textIn } from '../../../shared/bilingualText';

type Props = { competency: Competency | null; onClose: () => void; onSaved: () => void };

type Input = Omit<Competency, 'id' | 'editVersion'>;

const BLANK: Input = {
  kind: 'skill',
  nameZh: '',
  nameEn: '',
  descriptionZh: '',
  descriptionEn: '',
  levels: [],
};

function inputOf({ id: _id, editVersion: _version, ...input }: Competency): Input {
  return input;
}

/**
 * Edits one dictionary entry and its levels, each text in Chinese and in English (the
 * interface language's field first; a document prints the one of its language). Saving an entry that roles already use first
 * shows which roles, since the change reaches every one of their descriptions. A save names
 * the edit version the editor loaded; if another window saved the entry first, the user
 * reloads theirs or overwrites it on purpose.
 */
export function CompetencyEditor({ competency, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const languages = interfaceLanguagesFirst(i18n.language);
  const { modal } = AntApp.useApp();
  const readOnly = useLibraryReadOnly();
  const report = useReportError();
  const [value, setValue] = useState<Input>(competency ? inputOf(competency) : BLANK);
  const [version, setVersion] = useState(competency?.editVersion ?? 0);
  const [conflict, setConflict] = useState<string | null>(null);
  // Mounted only while open: focus goes back to the row or button that opened it.
  useReturnFocus(true);
  const patch = (change: Partial<Input>) => setValue({ ...value, ...change });

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

  return (
    <Drawer
      open
      width={560}
      title={
        competency
          ? textIn(dictionaryLanguageOf(i18n.language), value.nameZh, value.nameEn)
          : t('dictionary.add')
      }
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
        {languages.map((lang) => (
          <Field
            key={lang}
            label={t(lang === 'zh' ? 'dictionary.nameZh' : 'dictionary.nameEn')}
            required={lang === 'zh'}
          >
            {(id) => (
              <LimitedInput
                id={id}
                value={lang === 'zh' ? value.nameZh : value.nameEn}
                max={200}
                onChange={(e) =>
                  patch(lang === 'zh' ? { nameZh: e.target.value } : { nameEn: e.target.value })
                }
              />
            )}
          </Field>
        ))}
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
        {languages.map((lang) => {
          const field = lang === 'zh' ? 'descriptionZh' : 'descriptionEn';
          return (
            <Field key={lang} label={t(`dictionaryLanguages.dictionary.${field}`)}>
              {(id) => (
                <LimitedTextArea
                  id={id}
                  value={value[field]}
                  max={2000}
                  autoSize
                  onChange={(e) => patch({ [field]: e.target.value })}
                />
              )}
            </Field>
          );
        })}
        <CompetencyLevels levels={value.levels} onChange={(levels) => patch({ levels })} />
      </Space>
    </Drawer>
  );
}
