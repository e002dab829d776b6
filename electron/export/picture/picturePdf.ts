import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { CjkFont } from './cjkFont';

/*
 * The PDF of a picture: each page's SVG drawn into a PDF page of the same size by
 * svg-to-pdfkit, every text in the embedded CJK font (subset, with a ToUnicode map, so the
 * text can be searched and copied). pdfkit's own Helvetica is never used: it has no Chinese.
 */

export type PdfMeta = { title: string; subject: string };

const REGULAR = 'roleflow-cjk';
const BOLD = 'roleflow-cjk-bold';

export function buildPicturePdf(
  pages: readonly string[],
  size: { width: number; height: number },
  font: CjkFont,
  meta: PdfMeta,
): Promise<Buffer> {
  // `font: ''` keeps pdfkit from loading its default Helvetica.
  const doc = new PDFDocument({
    autoFirstPage: false,
    font: '',
    info: { Title: meta.title, Subject: meta.subject, Creator: 'RoleFlow', Producer: 'RoleFlow' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, font.regular.file, font.regular.postscriptName ?? '');
  if (font.bold) doc.registerFont(BOLD, font.bold.file, font.bold.postscriptName ?? '');
  // Opens the face now, so an unreadable font fails here and not halfway through a page.
  doc.font(REGULAR);
  const fontFor = (_family: string, bold: boolean) => (bold && font.bold ? BOLD : REGULAR);
  for (const page of pages) {
    doc.addPage({ size: [size.width, size.height], margin: 0 });
    // The page's viewBox is in points already; its width and height in mm (for viewers of the
    // SVG file) would be converted by svg-to-pdfkit at 96 px per inch and enlarge the page.
    const svg = page.replace(/^<svg ([^>]*?)width="[\d.]+mm" height="[\d.]+mm"/, '<svg $1');
    // The typings describe the document parameter as the class; an instance is what it takes.
    SVGtoPDF(doc as unknown as typeof PDFDocument, svg, 0, 0, {
      width: size.width,
      height: size.height,
      assumePt: true,
      fontCallback: fontFor,
    });
  }
  doc.end();
  return done;
}
