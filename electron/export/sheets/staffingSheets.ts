import type { ResponseOf } from '../../../shared/contract';
import type { SheetText } from './sheetText';
import type { SheetColumn, SheetRow, SheetTable } from './sheetModel';

type Staffing = ResponseOf<'organisation:staffing'>;
type Row = Staffing['departments'][number]['rows'][number];

const ROLE_COLUMN_WIDTH = 12;

/**
 * 定岗定编 as the organisation view shows it: its basis line, each department in tree order
 * with its roles and its totals; then the process × role hours behind the roles' hours.
 */
export function staffingSheets(table: Staffing, scopeLine: string, text: SheetText): SheetTable[] {
  const matrix = matrixSheet(table, scopeLine, text);
  return matrix
    ? [staffingSheet(table, scopeLine, text), matrix]
    : [staffingSheet(table, scopeLine, text)];
}

function staffingSheet(table: Staffing, scopeLine: string, text: SheetText): SheetTable {
  const k = (key: string) => text.t(`alignment.organisation.staffing.${key}`);
  const rows: SheetRow[] = [];
  for (const department of table.departments) {
    rows.push({ cells: [department.name], style: 'group', indent: department.depth });
    for (const row of department.rows) rows.push(roleRow(row, department.depth + 1, text));
    if (department.rows.length === 0) continue;
    const { totals } = department;
    rows.push({
      cells: [
        k('totals'),
        totals.headcount,
        null,
        null,
        totals.total,
        totals.fte,
        null,
        totals.recommended,
        null,
      ],
      style: 'total',
      indent: department.depth + 1,
    });
  }
  return {
    name: text.t('sheets.staffing.sheet'),
    title: text.t('sheets.staffing.title'),
    notes: [text.exportedLine, scopeLine, basisLine(table.basis, text)],
    columns: [
      { heading: k('role'), format: 'text' },
      { heading: k('headcount'), format: 'plain' },
      { heading: k('processHours'), format: 'hours' },
      { heading: k('dutyHours'), format: 'hours' },
      { heading: k('total'), format: 'hours' },
      { heading: k('fte'), format: 'twoDecimals' },
      { heading: k('saturation'), format: 'percent' },
      { heading: k('recommended'), format: 'integer' },
      { heading: k('flag'), format: 'text' },
    ],
    rows,
    frozenColumns: 1,
  };
}

function roleRow(row: Row, indent: number, text: SheetText): SheetRow {
  const flag = (key: string) => text.t(`alignment.organisation.staffing.flags.${key}`);
  const flags = [
    row.band === 'under' ? flag('under') : null,
    row.band === 'over' ? flag('over') : null,
    row.considerCombining ? flag('combine') : null,
  ].filter((value) => value !== null);
  const processHours = row.processHours.reduce((sum, entry) => sum + entry.hours, 0);
  return {
    cells: [
      row.title,
      row.headcount,
      processHours,
      row.dutyHours,
      row.total,
      row.fte,
      // The screen shows no saturation for a role with no hours at all: nor does the sheet.
      row.saturation === null || row.total === 0 ? null : row.saturation,
      row.recommended,
      flags.join(', '),
    ],
    indent,
  };
}

/** The process × role hours: a row per process, a column per role with hours, then totals. */
function matrixSheet(table: Staffing, scopeLine: string, text: SheetText): SheetTable | null {
  const k = (key: string) => text.t(`alignment.organisation.staffing.${key}`);
  const roles = table.departments
    .flatMap((d) => d.rows)
    .filter((row) => row.processHours.length > 0);
  if (roles.length === 0 || table.processes.length === 0) return null;
  const rows = table.processes.map((process): SheetRow => {
    let hours = 0;
    let posts = 0;
    const cells = roles.map((role) => {
      const entry = role.processHours.find((e) => e.processId === process.id);
      if (!entry) return null;
      hours += entry.hours;
      posts += role.headcount ?? 0;
      return entry.hours;
    });
    const name = process.code ? `${process.code} ${process.name}` : process.name;
    return { cells: [name, ...cells, hours, hours / table.basis.effectiveHours, posts] };
  });
  const columns: SheetColumn[] = [
    { heading: text.t('sheets.raci.process'), format: 'text' },
    ...roles.map((role): SheetColumn => ({
      heading: role.title,
      format: 'hours',
      width: ROLE_COLUMN_WIDTH,
    })),
    { heading: k('processTotal'), format: 'hours' },
    { heading: k('processFte'), format: 'twoDecimals' },
    { heading: k('involved'), format: 'plain' },
  ];
  return {
    name: text.t('sheets.staffing.matrixSheet'),
    title: text.t('sheets.staffing.matrixTitle'),
    notes: [text.exportedLine, scopeLine, basisLine(table.basis, text)],
    columns,
    rows,
    frozenColumns: 1,
  };
}

/** The basis the screen prints above its table, and the saturation band. */
function basisLine(basis: Staffing['basis'], text: SheetText): string {
  const number = (digits: number) =>
    new Intl.NumberFormat(text.locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  const plain = (value: number) => number(1).format(value);
  const percent = (share: number) =>
    `${new Intl.NumberFormat(text.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share * 100)} %`;
  const hours = (value: number) =>
    new Intl.NumberFormat(text.locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value);
  const k = (key: string, params?: Record<string, unknown>) =>
    text.t(`alignment.organisation.staffing.${key}`, params);
  const line = k('basis', {
    preset: k(`presets.${basis.preset}`),
    days: plain(basis.workingDays),
    hours: plain(basis.hoursPerDay),
    yearHours: plain(basis.yearHours),
    attendance: percent(basis.attendance),
    utilisation: percent(basis.utilisation),
    effective: hours(basis.effectiveHours),
  });
  const band = k('band', {
    low: percent(basis.saturationLow),
    high: percent(basis.saturationHigh),
  });
  return `${line} · ${band}`;
}
