import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { id } from './common';

/**
 * Channels of the process documentation (流程说明书): one process as a Word document, and the
 * process handbook of a department or the library, run as a job the renderer polls.
 * `locale` picks the document's language (zh-CN → 流程说明书, en → process description).
 */

const exportResult = z.strictObject({ fileName: z.string(), data: z.string().nullable() });
const jobId = z.strictObject({ jobId: z.uuid() });

export const processDocChannels = {
  'export:processDoc': {
    request: z.strictObject({ id, locale: z.enum(LOCALES) }),
    response: exportResult,
  },
  'export:startProcessHandbook': {
    request: z.strictObject({ departmentId: id.nullable(), locale: z.enum(LOCALES) }),
    response: jobId,
  },
  'export:processHandbookJob': {
    request: jobId,
    response: z.strictObject({
      state: z.enum(['running', 'done', 'failed', 'cancelled']),
      done: z.number().int().min(0),
      total: z.number().int().min(0),
      fileName: z.string(),
      data: z.string().nullable(),
      error: z.string().nullable(),
    }),
  },
  'export:cancelProcessHandbook': { request: jobId, response: jobId },
};
