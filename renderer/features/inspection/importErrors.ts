import type { ResponseOf } from '../../../shared/contract';
import type { Translate } from '../../../shared/i18n/errorText';

/*
 * A refused import's problems as sentences that name the row and the column ("第 3 行“数值”列：
 * “abc”不是数字。"), from the codes main sends (inspection.importErrors); a problem of the whole
 * sheet (column 'sheet'/empty) names the row only.
 */

type ImportResult = ResponseOf<'inspection:importMeasurements'>;
export type ImportError = Extract<ImportResult, { ok: false }>['errors'][number];

export function importErrorText(error: ImportError, t: Translate): string {
  const reason = t(`inspection.importErrors.${error.code}`, {
    ...error.params,
    defaultValue: error.code,
  });
  if (error.column === '') return t('inspection.importSheet', { row: error.row, reason });
  return t('inspection.importRow', { row: error.row, column: error.column, reason });
}
