import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  id: string;
  roles: ReadonlyMap<number, string>;
  value: number | null;
  onChange: (roleId: number | null) => void;
};

/** A role picked by its title, searchable (the sample library has many roles), clearable. */
export function RoleSelect({ id, roles, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Select<number>
      id={id}
      style={{ width: '100%' }}
      showSearch
      allowClear
      optionFilterProp="label"
      placeholder={t('inspectionView.plan.noInspector')}
      value={value ?? undefined}
      onChange={(next) => onChange(next ?? null)}
      options={[...roles].map(([roleId, title]) => ({ value: roleId, label: title }))}
    />
  );
}
