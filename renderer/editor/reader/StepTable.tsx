import { CloseOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect, useId, useMemo, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessGraph } from '../../../shared/process';
import { stepRows, type NextStep } from './stepRows';
import { setStepTableOpen } from './stepTableState';

type Props = {
  graph: ProcessGraph;
  selection: ReadonlySet<string>;
  /** Selects the step on the map and brings it into view. */
  onSelect: (id: string) => void;
};

/**
 * The step table under the map: what the map shows, as a table a screen reader reads row by
 * row and column by column (number, step, kind, lane, next steps). Opening it moves the focus
 * into it; a step's name is a button that selects the step on the map and frames it there.
 * Escape closes it and gives the focus back to where it was.
 */
export function StepTable({ graph, selection, onSelect }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = useMemo(() => stepRows(graph), [graph]);
  const region = useRef<HTMLElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    const element = region.current;
    element?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // The editor's own Escape (cancel a pick, clear the selection) is not meant here.
      event.stopPropagation();
      setStepTableOpen(false);
    };
    element?.addEventListener('keydown', onKey);
    return () => {
      element?.removeEventListener('keydown', onKey);
      // Back to the toolbar button or the canvas the table was opened from, if still there.
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const stepName = (step: Pick<NextStep, 'number' | 'label'>) =>
    step.number === null ? step.label : `${step.number} ${step.label}`;
  const nextText = (next: readonly NextStep[]) =>
    next.length === 0
      ? t('processView.reader.none')
      : next
          .map((step) =>
            step.via
              ? t('processView.reader.nextVia', { step: stepName(step), via: step.via })
              : stepName(step),
          )
          .join(t('processView.reader.listSeparator'));

  return (
    <section
      ref={region}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-testid="step-table"
      style={PANEL}
    >
      <div style={HEADER}>
        <h2 id={headingId} style={HEADING}>
          {t('processView.reader.table')}
        </h2>
        <Tooltip title={t('processView.reader.close')}>
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined />}
            aria-label={t('processView.reader.close')}
            onClick={() => setStepTableOpen(false)}
          />
        </Tooltip>
      </div>
      <table style={TABLE}>
        <caption style={CAPTION}>{t('processView.reader.tableCaption')}</caption>
        <thead>
          <tr>
            {(['number', 'label', 'kind', 'lane', 'next'] as const).map((column) => (
              <th key={column} scope="col" style={HEAD_CELL}>
                {t(`processView.reader.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const selected = selection.has(row.id);
            return (
              <tr
                key={row.id}
                aria-current={selected ? 'true' : undefined}
                style={selected ? SELECTED_ROW : undefined}
              >
                <td style={CELL}>{row.number ?? t('processView.reader.none')}</td>
                <th scope="row" style={{ ...CELL, fontWeight: 'normal' }}>
                  <button
                    type="button"
                    className="step-table-select"
                    title={t('processView.reader.selectOnMap', { label: row.label })}
                    style={SELECT_BUTTON}
                    onClick={() => onSelect(row.id)}
                  >
                    {row.label || t(`nodeKinds.${row.kind}`)}
                  </button>
                </th>
                <td style={CELL}>{t(`nodeKinds.${row.kind}`)}</td>
                <td style={CELL}>{row.lane ?? t('processView.reader.none')}</td>
                <td style={CELL}>{nextText(row.next)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

const TEXT = '#1d2b3a';
const LINE = '#e5e8ec';
const PANEL: CSSProperties = {
  maxHeight: '38%',
  minHeight: 120,
  overflow: 'auto',
  borderTop: `1px solid ${LINE}`,
  background: '#fff',
  color: TEXT,
  padding: '4px 12px 12px',
};
const HEADER: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  position: 'sticky',
  top: -4,
  background: '#fff',
};
const HEADING: CSSProperties = { fontSize: 14, fontWeight: 600, margin: '4px 0' };
const TABLE: CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: 13 };
const CAPTION: CSSProperties = { textAlign: 'left', color: '#595959', padding: '0 0 4px' };
const HEAD_CELL: CSSProperties = {
  textAlign: 'left',
  fontWeight: 600,
  background: '#f5f7fa',
  borderBottom: `1px solid ${LINE}`,
  padding: '4px 8px',
  whiteSpace: 'nowrap',
};
const CELL: CSSProperties = {
  textAlign: 'left',
  verticalAlign: 'top',
  borderBottom: `1px solid ${LINE}`,
  padding: '4px 8px',
};
const SELECTED_ROW: CSSProperties = { background: '#e6effa' };
const SELECT_BUTTON: CSSProperties = {
  background: 'none',
  border: 0,
  padding: 0,
  font: 'inherit',
  color: '#1f5fa8',
  textAlign: 'left',
  textDecoration: 'underline',
  textUnderlineOffset: 2,
  cursor: 'pointer',
};
