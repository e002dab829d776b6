import { BpmnError } from './errors';
import { lineAt } from './xmlText';
import { tokenizeXml, XmlTokenError, type XmlTokenProblem } from './xmlTokenizer';

/*
 * The gate every BPMN file passes before a parser sees it. It decodes the bytes as the file
 * says it is encoded and refuses, with a message a user can act on, what a BPMN model never
 * needs but an attack does: a DOCTYPE (external entities read local files, nested entity
 * definitions expand a few bytes into gigabytes), and sizes, attribute lengths, nesting
 * depths or element counts far beyond any real model. The checks are one linear scan with no
 * regular expression over the body, so hostile input is answered in milliseconds.
 */

export type XmlLimits = {
  maxBytes: number;
  maxAttributeLength: number;
  maxDepth: number;
  maxElements: number;
};

/**
 * The largest reference model (C.8.0) is 240 KB, nests 12 deep and has ~3,000 elements;
 * these caps leave two orders of magnitude of room for real models.
 */
export const XML_LIMITS: XmlLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxAttributeLength: 256 * 1024,
  maxDepth: 200,
  maxElements: 250_000,
};

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1' | 'windows-1252';

const LATIN1_NAMES = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'latin-1',
  'l1',
  'iso-ir-100',
  'cp819',
  'ibm819',
]);
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
// Enterprise Architect declares every export windows-1252.
const WINDOWS_1252_NAMES = new Set(['windows-1252', 'cp1252', 'x-cp1252']);

const formatCount = (value: number) => value.toLocaleString('en-US');

/** Decodes and checks a BPMN file; returns its text (without byte order mark). */
export function guardXml(bytes: Uint8Array, limits: XmlLimits = XML_LIMITS): string {
  if (bytes.length === 0)
    throw new BpmnError('empty', 'The file is empty (0 bytes), so there is nothing to import.');
  if (bytes.length > limits.maxBytes) {
    const size = (bytes.length / 1024 / 1024).toFixed(1);
    const max = limits.maxBytes / 1024 / 1024;
    throw new BpmnError(
      'too-large',
      `This BPMN file is ${size} MB; RoleFlow opens BPMN files of up to ${max} MB.`,
      { size, max },
    );
  }
  if (!startsLikeXml(bytes)) throw notBpmn();
  const text = decodeXmlBytes(bytes);
  checkStructure(text, limits);
  return text;
}

/** Decodes by byte order mark, then by the XML declaration's encoding, else as UTF-8. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const encoding = detectEncoding(bytes);
  try {
    if (encoding === 'latin1') return Buffer.from(bytes).toString('latin1');
    if (encoding === 'windows-1252') return decodeWindows1252(bytes);
    if (encoding === 'utf-16be') return decodeUtf16be(bytes);
    // TextDecoder drops a leading byte order mark itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new BpmnError(
      'invalid-encoding',
      `This file says it is ${encoding.toUpperCase()} but contains bytes that are not valid ` +
        `${encoding.toUpperCase()}. Save it again as UTF-8 in the tool that made it.`,
      { encoding: encoding.toUpperCase() },
    );
  }
}

function detectEncoding(bytes: Uint8Array): Encoding {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0)) {
    throw unsupported('UTF-32');
  }
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  // "<?" without a byte order mark (XML 1.0, appendix F).
  if (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0) return 'utf-16le';
  if (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f) return 'utf-16be';
  const declared = declaredEncoding(bytes);
  if (declared === null || UTF8_NAMES.has(declared)) return 'utf-8';
  if (LATIN1_NAMES.has(declared)) return 'latin1';
  if (WINDOWS_1252_NAMES.has(declared)) return 'windows-1252';
  if (declared.startsWith('utf-16')) {
    throw new BpmnError(
      'invalid-encoding',
      'This file says it is UTF-16 but has no UTF-16 byte order mark, so it cannot be read ' +
        'safely. Save it again as UTF-8 in the tool that made it.',
      { encoding: 'UTF-16' },
    );
  }
  throw unsupported(declared);
}

function unsupported(name: string): BpmnError {
  return new BpmnError(
    'unsupported-encoding',
    `This BPMN file is encoded as ${name}; RoleFlow reads UTF-8, UTF-16, ISO-8859-1 and ` +
      'windows-1252. Save it as UTF-8 in the tool that made it and import it again.',
    { encoding: name },
  );
}

/** A picture, a Word document or any other non-XML file: said in those words. */
export function notBpmn(): BpmnError {
  return new BpmnError('not-bpmn', 'This is not a BPMN file (BPMN 2.0 XML).');
}

