import type { ProcessFigures } from '../../../shared/analysis/types';
import type { SheetText } from './sheetText';
import type { CellFormat, SheetRow } from './sheetModel';

/** What a figure is measured in; the unit column names it where the number format does not. */
type Unit = 'minutes' | 'share' | 'money' | 'perCase' | 'count' | 'cases';

const FORMATS: Record<Unit, CellFormat> = {
  minutes: 'decimal',
  // A PCE of 0.05 % must not read 0.0 % (shared/analysis/format.ts says the same on screen).
  share: 'precisePercent',
  money: 'money',
  perCase: 'decimal',
  count: 'integer',
  cases: 'integer',
};

/**
 * The summary box (§b6 item 1) as rows of figure, value, unit and, for times, the same in
 * days of the time basis: minutes are what a reader adds up, days what a reader grasps.
 * Shares are percentages, money yuan. A figure the map cannot give (no path, no rates) is empty.
 */
export function summaryRows(f: ProcessFigures, text: SheetText): SheetRow[] {
  const figure = (key: string, value: number | null, unit: Unit): SheetRow => ({
    cells: [
      text.t(`sheets.analysis.figures.${key}`),
      value === null ? null : { value, format: FORMATS[unit] },
      unit === 'share' || unit === 'money' ? '' : text.t(`sheets.analysis.units.${unit}`),
      unit === 'minutes' && value !== null
        ? { value: value / f.dayMinutes, format: 'decimal' }
        : null,
    ],
  });
  return [
    figure('leadTimeCritical', f.leadTime?.critical ?? null, 'minutes'),
    figure('leadTimeBest', f.leadTime?.best ?? null, 'minutes'),
    figure('leadTimeExpected', f.leadTime?.expected ?? null, 'minutes'),
    figure('touchTime', f.touchMinutes, 'minutes'),
    figure('valueAdding', f.valueMinutes.VA, 'minutes'),
    figure('businessValueAdding', f.valueMinutes.BVA, 'minutes'),
    figure('nonValueAdding', f.valueMinutes.NVA, 'minutes'),
    figure('waiting', f.waitMinutes, 'minutes'),
    figure('pceCritical', f.pce.critical, 'share'),
    figure('pceExpected', f.pce.expected, 'share'),
    figure('touchRatio', f.touchRatio, 'share'),
    figure('handOffs', f.handOffs.roles, 'perCase'),
    figure('handOffsDepartments', f.handOffs.departments, 'perCase'),
    figure('roles', f.actors.length, 'count'),
    figure('departments', f.departmentIds.length, 'count'),
    figure('approvals', f.approvals, 'count'),
    figure('inspections', f.inspections, 'count'),
    figure('reworkLoops', f.reworkLoops.length, 'count'),
    figure('rolledYield', f.rolledYield, 'share'),
    figure('costPerCase', f.cost.perCase, 'money'),
    figure('costPerYear', f.cost.perYear, 'money'),
    figure('nvaShare', f.cost.nvaShare, 'share'),
    figure('annualVolume', f.annualVolume, 'cases'),
    figure('timeLimit', f.timeLimitMinutes, 'minutes'),
  ];
}
