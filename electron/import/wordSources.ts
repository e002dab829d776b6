import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, type WordErrorCode } from '../../shared/errors';
import { WORD_LIMITS } from './limits';

/*
 * The files a Word import reads: picked in the desktop app's dialog (read from disk here, in
 * main) or uploaded by the browser host's page. A file that is not a .docx is listed as
 * skipped; one too large is refused without being read.
 */

export type WordSource = {
  fileName: string;
  bytes: Buffer | null;
  refused: WordErrorCode | null;
  skipped: 'notDocx' | null;
};

/** What the desktop app's dialog answers: the chosen files, or the chosen folder. */
export type WordPicker = {
  chooseWordFiles(mode: 'files' | 'folder'): Promise<string[] | null>;
};

export const NO_WORD_PICKER: WordPicker = {
  chooseWordFiles: () =>
    Promise.reject(
      new AppError(
        'UNSUPPORTED',
        'The browser host has no file dialog; the page uploads the files.',
      ),
    ),
};

/** A Word file by its name: .docx, and not Word's "~$" lock file beside an open document. */
export function isDocxName(fileName: string): boolean {
  return /\.docx$/i.test(fileName) && !path.basename(fileName).startsWith('~$');
}

/** The files of a folder (not its sub-folders), in name order. */
function folderFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(folder, entry.name))
    .sort((a, b) => a.localeCompare(b));
}

export function readPickedFile(filePath: string): WordSource {
  const fileName = path.basename(filePath);
  if (!isDocxName(fileName)) return { fileName, bytes: null, refused: null, skipped: 'notDocx' };
  const size = fs.statSync(filePath).size;
  if (size > WORD_LIMITS.fileBytes) {
    return { fileName, bytes: null, refused: 'WORD_TOO_LARGE', skipped: null };
  }
  return { fileName, bytes: fs.readFileSync(filePath), refused: null, skipped: null };
}

/** Picks waiting for import:startWord, by id; the page never names a path itself. */
export class WordPicks {
  private readonly picks = new Map<string, WordSource[]>();

  constructor(private readonly picker: WordPicker) {}

  async pick(mode: 'files' | 'folder'): Promise<{ pickId: string; fileNames: string[] }> {
    const chosen = await this.picker.chooseWordFiles(mode);
    if (chosen === null || chosen.length === 0) {
      throw new AppError('CANCELLED', 'No file was chosen.');
    }
    const paths = mode === 'folder' ? chosen.flatMap(folderFiles) : chosen;
    const sources = paths.map(readPickedFile);
    const pickId = crypto.randomUUID();
    // Only the latest pick is kept: an abandoned dialog does not hold files in memory.
    this.picks.clear();
    this.picks.set(pickId, sources);
    return { pickId, fileNames: sources.map((s) => s.fileName) };
  }

  take(pickId: string): WordSource[] {
    const sources = this.picks.get(pickId);
    if (!sources) {
      throw new AppError('NOT_FOUND', 'Those files are no longer picked.', { what: 'wordPick' });
    }
    this.picks.delete(pickId);
    return sources;
  }
}

/** The page's upload: names, bytes, and what the page already refused. */
export function uploadedSources(
  files: readonly { fileName: string; data: string | null; refused: WordErrorCode | null }[],
): WordSource[] {
  return files.map((file) => {
    const fileName = path.basename(file.fileName.replace(/\\/g, '/'));
    if (!isDocxName(fileName)) return { fileName, bytes: null, refused: null, skipped: 'notDocx' };
    if (file.refused || file.data === null) {
      return { fileName, bytes: null, refused: file.refused ?? 'WORD_EMPTY', skipped: null };
    }
    return { fileName, bytes: Buffer.from(file.data, 'base64'), refused: null, skipped: null };
  });
}
