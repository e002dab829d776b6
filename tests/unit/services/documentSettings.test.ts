import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from '../../../shared/documentSettings';
import { readDocx, texts } from '../export/docxXml';
import { openTempSession } from '../helpers/tempFiles';

/** The 8-byte PNG signature and an IHDR of 2 × 1 pixels: enough for the checks and the size. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000002000000010806000000', 'hex');

function setup() {
  const { session } = openTempSession();
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  return { services, handlers: createHandlers(services) };
}

const settings = (extra: Partial<DocumentSettings>): DocumentSettings => ({
  ...DEFAULT_DOCUMENT_SETTINGS,
  ...extra,
});

describe('document settings', () => {
  it('are saved in the library and read back', async () => {
    const { handlers } = setup();
    const saved = settings({
      organisationName: '华东精密制造有限公司',
      logo: { type: 'image/png', data: PNG.toString('base64') },
      documentNumber: 'HR-JD-{code}',
      confidentiality: '内部资料 注意保密',
      zhLayout: 'sectioned',
    });
    expect(await dispatch(handlers, 'documentSettings:set', saved)).toEqual({
      ok: true,
      data: saved,
    });
    expect(await dispatch(handlers, 'documentSettings:get', {})).toEqual({ ok: true, data: saved });
  });

  it('refuse a number scheme with an unknown token, naming it', async () => {
    const { handlers } = setup();
    const result = await dispatch(
      handlers,
      'documentSettings:set',
      settings({ documentNumber: 'HR-{code}-{year}' }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', params: { reason: 'documentNumberToken', token: 'year' } },
    });
    expect(await dispatch(handlers, 'documentSettings:get', {})).toMatchObject({
      data: DEFAULT_DOCUMENT_SETTINGS,
    });
  });

  it('refuse a logo that is not a PNG or JPEG by its bytes, or over 1 MB', async () => {
    const { handlers } = setup();
    const fake = { type: 'image/png' as const, data: Buffer.from('GIF89a…').toString('base64') };
    expect(
      await dispatch(handlers, 'documentSettings:set', settings({ logo: fake })),
    ).toMatchObject({ ok: false, error: { params: { reason: 'logoNotImage' } } });
    const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]);
    const tooLarge = { type: 'image/png' as const, data: big.toString('base64') };
    expect(
      await dispatch(handlers, 'documentSettings:set', settings({ logo: tooLarge })),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('number and head a single export, and name its file', async () => {
    const { services } = setup();
    const hr = services.departments.create('人力资源部', null);
    const role = services.roles.create(hr.id, '招聘专员');
    services.roles.save({ ...role, code: 'R-0007' }, role.editVersion);
    services.documentSettings.set(
      settings({
        organisationName: '华东精密',
        documentNumber: 'HR-JD-{code}',
        confidentiality: '内部资料',
      }),
    );
    const result = await services.exports.roleDocx(role.id, null);
    expect(result.fileName).toBe('HR-JD-R-0007 招聘专员.docx');
    const parts = await readDocx(Buffer.from(result.data ?? '', 'base64'));
    const headers = await Promise.all(
      parts.names.filter((n) => /word\/header\d*\.xml$/.test(n)).map((n) => parts.read(n)),
    );
    expect(headers.map((h) => texts(h).join('')).join('')).toContain('华东精密  HR-JD-R-0007');
    expect(texts(parts.footers[0] ?? '').join('')).toContain('内部资料');
  });
});
