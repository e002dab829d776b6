import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleSummary } from '../../../shared/domain';
import type { RoleUsage, UsageChoice } from '../../../shared/references';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { DeleteUsageDialog } from './DeleteUsageDialog';

type Props = {
  /** The role as this window last read it: the delete is refused if it changed since. */
  role: { id: number; title: string; editVersion: number };
  onDeleted: () => void;
  onCancel: () => void;
};

/** Deleting a role: where it is used (lanes, RACI, owner, 直接上级), then hand over or unbind. */
export function RoleDeleteDialog({ role, onDeleted, onCancel }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const [usage, setUsage] = useState<RoleUsage | null>(null);
  const [roles, setRoles] = useState<RoleSummary[]>([]);

  useEffect(() => {
    call('role:usage', { id: role.id }).then(setUsage, report);
    call('role:list', { departmentId: null }).then(setRoles, report);
  }, [role.id, report]);

  const sep = t('usage.sep');
  const lines =
    usage === null
      ? null
      : [
          ...usage.processes.map((use) => {
            const parts = [
              use.lanes > 0 ? t('usage.lanes', { count: use.lanes }) : null,
              use.raci > 0 ? t('usage.raci', { count: use.raci }) : null,
              use.owner ? t('usage.owner') : null,
            ].filter((part) => part !== null);
            return `${t('usage.process', { name: use.processName })}${t('usage.colon')}${parts.join(sep)}`;
          }),
          ...(usage.reports.length > 0
            ? [t('usage.reports', { names: usage.reports.map((r) => r.title).join(sep) })]
            : []),
        ];

  const remove = async (choice: UsageChoice | undefined) => {
    try {
      await call('role:delete', {
        id: role.id,
        expectedVersion: role.editVersion,
        ...(choice ? { onUsage: choice } : {}),
      });
      onDeleted();
    } catch (error) {
      report(error);
    }
  };

  return (
    <DeleteUsageDialog
      title={t('usage.roleTitle', { title: role.title })}
      lines={lines}
      targets={roles.filter((r) => r.id !== role.id).map((r) => ({ value: r.id, label: r.title }))}
      text={{
        unused: t('editor.deleteRoleConfirm', { title: role.title }),
        reassign: t('usage.reassignRole'),
        pick: t('usage.pickRole'),
        unbind: t('usage.unbindRole'),
      }}
      onDelete={remove}
      onCancel={onCancel}
    />
  );
}
