import { AppError } from '../../shared/errors';

/*
 * What the disk or SQLite said, as a code the user can act on: "the disk is full", "another
 * program is using this library", "read-only", "the disk reported an error". Everything that
 * writes the library goes through dispatch, which asks here before falling back to INTERNAL.
 */

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The storage failure `error` stands for, or null when it is not one. */
export function storageError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('LIBRARY_DISK_FULL', `The disk is full (${code}): ${detail}`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('LIBRARY_BUSY', `Another program holds the library (${code}): ${detail}`);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return new AppError('LIBRARY_READ_ONLY', `The library is read-only (${code}): ${detail}`);
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new AppError('LIBRARY_IO_ERROR', `The disk reported an error (${code}): ${detail}`);
  }
  return null;
}

/**
 * Why `file` could not be opened, always as an AppError with the file's name: the opening
 * path must end in the library error screen, whatever went wrong.
 */
export function openError(error: unknown, name: string): AppError {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('LIBRARY_DAMAGED', `${name} is damaged (${code}): ${detail}`, { name });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code === 'EACCES') {
    return new AppError('LIBRARY_UNREADABLE', `${name} cannot be opened (${code}): ${detail}`, {
      name,
    });
  }
  const storage = storageError(error);
  if (storage) return new AppError(storage.code, storage.message, { name });
  return new AppError('LIBRARY_OPEN_FAILED', `${name} could not be opened: ${detail}`, { name });
}
