import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain';
import type { DepartmentUsage, UsageChoice } from '../../../shared/references';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { DeleteUsageDialog } from './DeleteUsageDialog';

type Props = {
  department: Department;
  departments: Department[];
  onDeleted: () => void;
  onCancel: () => void;
};

/** The department and every one below it: none of them can take over its roles and lanes. */
function subtreeOf(id: number, departments: Department[]): Set<number> {
  const inside = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of departments) {
      if (d.parentId !== null && inside.has(d.parentId) && !inside.has(d.id)) {
        inside.add(d.id);
        grew = true;
      }
    }
  }
  return inside;
}

/** Deleting a department: its roles, sub-departments and lanes, then hand over or unbind. */
export function DepartmentDeleteDialog({ department, departments, onDeleted, onCancel }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const [usage, setUsage] = useState<DepartmentUsage | null>(null);

  useEffect(() => {
    call('department:usage', { id: department.id }).then(setUsage, report);
  }, [department.id, report]);

  const sep = t('usage.sep');
  const lines =
    usage === null
      ? null
      : [
          ...usage.processes.map((use) => {
            const parts = [
              use.lanes > 0 ? t('usage.lanes', { count: use.lanes }) : null,
              use.department ? t('usage.processDepartment') : null,
            ].filter((part) => part !== null);
            return `${t('usage.process', { name: use.processName })}${t('usage.colon')}${parts.join(sep)}`;
          }),
          ...(usage.roles.length > 0
            ? [t('usage.roles', { names: usage.roles.map((r) => r.title).join(sep) })]
            : []),
          ...(usage.children.length > 0
            ? [t('usage.children', { names: usage.children.map((c) => c.name).join(sep) })]
            : []),
        ];

  const remove = async (choice: UsageChoice | undefined) => {
    try {
      await call('department:delete', {
        id: department.id,
        expectedVersion: department.editVersion,
        ...(choice ? { onUsage: choice } : {}),
      });
      onDeleted();
    } catch (error) {
      report(error);
    }
  };

  const excluded = subtreeOf(department.id, departments);
  return (
    <DeleteUsageDialog
      title={t('usage.departmentTitle', { name: department.name })}
      lines={lines}
      targets={departments
        .filter((d) => !excluded.has(d.id))
        .map((d) => ({ value: d.id, label: d.name }))}
      text={{
        unused: t('departments.deleteConfirm', { name: department.name }),
        reassign: t('usage.reassignDepartment'),
        pick: t('usage.pickDepartment'),
        unbind: t('usage.unbindDepartment'),
        ...(usage && usage.roles.length > 0 ? { unbindBlocked: t('usage.unbindNeedsMove') } : {}),
      }}
      onDelete={remove}
      onCancel={onCancel}
    />
  );
}
