import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { label: string; onConfirm: () => void };

/** A delete button that asks first; `label` names what is deleted, for a screen reader. */
export function ConfirmDelete({ label, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={t('improvementView.common.deleteConfirm')}
      okText={t('improvementView.common.delete')}
      cancelText={t('improvementView.common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
    >
      <Button size="small" danger icon={<DeleteOutlined />} aria-label={label}>
        {t('improvementView.common.delete')}
      </Button>
    </Popconfirm>
  );
}
