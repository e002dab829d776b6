import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Empty, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyDuty, move, type EditorDuty } from './roleDraft';

/** Moving a focused element in the DOM drops focus; put it back once React has re-rendered. */
function refocus(key: string): void {
  requestAnimationFrame(() =>
    document.querySelector<HTMLTextAreaElement>(`[data-duty-key="${key}"] textarea`)?.focus(),
  );
}

type Props = { duties: EditorDuty[]; onChange: (duties: EditorDuty[]) => void };

/**
 * The duty list: edit in place, reorder with the arrow buttons or Alt+↑ / Alt+↓ while
 * typing in a duty, delete, add. Full duty attributes (weight, frequency, standard) arrive
 * with the position-description editor.
 */
export function DutyList({ duties, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, text: string) =>
    onChange(duties.map((duty, i) => (i === index ? { ...duty, text } : duty)));
  const shift = (index: number, delta: number) => onChange(move(duties, index, delta));

  return (
    <div>
      {duties.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('editor.noDuties')} />
      )}
      <ol aria-label={t('editor.duties')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {duties.map((duty, index) => {
          const n = index + 1;
          return (
            <li
              key={duty.key}
              data-duty-key={duty.key}
              style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}
            >
              <Typography.Text
                type="secondary"
                style={{ width: 24, paddingTop: 5, textAlign: 'right' }}
              >
                {n}.
              </Typography.Text>
              <Input.TextArea
                aria-label={t('editor.dutyLabel', { n })}
                placeholder={t('editor.dutyPlaceholder')}
                autoSize={{ minRows: 1, maxRows: 6 }}
                maxLength={2000}
                value={duty.text}
                onChange={(event) => update(index, event.target.value)}
                onKeyDown={(event) => {
                  if (!event.altKey) return;
                  if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
                    event.preventDefault();
                    shift(index, event.key === 'ArrowUp' ? -1 : 1);
                    refocus(duty.key);
                  }
                }}
              />
              <Space size={0}>
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t('editor.moveUp', { n })}
                  disabled={index === 0}
                  onClick={() => shift(index, -1)}
                />
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('editor.moveDown', { n })}
                  disabled={index === duties.length - 1}
                  onClick={() => shift(index, 1)}
                />
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('editor.removeDuty', { n })}
                  onClick={() => onChange(duties.filter((_, i) => i !== index))}
                />
              </Space>
            </li>
          );
        })}
      </ol>
      <Button icon={<PlusOutlined />} onClick={() => onChange([...duties, emptyDuty()])}>
        {t('editor.addDuty')}
      </Button>
    </div>
  );
}
