import zlib from 'node:zlib';

/*
 * A minimal PNG writer for the map pages: the rasteriser draws all pages in one pass (its font
 * loading dominates the time) and each page's band of pixels is written out here as its own
 * PNG. RGB, no filter — the pages are flat colour on white, which deflate packs well.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Rows `fromRow` … `fromRow + height` of an RGBA image `width` pixels wide, as an RGB PNG.
 * Alpha is dropped: the pages are drawn on an opaque white background.
 */
export function encodePngRows(
  rgba: Uint8Array,
  width: number,
  fromRow: number,
  height: number,
  dpi: number,
): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const source = (fromRow + y) * width * 4;
    let target = y * stride + 1; // byte 0 of each row: filter type 0 (none)
    for (let x = 0; x < width; x++, target += 3) {
      const at = source + x * 4;
      raw[target] = rgba[at] ?? 255;
      raw[target + 1] = rgba[at + 1] ?? 255;
      raw[target + 2] = rgba[at + 2] ?? 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const pixelsPerMetre = Math.round(dpi / 0.0254);
  const physical = Buffer.alloc(9);
  physical.writeUInt32BE(pixelsPerMetre, 0);
  physical.writeUInt32BE(pixelsPerMetre, 4);
  physical[8] = 1; // unit: metre
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('pHYs', physical),
    chunk('IDAT', zlib.deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
