import { BranchesOutlined, FileTextOutlined } from '@ant-design/icons';
import { App as AntApp, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleSummary } from '../../../../shared/domain';
import type { ImprovementAction } from '../../../../shared/inspection/types';
import { call } from '../../../api/client';
import { useReportError } from '../../../ui/useReportError';
import { RolePickDialog } from './RolePickDialog';
import { useUiLocale } from './useUiLocale';

type Props = {
  action: ImprovementAction;
  roles: RoleSummary[];
  /** After the action was saved with its new link (the list reloads). */
  onLinked: () => void;
  onOpenProcess(id: number): void;
  onOpenRole(id: number): void;
};

const K = 'improvementView.actions';

/**
 * The revision an action asks for: a to-be variant of the process (made by main in one
 * transaction with the link, so its approval note names the action) or a new draft of a
 * role's description; once linked, the button opens that revision.
 */
export function ActionLinkButtons({ action, roles, onLinked, onOpenProcess, onOpenRole }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const locale = useUiLocale();
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  const link = action.link;

  const openVariant = async () => {
    setBusy(true);
    try {
      const opened = await call('inspection:openVariant', {
        key: action.key,
        expectedVersion: action.editVersion,
        locale,
      });
      onLinked();
      onOpenProcess(opened.processId);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  // Found by key at the click: a variant made a moment ago is not in any list loaded before.
  const openLinkedVariant = async (processKey: string) => {
    try {
      const processes = await call('process:list', { processClass: null, departmentId: null });
      const variant = processes.find((p) => p.key === processKey);
      if (variant) onOpenProcess(variant.id);
      else void message.warning(t(`${K}.variantMissing`));
    } catch (error) {
      report(error);
    }
  };

  const reviseRole = async (roleId: number) => {
    setBusy(true);
    try {
      await call('inspection:saveAction', {
        action: { ...action, link: { kind: 'roleDraft', roleId } },
        locale,
      });
      setPicking(false);
      onLinked();
      onOpenRole(roleId);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  if (link.kind === 'processVariant') {
    return (
      <Button
        size="small"
        icon={<BranchesOutlined />}
        onClick={() => void openLinkedVariant(link.processKey)}
      >
        {t(`${K}.openLinkedVariant`)}
      </Button>
    );
  }
  if (link.kind === 'roleDraft') {
    return (
      <Button size="small" icon={<FileTextOutlined />} onClick={() => onOpenRole(link.roleId)}>
        {t(`${K}.openRole`)}
      </Button>
    );
  }
  return (
    <>
      <Button
        size="small"
        icon={<BranchesOutlined />}
        loading={busy && !picking}
        onClick={() => void openVariant()}
      >
        {t(`${K}.openVariant`)}
      </Button>
      <Button size="small" icon={<FileTextOutlined />} onClick={() => setPicking(true)}>
        {t(`${K}.reviseRole`)}
      </Button>
      <RolePickDialog
        open={picking}
        roles={roles}
        initial={action.whoRoleId}
        busy={busy}
        onClose={() => setPicking(false)}
        onPick={(roleId) => void reviseRole(roleId)}
      />
    </>
  );
}
