import type { ProcessFigures } from '../../../shared/analysis/types';
import type { SheetText } from './sheetText';
import type { CellFormat, SheetRow } from './sheetModel';

type Unit = 'minutes' | 'share' | 'money' | 'count' | 'cases';

const FORMATS: Record<Unit, CellFormat> = {
  minutes: 'decimal',
  share: 'percent',
  money: 'money',
  count: 'plain',
  cases: 'plain',
};

/**
 * The summary box (§b6 item 1) as rows of figure, value and unit: times in minutes (the
 * sheet's reader does arithmetic; the basis line above says what a day is), shares as
 * percentages, money in yuan. A figure the map cannot give yet (no path, no rates) is empty.
 */
export function summaryRows(f: ProcessFigures, text: SheetText): SheetRow[] {
  const figure = (key: string, value: number | null, unit: Unit): SheetRow => ({
    cells: [
      text.t(`sheets.analysis.figures.${key}`),
      value === null ? null : { value, format: FORMATS[unit] },
      text.t(`sheets.analysis.units.${unit}`),
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
    figure('handOffs', f.handOffs.roles, 'count'),
    figure('handOffsDepartments', f.handOffs.departments, 'count'),
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
