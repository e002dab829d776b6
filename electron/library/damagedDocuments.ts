import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { DamagedDocument } from '../../shared/documentRecovery';
import type { LibrarySession } from './librarySession';
import { writeFileAtomically } from './temporaryFiles';

/** Refuses to write over a stored document that failed its schema (see shared/documentRecovery). */
export function assertIntact(item: { damaged?: DamagedDocument[] }, what: string): void {
  if (item.damaged?.length) {
    throw new AppError(
      'DOCUMENT_DAMAGED',
      `${what} has damaged stored documents (${item.damaged.join(', ')}); save a repaired copy first.`,
    );
  }
}

/**
 * Keeps the exact bytes of a damaged stored document in a file beside the library before a
 * repaired copy replaces it: `<library>.damaged-<entity>-<id>-<document>-<time>.json`,
 * synced to the disk. Returns the file's name.
 */
export function keepDamagedOriginal(
  session: LibrarySession,
  entity: 'role' | 'process',
  id: number,
  document: DamagedDocument,
  original: string,
): string {
  const library = session.file;
  if (!library || session.status().state !== 'open') {
    throw new AppError('LIBRARY_NOT_OPEN', 'No library is open.');
  }
  const status = session.status();
  if (status.state === 'open' && status.readOnly) {
    throw new AppError('LIBRARY_READ_ONLY', 'The library is read-only; nothing can be repaired.');
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${library}.damaged-${entity}-${id}-${document}-${stamp}.json`;
  writeFileAtomically(target, Buffer.from(original, 'utf8'));
  return path.basename(target);
}
