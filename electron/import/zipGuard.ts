import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { WordRefusal } from './refusal';
import type { WordLimits } from './limits';

/*
 * Walks a .docx's zip before anything parses it: the number of entries, each entry's declared
 * size, and the bytes each entry really inflates to, counted while inflating and abandoned as
 * soon as a cap is passed (a zip's declared sizes are the author's word, not a fact).
 */

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, zip) =>
        error ? reject(new WordRefusal('WORD_DAMAGED', error.message)) : resolve(zip),
    );
  });
}

/** Inflates one entry, counting; rejects past the entry's or the file's remaining cap. */
function inflatedSize(zip: ZipFile, entry: Entry, entryCap: number, left: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) {
        reject(new WordRefusal('WORD_DAMAGED', error.message));
        return;
      }
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > entryCap || size > left) {
          stream.destroy();
          reject(
            new WordRefusal('WORD_INFLATES_TOO_MUCH', `${entry.fileName} inflates past the cap`),
          );
        }
      });
      // yauzl's own check of the declared size ("too many bytes in the stream"): a lying size.
      stream.on('error', (streamError) => {
        const lying = /too many bytes/i.test(streamError.message);
        reject(
          new WordRefusal(lying ? 'WORD_INFLATES_TOO_MUCH' : 'WORD_DAMAGED', streamError.message),
        );
      });
      stream.on('end', () => resolve(size));
    });
  });
}

/** Resolves when the bytes are a .docx within the caps; rejects with a WordRefusal otherwise. */
export async function guardDocx(bytes: Buffer, limits: WordLimits): Promise<void> {
  if (bytes.length === 0) throw new WordRefusal('WORD_EMPTY', 'The file is empty.');
  if (bytes.length > limits.fileBytes) throw new WordRefusal('WORD_TOO_LARGE', 'File too large.');
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new WordRefusal('WORD_OLD_FORMAT', 'A Word 97–2003 or password-protected document.');
  }
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > limits.entries) {
      throw new WordRefusal('WORD_TOO_MANY_PARTS', `${zip.entryCount} entries`);
    }
    let total = 0;
    let hasDocument = false;
    for await (const entry of entries(zip)) {
      if (
        entry.uncompressedSize > limits.entryBytes ||
        total + entry.uncompressedSize > limits.totalBytes
      ) {
        throw new WordRefusal('WORD_INFLATES_TOO_MUCH', `${entry.fileName} declares too much`);
      }
      if (entry.fileName === 'word/document.xml') hasDocument = true;
      if (entry.fileName.endsWith('/')) continue;
      total += await inflatedSize(zip, entry, limits.entryBytes, limits.totalBytes - total);
    }
    if (!hasDocument) throw new WordRefusal('WORD_NOT_DOCX', 'No word/document.xml in the zip.');
  } finally {
    zip.close();
  }
}

/** The zip's entries one by one (lazyEntries: the next is read only when asked for). */
async function* entries(zip: ZipFile): AsyncGenerator<Entry> {
  for (;;) {
    const next = await new Promise<Entry | null>((resolve, reject) => {
      const onEntry = (entry: Entry) => {
        cleanup();
        resolve(entry);
      };
      const onEnd = () => {
        cleanup();
        resolve(null);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(new WordRefusal('WORD_DAMAGED', error.message));
      };
      const cleanup = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
      zip.readEntry();
    });
    if (next === null) return;
    yield next;
  }
}
