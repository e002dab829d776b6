import type JSZip from 'jszip';

/*
 * Just enough of the .docx package format (OPC) to put documents packed by docx together:
 * split a document.xml into its body and final section properties, read relationships,
 * and add header parts. The XML handled here is the XML docx itself writes, so plain string
 * surgery is safe; nothing here parses user documents.
 */

export const HEADER_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header';
export const HEADER_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';

export type Body = {
  /** The XML declaration, <w:document …> and <w:body>. */
  open: string;
  /** Everything in the body before its final section properties. */
  inner: string;
  /** The final <w:sectPr>…</w:sectPr>: the last section's page setup, header and footer. */
  sectPr: string;
  /** </w:body></w:document>. */
  close: string;
};

export function splitBody(documentXml: string): Body {
  const bodyStart = documentXml.indexOf('<w:body>');
  const bodyEnd = documentXml.lastIndexOf('</w:body>');
  const sectStart = documentXml.lastIndexOf('<w:sectPr', bodyEnd);
  if (bodyStart < 0 || bodyEnd < 0 || sectStart < bodyStart) {
    throw new Error('Unexpected document.xml: no body or no final section properties');
  }
  const innerStart = bodyStart + '<w:body>'.length;
  return {
    open: documentXml.slice(0, innerStart),
    inner: documentXml.slice(innerStart, sectStart),
    sectPr: documentXml.slice(sectStart, bodyEnd),
    close: documentXml.slice(bodyEnd),
  };
}

/** Ends a section in the middle of a body: its properties go into an empty paragraph. */
export function sectionBreak(sectPr: string): string {
  return `<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
}

export type Relationship = { id: string; type: string; target: string };

export function parseRelationships(relsXml: string): Relationship[] {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return [...relsXml.matchAll(/<Relationship\s[^>]*\/>/g)].map(([tag]) => ({
    id: attr(tag, 'Id') ?? '',
    type: attr(tag, 'Type') ?? '',
    target: attr(tag, 'Target') ?? '',
  }));
}

/** Adds relationship elements to a .rels part. */
export function addRelationships(relsXml: string, relationships: Relationship[]): string {
  const added = relationships
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join('');
  return relsXml.replace('</Relationships>', `${added}</Relationships>`);
}

/** Declares the content type of added parts in [Content_Types].xml. */
export function addOverrides(typesXml: string, parts: { name: string; type: string }[]): string {
  const added = parts
    .map((p) => `<Override PartName="/${p.name}" ContentType="${p.type}"/>`)
    .join('');
  return typesXml.replace('</Types>', `${added}</Types>`);
}

/** The r:id of the section's default footer (or header) reference. */
export function referenceId(sectPr: string, kind: 'header' | 'footer'): string | null {
  const tag = new RegExp(`<w:${kind}Reference\\s[^>]*w:type="default"[^>]*/>`).exec(sectPr)?.[0];
  return tag === undefined ? null : (/r:id="([^"]+)"/.exec(tag)?.[1] ?? null);
}

export async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`Unexpected docx package: ${path} is missing`);
  return file.async('string');
}
