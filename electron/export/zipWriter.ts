import zlib from 'node:zlib';

/*
 * A minimal ZIP writer for the handbook, with native zlib. Why not JSZip here: a 500-role
 * handbook's document.xml is about 35 MB of XML; JSZip would need all of it in memory at
 * once and deflate it in JavaScript. DeflatedText compresses it piece by piece as the roles
 * are written, so only the compressed bytes (a few MB) are kept, and native deflate is
 * several times faster. Writes plain ZIP (no ZIP64): a .docx never comes near 4 GB.
 */

/**
 * Text deflated as it is appended. Each piece ends with a sync flush and no final block, so
 * the pieces concatenate into one raw DEFLATE stream (as pigz does); `finish` adds the empty
 * final block. The CRC-32 is carried along, so nothing needs the whole text at once.
 */
export class DeflatedText {
  private readonly pieces: Buffer[] = [];
  private crc = 0;
  private size = 0;

  append(text: string): void {
    if (text === '') return;
    const bytes = Buffer.from(text, 'utf8');
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    this.pieces.push(zlib.deflateRawSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  }

  finish(): CompressedEntry {
    // An empty final block with fixed Huffman codes: BFINAL=1, BTYPE=01, end-of-block.
    this.pieces.push(Buffer.from([0x03, 0x00]));
    const data = Buffer.concat(this.pieces.splice(0));
    return { data, crc: this.crc, size: this.size };
  }
}

export type CompressedEntry = { data: Buffer; crc: number; size: number };

export function deflateEntry(content: string | Uint8Array): CompressedEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { data: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length };
}

type Written = { name: Buffer; entry: CompressedEntry; offset: number };

/** 1980-01-01 00:00 in MS-DOS format: fixed, so the same input gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export class ZipBuilder {
  private readonly chunks: Buffer[] = [];
  private readonly written: Written[] = [];
  private offset = 0;

  add(name: string, entry: CompressedEntry): void {
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(entry.crc >>> 0, 14);
    header.writeUInt32LE(entry.data.length, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    this.written.push({ name: nameBytes, entry, offset: this.offset });
    this.chunks.push(header, nameBytes, entry.data);
    this.offset += header.length + nameBytes.length + entry.data.length;
  }

  toBuffer(): Buffer {
    const directory: Buffer[] = [];
    let size = 0;
    for (const { name, entry, offset } of this.written) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(0x0800, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt16LE(DOS_TIME, 12);
      record.writeUInt16LE(DOS_DATE, 14);
      record.writeUInt32LE(entry.crc >>> 0, 16);
      record.writeUInt32LE(entry.data.length, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(name.length, 28);
      // extra, comment, disk, internal and external attributes: all zero
      record.writeUInt32LE(offset, 42);
      directory.push(record, name);
      size += record.length + name.length;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...this.chunks, ...directory, end]);
  }
}
