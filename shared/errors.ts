import type { LibraryErrorCode } from './domain';

/** Why a BPMN file was refused or could not be written (messages in shared/i18n/bpmn.ts). */
export const BPMN_ERROR_CODES = [
  'BPMN_EMPTY',
  'BPMN_TOO_LARGE',
  'BPMN_UNSUPPORTED_ENCODING',
  'BPMN_INVALID_ENCODING',
  'BPMN_DOCTYPE',
  'BPMN_ATTRIBUTE_TOO_LONG',
  'BPMN_TOO_DEEP',
  'BPMN_TOO_MANY_ELEMENTS',
  'BPMN_MALFORMED',
  'BPMN_NOT_BPMN',
  'BPMN_NO_PROCESS',
  'BPMN_TOO_MANY_LANES',
  'BPMN_TOO_MANY_STEPS',
  'BPMN_TOO_MANY_FLOWS',
  'BPMN_TOO_FAR',
  'BPMN_OVER_LIMIT',
  'BPMN_SOURCE_INVALID',
] as const;
export type BpmnErrorCode = (typeof BPMN_ERROR_CODES)[number];

/** Why a picture of a map could not be made (messages in shared/i18n/picture.ts). */
export const PICTURE_ERROR_CODES = ['PICTURE_FONT_MISSING'] as const;
export type PictureErrorCode = (typeof PICTURE_ERROR_CODES)[number];

/** Why a Word description was not imported (messages in shared/i18n/wordImport.ts). */
export const WORD_ERROR_CODES = [
  'WORD_EMPTY',
  'WORD_TOO_LARGE',
  'WORD_OLD_FORMAT',
  'WORD_DAMAGED',
  'WORD_NOT_DOCX',
  'WORD_TOO_MANY_PARTS',
  'WORD_INFLATES_TOO_MUCH',
  'WORD_TOO_SLOW',
  'WORD_UNREADABLE',
  'WORD_BATCH_FULL',
] as const;
export type WordErrorCode = (typeof WORD_ERROR_CODES)[number];

/** Why an inspection record was refused (messages in shared/i18n/inspection.ts, issue 12). */
export const INSPECTION_ERROR_CODES = [
  // The record names a process the library does not hold (params: key).
  'INSPECTION_PROCESS_UNKNOWN',
  // An inspection or import names a plan the library does not hold, or another process's.
  'INSPECTION_PLAN_UNKNOWN',
  // A measurement names a KPI its plan does not measure (params: kpiKey).
  'INSPECTION_KPI_UNKNOWN',
  // The plan's period already has its inspection (params: start, end — the last day).
  'INSPECTION_PERIOD_TAKEN',
  // An imported file is neither a readable .xlsx nor a .csv (params: name).
  'INSPECTION_FILE_UNREADABLE',
  // The action already opened a revision, so it cannot open another (params: what).
  'INSPECTION_ACTION_LINKED',
  // A stored record failed its schema (edited outside RoleFlow); left untouched (params: what, key).
  'INSPECTION_RECORD_DAMAGED',
] as const;
export type InspectionErrorCode = (typeof INSPECTION_ERROR_CODES)[number];

/** Error codes every host answers with; the renderer translates them for the user. */
export const ERROR_CODES = [
  'INVALID_REQUEST',
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'CONFLICT',
  // A save based on an edit version that is no longer the stored one (params: what, name).
  'EDIT_CONFLICT',
  'LIBRARY_NOT_OPEN',
  'UNSUPPORTED',
  'CANCELLED',
  'INTERNAL',
  'LIBRARY_NOT_A_LIBRARY',
  'LIBRARY_DAMAGED',
  'LIBRARY_TOO_NEW',
  'LIBRARY_UNREADABLE',
  'LIBRARY_MISSING',
  'LIBRARY_BUSY',
  'LIBRARY_DISK_FULL',
  'LIBRARY_FOLDER_UNAVAILABLE',
  'LIBRARY_IO_ERROR',
  'LIBRARY_READ_ONLY',
  'LIBRARY_OPEN_FAILED',
  'DOCUMENT_DAMAGED',
  'PROCESS_LINK_MISSING',
  // A new or changed connector breaks a connection rule (params: reason, source, target).
  'CONNECTION_INVALID',
  'ROLE_IN_USE',
  'DEPARTMENT_IN_USE',
  'DEPARTMENT_HAS_ROLES',
  ...BPMN_ERROR_CODES,
  ...PICTURE_ERROR_CODES,
  ...WORD_ERROR_CODES,
  ...INSPECTION_ERROR_CODES,
] as const satisfies readonly (string | LibraryErrorCode)[];
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Values a message is filled with (names, counts, limits). The renderer renders
 * `errors.<code>` in the interface language with these; `message` is English, for logs only.
 */
export type ErrorParams = Record<string, string | number>;

export type ApiError = { code: ErrorCode; message: string; params?: ErrorParams };

/** The envelope every channel answers with, over IPC and over HTTP alike. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/**
 * An error a service raises on purpose. Its code and params reach the renderer, which renders
 * the message in the interface language; the English `message` is for logs and tests.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams | undefined;
  constructor(code: ErrorCode, message: string, params?: ErrorParams) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}