/**
 * Whether the bytes can be XML at all: after a byte order mark and white space, an XML file
 * starts with "<". UTF-16 files are left to the decoder. A PNG, JPEG, PDF or .docx (ZIP) never
 * passes, so it is called "not a BPMN file" instead of getting an encoding lecture.
 */
function startsLikeXml(bytes: Uint8Array): boolean {
  const [b0, b1] = [bytes[0], bytes[1]];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return true;
  if (b0 === 0 || b1 === 0) return true;
  let i = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i++;
  return bytes[i] === 0x3c;
}

/** The encoding named in `<?xml … encoding="…"?>`, lower-cased; only the first bytes are read. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  if (!head.startsWith('<?xml')) return null;
  const end = head.indexOf('?>');
  const declaration = end === -1 ? head : head.slice(0, end);
  const match = /\sencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(declaration);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * windows-1252 is ISO-8859-1 but for 0x80–0x9F, which hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” •
 * – — ˜ ™ š › œ ž Ÿ. Mapped by hand: Node's TextDecoder('windows-1252') decodes those bytes
 * as C1 controls in some builds (latin1 semantics). The five undefined bytes stay controls,
 * as WHATWG says, so decoding never fails.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH.charAt(char.charCodeAt(0) - 0x80));
}

function decodeUtf16be(bytes: Uint8Array): string {
  if (bytes.length % 2 !== 0) throw new Error('odd length');
  const swapped = Buffer.from(bytes);
  swapped.swap16();
  return new TextDecoder('utf-16le', { fatal: true }).decode(swapped);
}

function checkStructure(text: string, limits: XmlLimits): void {
  const open: string[] = [];
  let elements = 0;
  try {
    tokenizeXml(
      text,
      {
        startTag(tag) {
          elements++;
          if (elements > limits.maxElements) {
            throw new BpmnError(
              'too-many-elements',
              `This file has more than ${formatCount(limits.maxElements)} XML elements; ` +
                'RoleFlow refuses it because no real process model is that large and parsing ' +
                'it could exhaust memory.',
              { max: limits.maxElements },
            );
          }
          if (open.length + 1 > limits.maxDepth) {
            throw new BpmnError(
              'too-deep',
              `Elements are nested more than ${limits.maxDepth} levels deep ` +
                `(line ${lineAt(text, tag.start)}); RoleFlow refuses such files because real ` +
                'BPMN models never nest that deeply and deep nesting can crash the parser.',
              { max: limits.maxDepth, line: lineAt(text, tag.start) },
            );
          }
          if (!tag.selfClosing) open.push(tag.name);
        },
        endTag(name, start) {
          const expected = open.pop();
          if (expected !== name) {
            throw new BpmnError(
              'malformed',
              `This file is not well-formed XML: </${name}> on line ${lineAt(text, start)} ` +
                (expected === undefined ? 'closes nothing.' : `does not close <${expected}>.`),
              { line: lineAt(text, start) },
            );
          }
        },
      },
      limits.maxAttributeLength,
    );
  } catch (error) {
    if (error instanceof XmlTokenError) throw fromProblem(text, error.problem, limits);
    throw error;
  }
  if (elements === 0) {
    throw notBpmn();
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) {
    throw new BpmnError(
      'malformed',
      `This file is not well-formed XML: it ends before <${unclosed}> is closed ` +
        '(the file may be cut short).',
      { line: lineAt(text, text.length) },
    );
  }
}

function fromProblem(text: string, problem: XmlTokenProblem, limits: XmlLimits): BpmnError {
  const line = lineAt(text, problem.offset);
  switch (problem.kind) {
    case 'doctype':
      return new BpmnError(
        'doctype',
        `This BPMN file declares a DOCTYPE (line ${line}); RoleFlow refuses it because it can ` +
          'be used to read local files or exhaust memory. BPMN never needs one: export the ' +
          'file again from the tool that made it, or delete the <!DOCTYPE …> declaration.',
        { line },
      );
    case 'attribute-too-long':
      return new BpmnError(
        'attribute-too-long',
        `The attribute ${problem.name} on line ${line} is ${formatCount(problem.length)} ` +
          `characters long; RoleFlow refuses attributes over ` +
          `${formatCount(limits.maxAttributeLength)} characters because they can exhaust memory.`,
        {
          attribute: problem.name,
          line,
          length: problem.length,
          max: limits.maxAttributeLength,
        },
      );
    case 'malformed':
      return new BpmnError(
        'malformed',
        `This file is not well-formed XML: ${problem.detail} (line ${line}).`,
        { line },
      );
  }
}
