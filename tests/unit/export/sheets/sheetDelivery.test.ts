import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../../electron/ipc/handlers';
import { seedSampleLibrary } from '../../../../electron/library/seed/sampleLibrary';
import type { FileDelivery } from '../../../../electron/services/exportService';
import { NO_DIALOGS } from '../../../../electron/services/libraryService';
import { openTempSession, tempFolder } from '../../helpers/tempFiles';

/** The desktop app's way: the save dialog proposes a name of the .xlsx kind, the user picks. */
function desktop(answer: (name: string) => string | null) {
  const { session } = openTempSession();
  seedSampleLibrary(session.repositories());
  const asked: { name: string; kind: string }[] = [];
  const delivery: FileDelivery = {
    chooseTarget: (name, kind) => {
      asked.push({ name, kind });
      return Promise.resolve(answer(name));
    },
  };
  const handlers = createHandlers(
    createServices({ session, dialogs: NO_DIALOGS, settings: null, delivery }),
  );
  return { handlers, asked };
}

describe('a spreadsheet saved from the desktop app', () => {
  it('is written where the user chose, as an Excel file', async () => {
    const folder = tempFolder();
    const { handlers, asked } = desktop((name) => path.join(folder, name));

    const result = await dispatch(handlers, 'export:sheet', {
      kind: 'staffing',
      departmentId: null,
      locale: 'en',
    });

    expect(result).toMatchObject({ ok: true, data: { data: null } });
    expect(asked).toEqual([
      { name: expect.stringMatching(/^Staffing table .*\.xlsx$/), kind: 'xlsx' },
    ]);
    const [file] = fs.readdirSync(folder);
    const book = new Workbook();
    await book.xlsx.readFile(path.join(folder, file ?? ''));
    expect(book.worksheets[0]?.name).toBe('Staffing');
  });

  it('is not written when the dialog is cancelled, and says so', async () => {
    const { handlers } = desktop(() => null);
    const result = await dispatch(handlers, 'export:sheet', { kind: 'checks', locale: 'zh-CN' });
    expect(result.ok === false && result.error.code).toBe('CANCELLED');
  });

  it('of an unknown process asks for no file at all', async () => {
    const { handlers, asked } = desktop(() => null);
    const result = await dispatch(handlers, 'export:sheet', {
      kind: 'raci',
      scope: { kind: 'process', processId: 77_777 },
      locale: 'en',
    });
    expect(result.ok === false && result.error.code).toBe('NOT_FOUND');
    expect(asked).toEqual([]);
  });

  it('refuses a kind or a locale the contract does not know', async () => {
    const { handlers } = desktop(() => null);
    const result = await dispatch(handlers, 'export:sheet', {
      kind: 'payroll',
      locale: 'en',
    } as never);
    expect(result.ok === false && result.error.code).toBe('INVALID_REQUEST');
  });
});
