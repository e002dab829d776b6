import zlib from 'node:zlib';

/*
 * Zip files built by hand for the import's hostile-input tests: a small file whose entries
 * inflate to gigabytes. One deflated run of zeros (≈ 410 KB for 416 MB) is stored once and
 * listed several times in the central directory, the way real overlapping zip bombs are made;
 * `declare` says what sizes the directory claims (the truth, or a lie).
 */

const MB = 1024 * 1024;

/** Deflated zeros: a 16 MB block compressed once and repeated (a full flush resets history). */
function deflatedZeros(megabytes: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(16 * MB), {
    finishFlush: zlib.constants.Z_FULL_FLUSH,
  });
  const copies = Math.ceil(megabytes / 16);
  return Buffer.concat([...Array.from({ length: copies }, () => block), Buffer.from([0x03, 0x00])]);
}

function localHeader(name: Buffer, compressed: number, size: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // UTF-8 names
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(0, 14); // CRC (yauzl does not check it)
  header.writeUInt32LE(compressed, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralHeader(name: Buffer, compressed: number, size: number, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(0x0800, 8);
  header.writeUInt16LE(8, 10);
  header.writeUInt32LE(compressed, 20);
  header.writeUInt32LE(size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

type Entry = { name: string; data: Buffer; size: number; declared: number };

function zipOf(entries: Entry[], aliases: { name: string; of: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.concat([localHeader(name, entry.data.length, entry.declared), entry.data]);
    offsets.set(entry.name, offset);
    centrals.push(centralHeader(name, entry.data.length, entry.declared, offset));
    locals.push(local);
    offset += local.length;
  }
  for (const alias of aliases) {
    const of = entries.find((e) => e.name === alias.of);
    if (!of) throw new Error(`no entry ${alias.of}`);
    centrals.push(
      centralHeader(
        Buffer.from(alias.name),
        of.data.length,
        of.declared,
        offsets.get(alias.of) ?? 0,
      ),
    );
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const DOCUMENT_XML =
  '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>';

/**
 * A .docx-shaped zip of about 410 KB whose six big entries inflate to 416 MB each (2.5 GB).
 * `lie`: the directory declares 1 KB per entry, so only counting while inflating finds out.
 */
export function zipBomb(lie: boolean): Buffer {
  const zeros = deflatedZeros(416);
  const real = 416 * MB;
  const document = zlib.deflateRawSync(Buffer.from(DOCUMENT_XML));
  return zipOf(
    [
      {
        name: 'word/document.xml',
        data: document,
        size: DOCUMENT_XML.length,
        declared: DOCUMENT_XML.length,
      },
      { name: 'word/media/image1.bin', data: zeros, size: real, declared: lie ? 1024 : real },
    ],
    [2, 3, 4, 5, 6].map((n) => ({ name: `word/media/image${n}.bin`, of: 'word/media/image1.bin' })),
  );
}
