import { Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/contract';
import type { Department } from '../../../shared/domain';
import { call } from '../../api/client';
import { LINK, NUM, TABLE, TD, TH } from '../../editor/analysis/tableStyles';
import { ExportSheetButton } from '../sheets/ExportSheetButton';
import { DepartmentPicker } from './DepartmentPicker';
import { numberFormat, type NumberFormat } from './numbers';
import { StaffingMatrix } from './StaffingMatrix';
import { useLoaded } from './useLoaded';

type Props = { departments: Department[]; onOpenRole: (id: number) => void };
type Table = ResponseOf<'organisation:staffing'>;
type Row = Table['departments'][number]['rows'][number];

/**
 * 定岗定编 (PROCESS-ANALYSIS.md §d2): per department in tree order, each role's hours a year
 * from its process steps and its other duties, FTE on the library's basis (printed above the
 * table), 饱和度 against its 岗位编制, the recommended 定员 and its flags.
 */
export function StaffingView({ departments, onOpenRole }: Props) {
  const { t, i18n } = useTranslation();
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const { data } = useLoaded(
    () => call('organisation:staffing', { departmentId }),
    String(departmentId),
  );
  const fmt = numberFormat(i18n.language);
  const k = (key: string) => t(`alignment.organisation.staffing.${key}`);
  return (
    <div
      style={{ overflow: 'auto', height: '100%', paddingBottom: 24 }}
      data-testid="staffing-view"
    >
      <Space wrap style={{ margin: '8px 0' }}>
        <label htmlFor="staffing-department">{k('department')}</label>
        <DepartmentPicker
          id="staffing-department"
          departments={departments}
          value={departmentId}
          onChange={setDepartmentId}
        />
        <ExportSheetButton scope={{ kind: 'staffing', departmentId }} />
      </Space>
      {data && (
        <>
          <Typography.Paragraph data-testid="staffing-basis" style={{ color: '#3b4a5a' }}>
            {basisText(t, fmt, data.basis)}
            {' · '}
            {t('alignment.organisation.staffing.band', {
              low: fmt.percent(data.basis.saturationLow),
              high: fmt.percent(data.basis.saturationHigh),
            })}
          </Typography.Paragraph>
          {/* Nine figures per role: a data table that scrolls in its own box when narrow; the
              box takes focus so the keyboard can scroll it too (WCAG 2.1.1). */}
          <div
            className="reflow-data-grid"
            style={{ overflowX: 'auto' }}
            // A scrolling box must be reachable to scroll it by keyboard (axe: scrollable-region-focusable).
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            role="region"
            aria-label={t('views.organisationTabs.staffing')}
          >
            <table style={{ ...TABLE, width: '100%' }} data-testid="staffing-table">
              <thead>
                <tr>
                  {[
                    'role',
                    'headcount',
                    'processHours',
                    'dutyHours',
                    'total',
                    'fte',
                    'saturation',
                    'recommended',
                    'flag',
                  ].map((column, index) => (
                    <th
                      key={column}
                      style={{ ...TH, textAlign: index === 0 || index === 8 ? 'left' : 'right' }}
                    >
                      {k(column)}
                    </th>
                  ))}
                </tr>
              </thead>
              {data.departments.map((department) => (
                <tbody key={department.departmentId}>
                  <tr>
                    <th
                      colSpan={9}
                      style={{
                        ...TD,
                        textAlign: 'left',
                        background: '#f0f4f8',
                        paddingLeft: 8 + department.depth * 16,
                      }}
                    >
                      {department.name}
                    </th>
                  </tr>
                  {department.rows.map((row) => (
                    <StaffingRowView key={row.roleId} row={row} fmt={fmt} onOpenRole={onOpenRole} />
                  ))}
                  {department.rows.length > 0 && (
                    <tr style={{ fontWeight: 600 }}>
                      <td style={TD}>{k('totals')}</td>
                      <td style={NUM}>{fmt.plain(department.totals.headcount)}</td>
                      <td style={NUM} colSpan={2} />
                      <td style={NUM}>{fmt.hours(department.totals.total)}</td>
                      <td style={NUM}>{fmt.fte(department.totals.fte)}</td>
                      <td style={NUM} />
                      <td style={NUM}>{fmt.plain(department.totals.recommended)}</td>
                      <td style={TD} />
                    </tr>
                  )}
                </tbody>
              ))}
            </table>
          </div>
          <StaffingMatrix table={data} fmt={fmt} />
        </>
      )}
    </div>
  );
}

function StaffingRowView(props: { row: Row; fmt: NumberFormat; onOpenRole: (id: number) => void }) {
  const { row, fmt, onOpenRole } = props;
  const { t } = useTranslation();
  const processHours = row.processHours.reduce((sum, entry) => sum + entry.hours, 0);
  return (
    <tr data-testid={`staffing-row-${row.roleId}`}>
      <td style={{ ...TD, paddingLeft: 24 }}>
        <button type="button" style={LINK} onClick={() => onOpenRole(row.roleId)}>
          {row.title}
        </button>
      </td>
      <td style={NUM}>{row.headcount === null ? '—' : fmt.plain(row.headcount)}</td>
      <td style={NUM}>{fmt.hours(processHours)}</td>
      <td style={NUM}>{fmt.hours(row.dutyHours)}</td>
      <td style={NUM}>{fmt.hours(row.total)}</td>
      <td style={{ ...NUM, fontWeight: 600 }}>{fmt.fte(row.fte)}</td>
      <td style={NUM}>
        {row.saturation === null || row.total === 0 ? '—' : fmt.percent(row.saturation)}
      </td>
      <td style={NUM}>{fmt.plain(row.recommended)}</td>
      <td style={TD}>
        {row.band === 'under' && (
          <Tag color="gold">{t('alignment.organisation.staffing.flags.under')}</Tag>
        )}
        {row.band === 'over' && (
          <Tag color="red">{t('alignment.organisation.staffing.flags.over')}</Tag>
        )}
        {row.considerCombining && (
          <Tag color="blue">{t('alignment.organisation.staffing.flags.combine')}</Tag>
        )}
      </td>
    </tr>
  );
}

function basisText(
  t: (key: string, params?: Record<string, string>) => string,
  fmt: NumberFormat,
  basis: Table['basis'],
): string {
  return t('alignment.organisation.staffing.basis', {
    preset: t(`alignment.organisation.staffing.presets.${basis.preset}`),
    days: fmt.plain(basis.workingDays),
    hours: fmt.plain(basis.hoursPerDay),
    yearHours: fmt.plain(basis.yearHours),
    attendance: fmt.percent(basis.attendance),
    utilisation: fmt.percent(basis.utilisation),
    effective: fmt.hours(basis.effectiveHours),
  });
}
