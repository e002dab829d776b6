import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { id } from './common';
import { raciScope } from './organisationChannels';

/*
 * Spreadsheet export (issue 11): the tables of the checks report, the organisation view (RACI,
 * 定岗定编), a process's analysis and the role list as an .xlsx in the interface language. Each
 * kind names the scope its screen shows; main builds the workbook from the same data.
 */

const locale = z.enum(LOCALES);

export const sheetRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('checks'), locale }),
  z.strictObject({ kind: z.literal('raci'), scope: raciScope, locale }),
  /** A department and those under it, or (null) the whole library. */
  z.strictObject({ kind: z.literal('staffing'), departmentId: id.nullable(), locale }),
  /** The saved map's analysis (unsaved edits are the editor's; save first to include them). */
  z.strictObject({ kind: z.literal('analysis'), processId: id, locale }),
  /** The roles of one department (as the role list shows it), or (null) of the library. */
  z.strictObject({ kind: z.literal('roles'), departmentId: id.nullable(), locale }),
]);

export type SheetRequest = z.infer<typeof sheetRequest>;
export type SheetKind = SheetRequest['kind'];

export const sheetChannels = {
  'export:sheet': {
    request: sheetRequest,
    response: z.strictObject({ fileName: z.string(), data: z.string().nullable() }),
  },
};
