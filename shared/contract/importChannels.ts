import { z } from 'zod';
import { DUTY_CATEGORIES, DUTY_FREQUENCIES, ROLE_TEMPLATES } from '../domain';
import { WORD_ERROR_CODES } from '../errors';
import { IMPORT_TEXT_FIELDS } from '../import/importedRole';
import { kpiSchema } from '../roleDetails';
import { dutyWeightSchema } from '../weights';
import { id } from './common';
import { roleDraft } from './roleDraft';

/*
 * Channels of the Word import (issue 11): pick files (the desktop app's dialog; the browser
 * host has the page upload them), read them as a job with progress and cancel, and store
 * the roles the user confirmed. Files are read in main's worker, never trusted to the page.
 */

const jobId = z.uuid();
const fileName = z.string().min(1).max(260);
const name = z.string().trim().min(1).max(200);

/** Files above this (as base64) are not sent by the page; they come as refused. */
export const WORD_UPLOAD_MAX_BASE64 = 28 * 1024 * 1024;

const uploadedFile = z.strictObject({
  fileName,
  /** The file's bytes as base64; null when the page did not send them (see `refused`). */
  data: z.string().max(WORD_UPLOAD_MAX_BASE64).nullable(),
  refused: z.enum(['WORD_TOO_LARGE', 'WORD_BATCH_FULL']).nullable(),
});

const importedDuty = z.strictObject({
  text: z.string(),
  category: z.enum(DUTY_CATEGORIES).nullable(),
  weight: dutyWeightSchema,
  frequency: z.enum(DUTY_FREQUENCIES).nullable(),
  standard: z.string(),
  kpi: z.string(),
});

export const wordPreviewSchema = z.strictObject({
  template: z.enum(ROLE_TEMPLATES),
  texts: z.record(z.enum(IMPORT_TEXT_FIELDS), z.string()),
  headcount: z.number().int().min(0).nullable(),
  duties: z.array(importedDuty),
  kpis: z.array(kpiSchema),
  unplaced: z.array(z.strictObject({ heading: z.string(), text: z.string() })),
  /** The library's department and manager the document's names match, if any. */
  departmentId: id.nullable(),
  reportsToId: id.nullable(),
  warnings: z.array(z.string()),
});
export type WordPreview = z.infer<typeof wordPreviewSchema>;

export const WORD_FILE_STATES = ['waiting', 'read', 'refused', 'skipped'] as const;

const wordFileResult = z.strictObject({
  fileName: z.string(),
  state: z.enum(WORD_FILE_STATES),
  code: z.enum(WORD_ERROR_CODES).nullable(),
  skipped: z.enum(['notDocx', 'stopped']).nullable(),
  preview: wordPreviewSchema.nullable(),
});
export type WordFileResult = z.infer<typeof wordFileResult>;

const wordJob = z.strictObject({
  state: z.enum(['running', 'done', 'cancelled']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  files: z.array(wordFileResult),
});
export type WordJob = z.infer<typeof wordJob>;

const confirmedRole = z.strictObject({
  fileName,
  department: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('existing'), departmentId: id }),
    z.strictObject({ kind: z.literal('new'), name }),
  ]),
  role: roleDraft.omit({ id: true, departmentId: true }),
});
export type ConfirmedRole = z.infer<typeof confirmedRole>;

export const importChannels = {
  /** The desktop app's dialog: .docx files, or a folder. Refused (UNSUPPORTED) in the browser. */
  'import:pickWord': {
    request: z.strictObject({ mode: z.enum(['files', 'folder']) }),
    response: z.strictObject({ pickId: z.uuid(), fileNames: z.array(z.string()) }),
  },
  /** Reads picked or uploaded files as a job; poll import:job for progress and results. */
  'import:startWord': {
    request: z.strictObject({
      source: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('picked'), pickId: z.uuid() }),
        z.strictObject({
          kind: z.literal('uploaded'),
          files: z.array(uploadedFile).min(1).max(500),
        }),
      ]),
    }),
    response: z.strictObject({ jobId }),
  },
  'import:job': { request: z.strictObject({ jobId }), response: wordJob },
  'import:cancel': { request: z.strictObject({ jobId }), response: z.strictObject({ jobId }) },
  /** The confirmed roles, each created as a draft in a transaction of its own. */
  'import:commitWord': {
    request: z.strictObject({ roles: z.array(confirmedRole).min(1).max(500) }),
    response: z.strictObject({
      results: z.array(
        z.strictObject({
          fileName: z.string(),
          roleId: id.nullable(),
          error: z.string().nullable(),
        }),
      ),
    }),
  },
} as const;
