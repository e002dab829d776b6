import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';

type Props = { title: string; intro?: string; addLabel: string; onAdd: () => void };

/** A panel's heading, what it shows in one sentence, and its add button. */
export function PanelHeader({ title, intro, addLabel, onAdd }: Props) {
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', marginBottom: 16 }}>
      <div style={{ flex: 1 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {intro && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', maxWidth: 760 }}>
            {intro}
          </Typography.Paragraph>
        )}
      </div>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        {addLabel}
      </Button>
    </div>
  );
}
