import JSZip from 'jszip';

/*
 * Reads the parts of an exported .docx for assertions. The XML is what docx (and our
 * handbook assembly) writes, so a few regular expressions are enough: no nested tables, no
 * foreign markup.
 */

export type DocxParts = {
  names: string[];
  document: string;
  styles: string;
  settings: string;
  fontTable: string;
  /** word/_rels/document.xml.rels */
  rels: string;
  headers: string[];
  footers: string[];
  /** Any part by its name in the package, e.g. "word/roleHeader2.xml". */
  read: (name: string) => Promise<string>;
};

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  // checkCRC32: the handbook's zip is written by our own ZipBuilder, so check it strictly.
  const zip = await JSZip.loadAsync(buffer, { checkCRC32: true });
  const read = async (name: string) => {
    const file = zip.file(name);
    if (file === null) throw new Error(`${name} missing from the package`);
    return file.async('string');
  };
  const names = Object.keys(zip.files);
  const matching = (pattern: RegExp) =>
    Promise.all(
      names
        .filter((n) => pattern.test(n))
        .sort()
        .map(read),
    );
  return {
    names,
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    fontTable: await read('word/fontTable.xml'),
    rels: await read('word/_rels/document.xml.rels'),
    headers: await matching(/^word\/(role)?[hH]eader\d+\.xml$/),
    footers: await matching(/^word\/footer\d+\.xml$/),
    read,
  };
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Relationship id → target, from a .rels part. */
export function relationshipTargets(relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<Relationship\s[^>]*\/>/g)) {
    const id = /\sId="([^"]*)"/.exec(tag)?.[1];
    const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  return targets;
}

/** The text of each <w:t> in order. */
export function texts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1] ?? ''));
}

/** The paragraphs' texts, each paragraph's runs joined. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => texts(m[0]).join(''));
}

export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

export function rows(tableXml: string): string[] {
  return [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
}

/** The cells' texts of a row. */
export function cells(rowXml: string): string[] {
  return [...rowXml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => texts(m[0]).join('\n'));
}

/** The table whose header row contains `heading`. */
export function tableWithHeading(xml: string, heading: string): string {
  const found = tables(xml).find((t) => cells(rows(t)[0] ?? '').includes(heading));
  if (found === undefined) throw new Error(`no table with a "${heading}" column`);
  return found;
}

/** Field instructions (PAGE, NUMPAGES, TOC …) in order. */
export function fieldInstructions(xml: string): string[] {
  return [...xml.matchAll(/<w:instrText(?:\s[^>]*)?>([^<]*)<\/w:instrText>/g)].map((m) =>
    unescape(m[1] ?? '').trim(),
  );
}
