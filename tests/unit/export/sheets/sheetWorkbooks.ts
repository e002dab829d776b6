import { Workbook, type Worksheet } from 'exceljs';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../../electron/ipc/handlers';
import { seedSampleLibrary } from '../../../../electron/library/seed/sampleLibrary';
import { NO_DIALOGS } from '../../../../electron/services/libraryService';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/contract';
import type { SheetRequest } from '../../../../shared/contract/sheetChannels';
import { openTempSession } from '../../helpers/tempFiles';

/** The sample library behind the browser host's handlers, as the screens call them. */
export function sampleLibrary() {
  const { session } = openTempSession();
  seedSampleLibrary(session.repositories());
  const handlers = createHandlers(createServices({ session, dialogs: NO_DIALOGS, settings: null }));
  async function call<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<ResponseOf<C>> {
    const result = await dispatch(handlers, channel, request, { validateResponses: true });
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.data as ResponseOf<C>;
  }
  /** Exports a sheet as the page would, and reads the download back with exceljs. */
  async function exportSheet(request: SheetRequest): Promise<{ fileName: string; book: Workbook }> {
    const result = await call('export:sheet', request);
    if (result.data === null) throw new Error('the browser host hands the bytes to the page');
    const book = new Workbook();
    // exceljs types its input as an ArrayBuffer-like Buffer of its own: hand it the bytes' buffer.
    const bytes = Buffer.from(result.data, 'base64');
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return { fileName: result.fileName, book };
  }
  return { session, call, exportSheet };
}

/** The row of the column headings: the one the frozen pane ends at. */
export function headingRow(sheet: Worksheet): number {
  const view = sheet.views[0];
  if (!view || view.state !== 'frozen') throw new Error(`${sheet.name} has no frozen rows`);
  return view.ySplit ?? 0;
}

export function headings(sheet: Worksheet): string[] {
  const row = sheet.getRow(headingRow(sheet));
  return Array.from({ length: row.cellCount }, (_, i) => String(row.getCell(i + 1).value ?? ''));
}

/** The data rows under the headings, as plain values (null for an empty cell). */
export function dataRows(sheet: Worksheet): (string | number | null)[][] {
  const width = sheet.getRow(headingRow(sheet)).cellCount;
  const rows: (string | number | null)[][] = [];
  for (let r = headingRow(sheet) + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(
      Array.from({ length: width }, (_, i) => {
        const value = row.getCell(i + 1).value;
        return typeof value === 'string' || typeof value === 'number' ? value : null;
      }),
    );
  }
  return rows;
}

export function sheetNamed(book: Workbook, name: string): Worksheet {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}: ${book.worksheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** Cells that show an i18n key instead of its text (a message the translator did not find). */
export function unresolvedKeys(book: Workbook): string[] {
  const found: string[] = [];
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = String(cell.value ?? '');
        if (/^(checks|alignment|analysis|sheets|editor|roles)\.[\w.]+$/.test(value))
          found.push(value);
      }),
    );
  }
  return found;
}
