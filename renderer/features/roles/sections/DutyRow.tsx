import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  HolderOutlined,
} from '@ant-design/icons';
import { Button, InputNumber, Select, Typography } from 'antd';
import type { ClipboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DUTY_CATEGORIES, DUTY_FREQUENCIES } from '../../../../shared/domain';
import type { TemplateLabels } from '../../../../shared/i18n/templates';
import { DUTY_WEIGHT, isValidWeight } from '../../../../shared/weights';
import type { EditorDuty } from '../roleDraft';
import { DutyLinks } from '../links/DutyLinks';
import { LimitedInput, LimitedTextArea } from '../../../ui/LimitedText';

type ProblemField = 'text' | 'frequency' | 'standard' | 'weight';

type Props = {
  duty: EditorDuty;
  index: number;
  count: number;
  labels: TemplateLabels;
  problemsOf: (field: ProblemField) => string[];
  dragging: boolean;
  onChange: (patch: Partial<EditorDuty>) => void;
  onShift: (delta: number, keepFocus: boolean) => void;
  onRemove: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  /** A duty (by its key) was dropped on this row. */
  onDrop: (fromKey: string) => void;
  onTextPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  /** Shown under the duty's text (the offer to split a pasted list). */
  notice?: ReactNode;
};

/** What a dragged duty carries: its key, under a type no other drag source uses. */
const DUTY_DRAG_TYPE = 'application/x-roleflow-duty';

/** One duty: description and weight on the first line, how and how often on the second. */
export function DutyRow(props: Props) {
  const { duty, index, count, labels, problemsOf, dragging, onChange, onShift } = props;
  const { t } = useTranslation();
  const n = index + 1;
  const problems = (['text', 'weight', 'frequency', 'standard'] as const).flatMap((f) =>
    problemsOf(f),
  );
  // What was typed stays as typed: 150 or 12.55 is an error here, not quietly made 100 or 12.6.
  const weightError = isValidWeight(duty.weight)
    ? null
    : t('errorProblems.weightRange', { min: DUTY_WEIGHT.min, max: DUTY_WEIGHT.max });
  return (
    <li
      data-duty-key={duty.key}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        // The dragged duty comes with the drop itself: the table's drag state may not have
        // re-rendered yet when a fast drop arrives, and text dragged in from elsewhere
        // carries no duty at all.
        const fromKey = event.dataTransfer.getData(DUTY_DRAG_TYPE);
        if (fromKey) props.onDrop(fromKey);
      }}
      style={{
        display: 'grid',
        gridTemplateColumns: '20px 24px 1fr 92px auto',
        gap: '6px 8px',
        padding: '8px 4px',
        borderBottom: '1px solid #f0f0f0',
        opacity: dragging ? 0.4 : 1,
        background: problems.length || weightError ? '#fffbf5' : undefined,
      }}
    >
      <span
        draggable
        role="button"
        tabIndex={-1}
        aria-label={t('duties.dragHandle', { n })}
        title={t('duties.dragHandle', { n })}
        onDragStart={(event) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData(DUTY_DRAG_TYPE, duty.key);
          props.onDragStart();
        }}
        onDragEnd={props.onDragEnd}
        style={{ cursor: 'grab', color: '#8c8c8c', paddingTop: 5 }}
      >
        <HolderOutlined />
      </span>
      <Typography.Text type="secondary" style={{ paddingTop: 5, textAlign: 'right' }}>
        {n}.
      </Typography.Text>
      <LimitedTextArea
        aria-label={t('editor.dutyLabel', { n })}
        placeholder={t('editor.dutyPlaceholder')}
        autoSize={{ minRows: 1, maxRows: 6 }}
        max={2000}
        status={problemsOf('text').length ? 'warning' : undefined}
        value={duty.text}
        onChange={(event) => onChange({ text: event.target.value })}
        onPaste={props.onTextPaste}
        onKeyDown={(event) => {
          if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
            event.preventDefault();
            onShift(event.key === 'ArrowUp' ? -1 : 1, true);
          }
        }}
      />
      <InputNumber
        aria-label={`${labels.duty.weight} ${n}`}
        placeholder={labels.duty.weight}
        suffix="%"
        status={weightError ? 'error' : undefined}
        aria-invalid={weightError !== null}
        style={{ width: '100%' }}
        value={duty.weight}
        onChange={(weight) => onChange({ weight: weight ?? null })}
      />
      <span style={{ whiteSpace: 'nowrap' }}>
        <Button
          type="text"
          size="small"
          icon={<ArrowUpOutlined />}
          aria-label={t('editor.moveUp', { n })}
          disabled={index === 0}
          onClick={() => onShift(-1, false)}
        />
        <Button
          type="text"
          size="small"
          icon={<ArrowDownOutlined />}
          aria-label={t('editor.moveDown', { n })}
          disabled={index === count - 1}
          onClick={() => onShift(1, false)}
        />
        <Button
          type="text"
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('editor.removeDuty', { n })}
          onClick={props.onRemove}
        />
      </span>
      {props.notice}
      <div
        style={{
          gridColumn: '3 / 6',
          display: 'grid',
          gridTemplateColumns: '110px 110px 1fr 1fr',
          gap: 8,
        }}
      >
        <Select
          aria-label={`${labels.duty.category} ${n}`}
          placeholder={labels.duty.category}
          allowClear
          value={duty.category ?? undefined}
          options={DUTY_CATEGORIES.map((c) => ({ value: c, label: t(`enums.category.${c}`) }))}
          onChange={(category?: EditorDuty['category']) => onChange({ category: category ?? null })}
        />
        <Select
          aria-label={`${labels.duty.frequency} ${n}`}
          placeholder={labels.duty.frequency}
          allowClear
          status={problemsOf('frequency').length ? 'warning' : undefined}
          value={duty.frequency ?? undefined}
          options={DUTY_FREQUENCIES.map((f) => ({ value: f, label: t(`enums.frequency.${f}`) }))}
          onChange={(frequency?: EditorDuty['frequency']) =>
            onChange({ frequency: frequency ?? null })
          }
        />
        <LimitedInput
          aria-label={`${labels.duty.standard} ${n}`}
          placeholder={labels.duty.standard}
          max={2000}
          status={problemsOf('standard').length ? 'warning' : undefined}
          value={duty.standard}
          onChange={(event) => onChange({ standard: event.target.value })}
        />
        <LimitedInput
          aria-label={`${labels.duty.kpi} ${n}`}
          placeholder={labels.duty.kpi}
          max={1000}
          value={duty.kpi}
          onChange={(event) => onChange({ kpi: event.target.value })}
        />
      </div>
      <DutyLinks duty={duty} n={n} onChange={onChange} />
      {weightError && (
        <Typography.Text role="alert" type="danger" style={{ gridColumn: '3 / 6', fontSize: 12 }}>
          {weightError}
        </Typography.Text>
      )}
      {problems.length > 0 && (
        <div style={{ gridColumn: '3 / 6' }} role="note">
          {problems.map((problem) => (
            <Typography.Text
              key={problem}
              type="warning"
              style={{ display: 'block', fontSize: 12 }}
            >
              {problem}
            </Typography.Text>
          ))}
        </div>
      )}
    </li>
  );
}
