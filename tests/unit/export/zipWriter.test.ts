import zlib from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DeflatedText, deflateEntry, ZipBuilder } from '../../../electron/export/zipWriter';
import { FONT_TABLE_PATH, fontTableXml } from '../../../electron/export/fontTable';

describe('DeflatedText', () => {
  it('deflates pieces into one stream that inflates to their concatenation', () => {
    const pieces = ['<w:body>', '', '人力资源经理'.repeat(5000), 'x'.repeat(70_000), '</w:body>'];
    const text = new DeflatedText();
    for (const piece of pieces) text.append(piece);
    const entry = text.finish();
    const expected = Buffer.from(pieces.join(''), 'utf8');
    expect(zlib.inflateRawSync(entry.data).equals(expected)).toBe(true);
    expect(entry.size).toBe(expected.length);
    expect(entry.crc).toBe(zlib.crc32(expected));
  });

  it('makes a valid stream from nothing', () => {
    const entry = new DeflatedText().finish();
    expect(zlib.inflateRawSync(entry.data).length).toBe(0);
  });
});

describe('ZipBuilder', () => {
  it('writes a zip that JSZip reads back with checked CRCs', async () => {
    const zip = new ZipBuilder();
    const streamed = new DeflatedText();
    streamed.append('第一部分');
    streamed.append('second part');
    zip.add('[Content_Types].xml', deflateEntry('<Types/>'));
    zip.add(FONT_TABLE_PATH, deflateEntry(fontTableXml()));
    zip.add('word/document.xml', streamed.finish());
    const read = await JSZip.loadAsync(zip.toBuffer(), { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual([
      '[Content_Types].xml',
      FONT_TABLE_PATH,
      'word/document.xml',
    ]);
    expect(await read.file('word/document.xml')?.async('string')).toBe('第一部分second part');
    expect(await read.file(FONT_TABLE_PATH)?.async('string')).toBe(fontTableXml());
  });
});
