import { EditOutlined } from '@ant-design/icons';
import { Button, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleSummary } from '../../../../shared/domain';
import { todayIn } from '../../../../shared/inspection/calendar';
import type { ImprovementAction } from '../../../../shared/inspection/types';
import { ActionLinkButtons } from './ActionLinkButtons';
import { ConfirmDelete } from './ConfirmDelete';
import { isOverdue } from './forms/actionForm';
import { stepText, type StepOption } from './processSteps';

type Props = {
  action: ImprovementAction;
  today: string;
  /** The library's time zone, the approval's date is given in. */
  zone: string;
  roles: RoleSummary[];
  steps: StepOption[];
  sourceText: string;
  onEdit: () => void;
  onDelete: () => void;
  onLinked: () => void;
  onOpenProcess(id: number): void;
  onOpenRole(id: number): void;
};

const K = 'improvementView.actions';

const STATUS_COLOR = { open: 'default', inProgress: 'blue', done: 'green', cancelled: 'default' };

/** One action as its 5W1H reads, with its stage, status, the revision it opened or answered. */
export function ActionItem(props: Props) {
  const { action, today, zone, roles, steps, sourceText } = props;
  const { t } = useTranslation();
  const roleTitle = (id: number) => roles.find((r) => r.id === id)?.title ?? t(`${K}.unknownRole`);
  const where = [
    // In the map's step order (`steps` is sorted), whatever order they were picked in.
    ...steps.filter((s) => action.where.stepIds.includes(s.id)).map(stepText),
    ...action.where.stepIds.filter((id) => !steps.some((s) => s.id === id)),
    ...action.where.roleIds.map(roleTitle),
  ];
  const line = (label: string, value: string) => (
    <Typography.Text style={{ display: 'block' }}>
      <Typography.Text type="secondary">
        {t('improvementView.common.labelled', { label })}
      </Typography.Text>
      {value}
    </Typography.Text>
  );
  const answered = action.answeredBy;
  const linkState = answered
    ? t(`${K}.answeredBy`, {
        version: answered.version,
        date: todayIn(new Date(answered.approvedAt), zone),
      })
    : action.link.kind === 'processVariant'
      ? t(`${K}.linkedVariant`)
      : action.link.kind === 'roleDraft'
        ? t(`${K}.linkedRole`, { role: roleTitle(action.link.roleId) })
        : null;

  return (
    <List.Item
      data-testid="improvement-action"
      actions={[
        <Button key="edit" size="small" icon={<EditOutlined />} onClick={props.onEdit}>
          {t('improvementView.common.edit')}
        </Button>,
        <ActionLinkButtons
          key="link"
          action={action}
          roles={roles}
          onLinked={props.onLinked}
          onOpenProcess={props.onOpenProcess}
          onOpenRole={props.onOpenRole}
        />,
        <ConfirmDelete
          key="delete"
          label={`${t('improvementView.common.delete')} ${action.what}`}
          onConfirm={props.onDelete}
        />,
      ]}
    >
      <List.Item.Meta
        title={
          <Space size={8} wrap>
            <Typography.Text strong>{action.what}</Typography.Text>
            <Tag>{t(`inspection.pdcaStages.${action.stage}`)}</Tag>
            <Tag color={STATUS_COLOR[action.status]}>
              {t(`inspection.actionStatuses.${action.status}`)}
            </Tag>
            {isOverdue(action, today) && <Tag color="red">{t(`${K}.overdue`)}</Tag>}
          </Space>
        }
        description={
          <>
            {action.why !== '' && line(t(`${K}.why`), action.why)}
            {action.whoRoleId !== null && line(t(`${K}.who`), roleTitle(action.whoRoleId))}
            {action.dueDate !== null && line(t(`${K}.due`), action.dueDate)}
            {where.length > 0 &&
              line(t(`${K}.where`), where.join(t('improvementView.common.separator')))}
            {action.how !== '' && line(t(`${K}.how`), action.how)}
            {line(t(`${K}.source`), sourceText)}
            {linkState && (
              <Typography.Text type={answered ? 'success' : 'warning'} style={{ display: 'block' }}>
                {linkState}
              </Typography.Text>
            )}
          </>
        }
      />
    </List.Item>
  );
}
