import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { DocumentSettings } from '../../shared/documentSettings';

/*
 * The organisation's logo on a handbook's cover: the picture the settings hold (a PNG or JPEG
 * checked in main when saved), scaled to fit a box and keeping its proportions.
 */

/** The box the logo is fitted into, in pixels at 96 dpi (about 5 × 2.5 cm). */
const BOX = { width: 190, height: 95 } as const;

/** Width and height from the PNG header or the JPEG frame header; null if not found. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0x89 && bytes.length >= 24) {
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** The logo as a centred paragraph, or nothing when there is none or it cannot be read. */
export function logoParagraphs(logo: DocumentSettings['logo'], before: number): Paragraph[] {
  if (logo === null) return [];
  const data = Buffer.from(logo.data, 'base64');
  const size = imageSize(data);
  if (size === null || size.width === 0 || size.height === 0) return [];
  const scale = Math.min(BOX.width / size.width, BOX.height / size.height, 1);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: 240 },
      children: [
        new ImageRun({
          type: logo.type === 'image/png' ? 'png' : 'jpg',
          data,
          transformation: {
            width: Math.round(size.width * scale),
            height: Math.round(size.height * scale),
          },
        }),
      ],
    }),
  ];
}
