import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/contract';
import { NUM, TABLE, TD, TH } from '../../editor/analysis/tableStyles';
import type { NumberFormat } from './numbers';

type Table = ResponseOf<'organisation:staffing'>;

/** The process × role hours matrix of §d2: where each role's hours come from. */
export function StaffingMatrix({ table, fmt }: { table: Table; fmt: NumberFormat }) {
  const { t } = useTranslation();
  const rows = table.departments
    .flatMap((d) => d.rows)
    .filter((row) => row.processHours.length > 0);
  if (rows.length === 0 || table.processes.length === 0) return null;
  return (
    <div style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t('alignment.organisation.staffing.matrix')}</Typography.Title>
      {/* Processes × roles: a two-dimensional grid that scrolls in its own box (reflow.css). */}
      <div
        className="reflow-data-grid"
        style={{ overflow: 'auto', maxHeight: 420 }}
        // A scrolling box must be reachable to scroll it by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={t('alignment.organisation.staffing.matrix')}
      >
        <table style={TABLE} data-testid="staffing-matrix">
          <thead>
            <tr>
              <th style={TH}>{t('alignment.organisation.raci.process')}</th>
              {rows.map((row) => (
                <th key={row.roleId} style={{ ...TH, textAlign: 'right' }}>
                  {row.title}
                </th>
              ))}
              {(['processTotal', 'processFte', 'involved'] as const).map((key) => (
                <th key={key} style={{ ...TH, textAlign: 'right', background: '#eef3f8' }}>
                  {t(`alignment.organisation.staffing.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.processes.map((process) => (
              <tr key={process.id}>
                <td style={{ ...TD, whiteSpace: 'nowrap' }}>
                  {process.code ? `${process.code} ` : ''}
                  {process.name}
                </td>
                {rows.map((row) => {
                  const hours = row.processHours.find((e) => e.processId === process.id)?.hours;
                  return (
                    <td key={row.roleId} style={NUM}>
                      {hours === undefined ? '' : fmt.hours(hours)}
                    </td>
                  );
                })}
                <ProcessTotals table={table} processId={process.id} fmt={fmt} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * A process's hours, the FTE of real work they make and the posts of the roles doing them:
 * the insurer's "1.70 FTE against 19 people involved" (§d2).
 */
function ProcessTotals(props: { table: Table; processId: number; fmt: NumberFormat }) {
  const { table, processId, fmt } = props;
  let hours = 0;
  let posts = 0;
  for (const row of table.departments.flatMap((d) => d.rows)) {
    const entry = row.processHours.find((e) => e.processId === processId);
    if (!entry) continue;
    hours += entry.hours;
    posts += row.headcount ?? 0;
  }
  const cell = { ...NUM, fontWeight: 600, background: '#f7f9fb' };
  return (
    <>
      <td style={cell}>{fmt.hours(hours)}</td>
      <td style={cell} data-testid={`process-fte-${processId}`}>
        {fmt.fte(hours / table.basis.effectiveHours)}
      </td>
      <td style={cell}>{fmt.plain(posts)}</td>
    </>
  );
}
