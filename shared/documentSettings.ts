import { z } from 'zod';

/*
 * How the organisation's documents look (issue 11): its name and logo on the cover, a
 * document number in the running header and in file names, a confidentiality line in the
 * footer, and the layout of Chinese descriptions. Kept in the library file (library_settings)
 * so they travel with the library.
 */

export const ZH_LAYOUTS = ['form', 'sectioned'] as const;
export type ZhLayout = (typeof ZH_LAYOUTS)[number];

export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
/** The logo's size limit in bytes (decoded): a cover picture, not a photograph. */
export const LOGO_MAX_BYTES = 1024 * 1024;

/** Tokens a document-number scheme may use: the role's code, its department, its version. */
export const DOCUMENT_NUMBER_TOKENS = ['code', 'dept', 'version'] as const;
export type DocumentNumberValues = Record<(typeof DOCUMENT_NUMBER_TOKENS)[number], string>;

export const LIMITS = { organisationName: 200, documentNumber: 100, confidentiality: 300 } as const;

/** Base64 of at most LOGO_MAX_BYTES (4 characters per 3 bytes). */
const logoData = z
  .string()
  .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const documentSettingsSchema = z.strictObject({
  organisationName: z.string().max(LIMITS.organisationName),
  logo: z.strictObject({ type: z.enum(LOGO_TYPES), data: logoData }).nullable(),
  documentNumber: z.string().max(LIMITS.documentNumber),
  confidentiality: z.string().max(LIMITS.confidentiality),
  zhLayout: z.enum(ZH_LAYOUTS),
});
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  organisationName: '',
  logo: null,
  documentNumber: '',
  confidentiality: '',
  zhLayout: 'form',
};

/** The first token of a scheme that is not one of DOCUMENT_NUMBER_TOKENS, or null. */
export function unknownDocumentNumberToken(scheme: string): string | null {
  for (const [, token] of scheme.matchAll(/\{([^{}]*)\}/g)) {
    if (!(DOCUMENT_NUMBER_TOKENS as readonly string[]).includes(token ?? '')) return token ?? '';
  }
  return null;
}

/** "HR-JD-{code}" with the role's values; an empty scheme numbers nothing (""). */
export function documentNumber(scheme: string, values: DocumentNumberValues): string {
  return scheme
    .trim()
    .replace(/\{(code|dept|version)\}/g, (_, token: keyof DocumentNumberValues) =>
      values[token].trim(),
    );
}

/** What the picture's first bytes say it is (PNG or JPEG), whatever the file was called. */
export function logoTypeOf(bytes: Uint8Array): (typeof LOGO_TYPES)[number] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}
