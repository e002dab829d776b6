import type { LibraryErrorCode } from './domain';

/** Error codes every host answers with; the renderer translates them for the user. */
export const ERROR_CODES = [
  'INVALID_REQUEST',
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'CONFLICT',
  'LIBRARY_NOT_OPEN',
  'UNSUPPORTED',
  'CANCELLED',
  'INTERNAL',
  'LIBRARY_NOT_A_LIBRARY',
  'LIBRARY_DAMAGED',
  'LIBRARY_TOO_NEW',
  'LIBRARY_UNREADABLE',
] as const satisfies readonly (string | LibraryErrorCode)[];
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ApiError = { code: ErrorCode; message: string };

/** The envelope every channel answers with, over IPC and over HTTP alike. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** An error a service raises on purpose: its code and message go to the renderer as they are. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}
