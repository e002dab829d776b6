import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../../shared/domain';
import type {
  RelationPartner,
  RelationScope,
  WorkingRelation,
} from '../../../../shared/roleDetails';
import { LimitedInput } from '../../../ui/LimitedText';

type Props = {
  relations: WorkingRelation[];
  roles: RoleSummary[];
  departments: Department[];
  onChange: (relations: WorkingRelation[]) => void;
};

/** A partner as one select value: "role:3", "department:2" or "named:客户". */
function valueOf(partner: RelationPartner): string {
  if (partner.kind === 'role') return `role:${partner.roleId}`;
  if (partner.kind === 'department') return `department:${partner.departmentId}`;
  return `named:${partner.name}`;
}

function partnerOf(value: string): RelationPartner {
  const [kind, ...rest] = value.split(':');
  const tail = rest.join(':');
  if (kind === 'role') return { kind: 'role', roleId: Number(tail) };
  if (kind === 'department') return { kind: 'department', departmentId: Number(tail) };
  return { kind: 'named', name: tail };
}

/**
 * 工作关系 (issue 10): internal and external partners, each a role or department of the
 * library (so J4 can compare them with the hand-offs of the maps) or a free name, with the
 * sentence the description prints.
 */
export function WorkingRelations({ relations, roles, departments, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<WorkingRelation>) =>
    onChange(relations.map((relation, i) => (i === index ? { ...relation, ...patch } : relation)));
  const scopes: RelationScope[] = ['internal', 'external'];
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      {scopes.map((scope) => (
        <div key={scope} aria-label={t(`roleStructure.relations.${scope}`)} role="group">
          <Typography.Text type="secondary">
            {t(`roleStructure.relations.${scope}`)}
          </Typography.Text>
          {relations.map((relation, index) =>
            relation.scope !== scope ? null : (
              <RelationRow
                key={index}
                n={index + 1}
                relation={relation}
                roles={roles}
                departments={departments}
                onChange={(patch) => update(index, patch)}
                onRemove={() => onChange(relations.filter((_, i) => i !== index))}
              />
            ),
          )}
          <div>
            <Button
              size="small"
              icon={<PlusOutlined />}
              style={{ marginTop: 4 }}
              onClick={() =>
                onChange([...relations, { text: '', scope, partner: { kind: 'named', name: '' } }])
              }
            >
              {t('roleStructure.relations.add')}
            </Button>
          </div>
        </div>
      ))}
    </div>
  );
}

type RowProps = {
  n: number;
  relation: WorkingRelation;
  roles: RoleSummary[];
  departments: Department[];
  onChange: (patch: Partial<WorkingRelation>) => void;
  onRemove: () => void;
};

function RelationRow({ n, relation, roles, departments, onChange, onRemove }: RowProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const { partner } = relation;
  const namedOptions = [
    ...(partner.kind === 'named' && partner.name ? [partner.name] : []),
    ...(typed.trim() && typed.trim() !== (partner.kind === 'named' ? partner.name : '')
      ? [typed.trim()]
      : []),
  ].map((name) => ({
    value: `named:${name}`,
    label: t('roleStructure.relations.named', { name }),
  }));
  const options = [
    ...namedOptions,
    {
      label: t('roleStructure.relations.roles'),
      options: roles.map((role) => ({ value: `role:${role.id}`, label: role.title })),
    },
    {
      label: t('roleStructure.relations.departments'),
      options: departments.map((d) => ({ value: `department:${d.id}`, label: d.name })),
    },
  ];
  const value = partner.kind === 'named' && !partner.name ? undefined : valueOf(partner);
  return (
    <div
      data-testid="working-relation"
      style={{ display: 'grid', gridTemplateColumns: '220px 1fr 32px', gap: 8, marginTop: 6 }}
    >
      <Select
        showSearch={{
          onSearch: setTyped,
          filterOption: (input, option) =>
            String(option?.label ?? '')
              .toLowerCase()
              .includes(input.toLowerCase()),
        }}
        aria-label={t('roleStructure.relations.partner', { n })}
        placeholder={t('roleStructure.relations.partnerPlaceholder')}
        value={value}
        options={options}
        onChange={(next: string) => {
          setTyped('');
          onChange({ partner: partnerOf(next) });
        }}
      />
      <LimitedInput
        aria-label={t('roleStructure.relations.sentence', { n })}
        placeholder={t('roleStructure.relations.sentencePlaceholder')}
        max={1000}
        value={relation.text}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <Button
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={t('roleStructure.relations.remove', { n })}
        onClick={onRemove}
      />
    </div>
  );
}
