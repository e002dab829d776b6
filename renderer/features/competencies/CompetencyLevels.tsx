import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompetencyLevel } from '../../../shared/domain';
import { LimitedTextArea } from '../../ui/LimitedText';
import { interfaceLanguagesFirst } from './languageOrder';

type Props = { levels: CompetencyLevel[]; onChange: (levels: CompetencyLevel[]) => void };

const MAX_LEVELS = 9;

const renumber = (levels: CompetencyLevel[]) => levels.map((l, i) => ({ ...l, level: i + 1 }));

/**
 * The proficiency levels of a dictionary entry, each with its behavioural indicator in both
 * languages, the interface language's first. Deleting a level renumbers the ones after it.
 */
export function CompetencyLevels({ levels, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const languages = interfaceLanguagesFirst(i18n.language);
  const setIndicator = (index: number, field: 'indicatorZh' | 'indicatorEn', text: string) =>
    onChange(levels.map((l, i) => (i === index ? { ...l, [field]: text } : l)));

  return (
    <>
      <Typography.Text strong>{t('dictionary.levels')}</Typography.Text>
      {levels.map((level, index) => (
        <div
          key={level.level}
          style={{ display: 'flex', gap: 8, paddingBottom: 8, borderBottom: '1px solid #f0f0f0' }}
        >
          <Typography.Text style={{ width: 60, paddingTop: 4, flex: 'none', whiteSpace: 'nowrap' }}>
            {t('duties.levelN', { level: level.level })}
          </Typography.Text>
          <div style={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 4 }}>
            {languages.map((lang) => {
              const field = lang === 'zh' ? 'indicatorZh' : 'indicatorEn';
              const suffix = lang === 'zh' ? 'Zh' : 'En';
              return (
                <LimitedTextArea
                  key={lang}
                  aria-label={t(`dictionaryLanguages.dictionary.indicator${suffix}`, {
                    level: level.level,
                  })}
                  placeholder={t(`dictionaryLanguages.dictionary.indicatorPlaceholder${suffix}`)}
                  value={level[field]}
                  max={1000}
                  autoSize
                  onChange={(e) => setIndicator(index, field, e.target.value)}
                />
              );
            })}
          </div>
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('dictionary.removeLevel', { level: level.level })}
            onClick={() => onChange(renumber(levels.filter((_, i) => i !== index)))}
          />
        </div>
      ))}
      <Button
        icon={<PlusOutlined />}
        disabled={levels.length >= MAX_LEVELS}
        onClick={() =>
          onChange([...levels, { level: levels.length + 1, indicatorZh: '', indicatorEn: '' }])
        }
      >
        {t('dictionary.addLevel')}
      </Button>
    </>
  );
}
