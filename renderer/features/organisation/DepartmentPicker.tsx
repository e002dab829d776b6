import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain';
import { departmentTree } from '../../../shared/organisation/departments';

/** A department of the library in tree order, or "all" (null). */
export function DepartmentPicker(props: {
  departments: Department[];
  value: number | null;
  onChange: (id: number | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const options = [
    { value: 0, label: t('alignment.organisation.scope.all') },
    ...departmentTree(props.departments).map(({ department, depth }) => ({
      value: department.id,
      label: `${'\u3000'.repeat(depth)}${department.name}`,
    })),
  ];
  return (
    <Select
      id={props.id}
      style={{ minWidth: 200 }}
      value={props.value ?? 0}
      options={options}
      onChange={(value: number) => props.onChange(value === 0 ? null : value)}
    />
  );
}
