import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateLabels } from '../../../../shared/i18n/templates';
import { emptyDuty, moveTo, weightTotal, type EditorDuty } from '../roleDraft';
import { DutyRow } from './DutyRow';
import { PasteSplitOffer } from '../paste/PasteSplitOffer';
import { useDutyPaste } from '../paste/useDutyPaste';

type Props = {
  duties: EditorDuty[];
  labels: TemplateLabels;
  problemsOf: (index: number, field: 'text' | 'frequency' | 'standard' | 'weight') => string[];
  onChange: (duties: EditorDuty[]) => void;
};

/** Moving a focused element in the DOM drops focus; put it back once React has re-rendered. */
function refocus(key: string): void {
  requestAnimationFrame(() =>
    document.querySelector<HTMLTextAreaElement>(`[data-duty-key="${key}"] textarea`)?.focus(),
  );
}

/**
 * 工作职责 as a table: each duty with category, weight, frequency, standard and KPI. Reorder by
 * dragging the handle, or with Alt+↑ / Alt+↓ in a duty; the weight total is always shown.
 * A list pasted into a duty can become one duty per line (useDutyPaste).
 */
export function DutyTable({ duties, labels, problemsOf, onChange }: Props) {
  const { t } = useTranslation();
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const total = weightTotal(duties);
  const paste = useDutyPaste(duties, onChange);
  const update = (index: number, patch: Partial<EditorDuty>) =>
    onChange(duties.map((duty, i) => (i === index ? { ...duty, ...patch } : duty)));
  const shift = (index: number, delta: number, keepFocus: boolean) => {
    const key = duties[index]?.key;
    onChange(moveTo(duties, index, index + delta));
    if (keepFocus && key) refocus(key);
  };

  return (
    <div>
      {duties.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('editor.noDuties')} />
      )}
      <ol aria-label={labels.sections.duties} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {duties.map((duty, index) => {
          const offer = paste.offerFor(duty);
          return (
            <DutyRow
              key={duty.key}
              duty={duty}
              index={index}
              count={duties.length}
              labels={labels}
              problemsOf={(field) => problemsOf(index, field)}
              dragging={dragFrom === index}
              onChange={(patch) => update(index, patch)}
              onShift={(delta, keepFocus) => shift(index, delta, keepFocus)}
              onRemove={() => onChange(duties.filter((_, i) => i !== index))}
              onDragStart={() => setDragFrom(index)}
              onDragEnd={() => setDragFrom(null)}
              onDrop={(fromKey) => {
                const from = duties.findIndex((candidate) => candidate.key === fromKey);
                if (from !== -1 && from !== index) onChange(moveTo(duties, from, index));
                setDragFrom(null);
              }}
              onTextPaste={(event) => paste.onPaste(duty, event)}
              notice={
                offer && <PasteSplitOffer offer={offer} onSplit={paste.split} onKeep={paste.keep} />
              }
            />
          );
        })}
      </ol>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Button icon={<PlusOutlined />} onClick={() => onChange([...duties, emptyDuty()])}>
          {t('editor.addDuty')}
        </Button>
        <Typography.Text
          data-testid="weight-total"
          strong
          type={total === 100 ? 'success' : 'danger'}
          aria-live="polite"
        >
          {labels.duty.total}
          {total === 100 ? t('duties.totalOk', { total }) : t('duties.totalOff', { total })}
        </Typography.Text>
      </div>
    </div>
  );
}
