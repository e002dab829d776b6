import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import type { RoleExportContext } from './context';
import {
  HEADER_TYPE,
  parseRelationships,
  readText,
  sectionBreak,
  splitBody,
  type Relationship,
} from './docxPackage';
import { buildRoleSections } from './roleDocument';
import { withWatermark } from './watermark';
import type { DeflatedText } from './zipWriter';

/*
 * Roles of a handbook, packed a few at a time by docx and collected as XML.
 *
 * Why: docx builds the XML of a whole document as one tree of objects before writing it
 * out. For a 500-role handbook in one Document that tree peaks near 1.4 GB. Packed a few
 * roles at a time, only a few roles' objects and trees are alive at once; their finished
 * body XML goes straight into the handbook's compressed document.xml (DeflatedText), and
 * one small header part per role is kept. Each role still goes through the same template
 * code as a single export, so the handbook and the single document cannot drift apart.
 */

export type HeaderPart = { name: string; xml: string; relationship: Relationship };

export class RoleChunkWriter {
  readonly headers: HeaderPart[] = [];
  /** Properties of the last section written: a section break until another section follows. */
  private pendingSectPr: string;
  private bookmarkId = 0;

  /**
   * `firstSectPr` ends the section written before the roles (the contents); `footerId` is
   * that document's page-number footer, which every role section shares.
   */
  constructor(
    private readonly body: DeflatedText,
    firstSectPr: string,
    private readonly footerId: string | null,
    private readonly headerRight: string | undefined,
    /** Text of the watermark on every role's pages (a handbook of drafts), or null. */
    private readonly watermark: string | null = null,
  ) {
    this.pendingSectPr = firstSectPr;
  }

  /** Packs `contexts`, their titles bookmarked as `bookmarks`, and appends their sections. */
  async add(contexts: RoleExportContext[], bookmarks: string[]): Promise<void> {
    const doc = new Document({
      sections: contexts.map((ctx, i) =>
        buildRoleSections(ctx, { bookmark: bookmarks[i], headerRight: this.headerRight }),
      ),
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
    const body = splitBody(await readText(zip, 'word/document.xml'));
    const rels = parseRelationships(await readText(zip, 'word/_rels/document.xml.rels'));

    const headerIds = new Map<string, string>();
    for (const rel of rels.filter((r) => r.type === HEADER_TYPE)) {
      const n = this.headers.length + 1;
      const name = `roleHeader${n}.xml`;
      const id = `rIdRoleHeader${n}`;
      headerIds.set(rel.id, id);
      const xml = await readText(zip, `word/${rel.target}`);
      this.headers.push({
        name: `word/${name}`,
        xml: this.watermark === null ? xml : withWatermark(xml, this.watermark, n),
        relationship: { id, type: HEADER_TYPE, target: name },
      });
    }
    const inner = shiftHeadings(this.renumberBookmarks(this.relink(body.inner, headerIds)));
    this.body.append(sectionBreak(this.pendingSectPr) + inner);
    this.pendingSectPr = this.relink(body.sectPr, headerIds);
  }

  /** Appends a section of the handbook's own (a department's title page), with `sectPr`. */
  addSection(xml: string, sectPr: string): void {
    this.body.append(sectionBreak(this.pendingSectPr) + xml);
    this.pendingSectPr = sectPr;
  }

  /** The final section's properties, which close the body. */
  get lastSectPr(): string {
    return this.pendingSectPr;
  }

  /**
   * Points header references at the handbook's header parts and footers at its one footer.
   * A reference with nothing to point at is dropped: Word refuses a file with a dangling one.
   */
  private relink(xml: string, headerIds: Map<string, string>): string {
    return xml.replace(/<w:(header|footer)Reference\b[^>]*\/>/g, (tag, kind: string) => {
      const id = /r:id="([^"]+)"/.exec(tag)?.[1] ?? '';
      const target = kind === 'header' ? headerIds.get(id) : this.footerId;
      return target === undefined || target === null
        ? ''
        : tag.replace(`r:id="${id}"`, `r:id="${target}"`);
    });
  }

  /**
   * Bookmark ids must be unique in a document. docx numbers them from a process-wide counter
   * today; renumbering here keeps the handbook valid whatever docx does.
   */
  private renumberBookmarks(xml: string): string {
    const ids = new Map<string, number>();
    return xml.replace(
      /(<w:bookmark(?:Start|End)\b[^>]*?\sw:id=")(\d+)(")/g,
      (_, before: string, id: string, after: string) => {
        let next = ids.get(id);
        if (next === undefined) {
          next = ++this.bookmarkId;
          ids.set(id, next);
        }
        return `${before}${next}${after}`;
      },
    );
  }
}

/**
 * In a handbook the departments are Heading 1, so a role's headings move down one level: its
 * title is Heading 2 (the contents' second level), its sections Heading 3, and so on. The
 * handbook's styles give each shifted level the look it has in a single document.
 */
export function shiftHeadings(xml: string): string {
  return xml.replace(
    /<w:pStyle w:val="Heading([1-5])"\/>/g,
    (_, level: string) => `<w:pStyle w:val="Heading${Number(level) + 1}"/>`,
  );
}
