import { DeleteOutlined } from '@ant-design/icons';
import { Button, Empty, Rate, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../../../shared/bilingualText';
import type { Competency, RoleCompetency, RoleTemplate } from '../../../../shared/domain';
import type { TemplateLabels } from '../../../../shared/i18n/templates';

type Props = {
  links: RoleCompetency[];
  dictionary: Competency[];
  template: RoleTemplate;
  labels: TemplateLabels;
  problems: string[];
  onChange: (links: RoleCompetency[]) => void;
};

export function competencyName(competency: Competency, template: RoleTemplate): string {
  return textIn(template, competency.nameZh, competency.nameEn);
}

/** The indicator of a level in the template's language, as the document will print it. */
function indicatorText(competency: Competency, level: number, template: RoleTemplate): string {
  const found = competency.levels.find((l) => l.level === level);
  return found ? textIn(template, found.indicatorZh, found.indicatorEn) : '';
}

/**
 * 能力素质: the competencies this role needs, each at a level with its behavioural indicator in
 * the language of the role's template (the screen shows what the document will print).
 */
export function RoleCompetencies({
  links,
  dictionary,
  template,
  labels,
  problems,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const byId = new Map(dictionary.map((c) => [c.id, c]));
  const chosen = new Set(links.map((l) => l.competencyId));
  const update = (index: number, patch: Partial<RoleCompetency>) =>
    onChange(links.map((link, i) => (i === index ? { ...link, ...patch } : link)));

  return (
    <div>
      {links.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={null} />}
      {links.map((link, index) => {
        const competency = byId.get(link.competencyId);
        if (!competency) return null;
        const name = competencyName(competency, template);
        const indicator = indicatorText(competency, link.requiredLevel, template);
        return (
          <div
            key={link.competencyId}
            style={{
              display: 'grid',
              gridTemplateColumns: '1fr 120px 130px 32px',
              gap: 8,
              alignItems: 'start',
              padding: '6px 0',
              borderBottom: '1px solid #f0f0f0',
            }}
          >
            <div>
              <Typography.Text strong>{name}</Typography.Text>{' '}
              <Tag>{t(`enums.kind.${competency.kind}`)}</Tag>
              {indicator && (
                <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                  {indicator}
                </Typography.Paragraph>
              )}
            </div>
            <Select
              aria-label={`${labels.competency.level}: ${name}`}
              value={link.requiredLevel}
              options={competency.levels.map((l) => ({
                value: l.level,
                label: t('duties.levelN', { level: l.level }),
              }))}
              onChange={(requiredLevel: number) => update(index, { requiredLevel })}
            />
            <Rate
              aria-label={`${labels.competency.importance}: ${name}`}
              count={5}
              value={link.importance}
              style={{ fontSize: 14 }}
              onChange={(importance) => update(index, { importance: Math.max(1, importance) })}
            />
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('duties.removeCompetency', { name })}
              onClick={() => onChange(links.filter((_, i) => i !== index))}
            />
          </div>
        );
      })}
      <Select
        aria-label={t('duties.addCompetency')}
        placeholder={t('duties.addCompetency')}
        style={{ width: 320, marginTop: 8 }}
        showSearch={{ optionFilterProp: 'label' }}
        value={null}
        options={dictionary
          .filter((c) => !chosen.has(c.id))
          .map((c) => ({
            value: c.id,
            label: `${competencyName(c, template)} · ${t(`enums.kind.${c.kind}`)}`,
          }))}
        onChange={(competencyId: number) =>
          onChange([...links, { competencyId, requiredLevel: 2, importance: 3 }])
        }
      />
      {problems.map((problem) => (
        <Typography.Text key={problem} type="warning" style={{ display: 'block', fontSize: 12 }}>
          {problem}
        </Typography.Text>
      ))}
    </div>
  );
}
