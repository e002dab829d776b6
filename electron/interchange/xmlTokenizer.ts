/*
 * A single-pass XML tag scanner: it reports start tags (with raw attributes and their
 * offsets) and end tags, skipping comments, CDATA sections and processing instructions.
 * It is linear in the input — every character is looked at a bounded number of times, the
 * only searches are `indexOf` for fixed delimiters, and there are no regular expressions —
 * so it is safe to run on hostile input before any real parser sees it. It does not decode
 * entities and does not resolve namespaces; the guard and the index build on it.
 */

export type XmlAttribute = {
  /** Qualified name as written, e.g. `name`, `xmlns:bpmn`. */
  name: string;
  /** Raw value between the quotes, entities not decoded. */
  raw: string;
  /** Offset of the attribute name, and of the first character after the closing quote. */
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
};

export type XmlStartTag = {
  name: string;
  /** Offset of `<` and of the first character after `>`. */
  start: number;
  end: number;
  selfClosing: boolean;
  attributes: XmlAttribute[];
};

export type XmlTokenVisitor = {
  startTag(tag: XmlStartTag): void;
  /** `start` is the offset of `</`, `end` the first character after `>`. */
  endTag(name: string, start: number, end: number): void;
};

export type XmlTokenProblem =
  | { kind: 'doctype'; offset: number }
  | { kind: 'malformed'; offset: number; detail: string }
  | { kind: 'attribute-too-long'; offset: number; name: string; length: number };

/** Thrown by the tokenizer; the guard turns it into a user-facing BpmnError. */
export class XmlTokenError extends Error {
  readonly problem: XmlTokenProblem;

  constructor(problem: XmlTokenProblem) {
    super(problem.kind);
    this.problem = problem;
  }
}

const GT = 0x3e; // >
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isNameEnd(code: number): boolean {
  return isSpace(code) || code === GT || code === SLASH || code === EQUALS || Number.isNaN(code);
}

function malformed(offset: number, detail: string): XmlTokenError {
  return new XmlTokenError({ kind: 'malformed', offset, detail });
}

export function tokenizeXml(
  text: string,
  visitor: XmlTokenVisitor,
  maxAttributeLength: number,
): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) return;
    const next = text.charCodeAt(lt + 1);
    if (next === BANG) {
      i = skipMarkup(text, lt);
    } else if (next === QUESTION) {
      const close = text.indexOf('?>', lt + 2);
      if (close === -1) throw malformed(lt, 'a processing instruction is not closed');
      i = close + 2;
    } else if (next === SLASH) {
      const close = text.indexOf('>', lt + 2);
      if (close === -1) throw malformed(lt, 'an end tag is not closed');
      visitor.endTag(text.slice(lt + 2, close).trim(), lt, close + 1);
      i = close + 1;
    } else {
      i = readStartTag(text, lt, visitor, maxAttributeLength);
    }
  }
}

/** Comments and CDATA are skipped; any other `<!` (DOCTYPE, ENTITY, …) is refused. */
function skipMarkup(text: string, lt: number): number {
  if (text.startsWith('<!--', lt)) {
    const close = text.indexOf('-->', lt + 4);
    if (close === -1) throw malformed(lt, 'a comment is not closed');
    return close + 3;
  }
  if (text.startsWith('<![CDATA[', lt)) {
    const close = text.indexOf(']]>', lt + 9);
    if (close === -1) throw malformed(lt, 'a CDATA section is not closed');
    return close + 3;
  }
  throw new XmlTokenError({ kind: 'doctype', offset: lt });
}

function readStartTag(
  text: string,
  lt: number,
  visitor: XmlTokenVisitor,
  maxAttributeLength: number,
): number {
  let i = lt + 1;
  while (!isNameEnd(text.charCodeAt(i))) i++;
  const name = text.slice(lt + 1, i);
  if (name.length === 0) throw malformed(lt, 'a "<" does not start a tag');
  const attributes: XmlAttribute[] = [];
  for (;;) {
    while (isSpace(text.charCodeAt(i))) i++;
    const code = text.charCodeAt(i);
    if (Number.isNaN(code)) throw malformed(lt, `the tag <${name}> is not closed`);
    if (code === GT) {
      visitor.startTag({ name, start: lt, end: i + 1, selfClosing: false, attributes });
      return i + 1;
    }
    if (code === SLASH) {
      if (text.charCodeAt(i + 1) !== GT) throw malformed(i, `a stray "/" in the tag <${name}>`);
      visitor.startTag({ name, start: lt, end: i + 2, selfClosing: true, attributes });
      return i + 2;
    }
    i = readAttribute(text, i, name, attributes, maxAttributeLength);
  }
}

function readAttribute(
  text: string,
  start: number,
  tagName: string,
  into: XmlAttribute[],
  maxAttributeLength: number,
): number {
  let i = start;
  while (!isNameEnd(text.charCodeAt(i))) i++;
  const name = text.slice(start, i);
  if (name.length === 0) throw malformed(i, `an unexpected character in the tag <${tagName}>`);
  while (isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== EQUALS) throw malformed(i, `the attribute ${name} has no value`);
  i++;
  while (isSpace(text.charCodeAt(i))) i++;
  const quote = text.charCodeAt(i);
  if (quote !== DQUOTE && quote !== SQUOTE) {
    throw malformed(i, `the value of the attribute ${name} is not quoted`);
  }
  const valueStart = i + 1;
  const valueEnd = text.indexOf(quote === DQUOTE ? '"' : "'", valueStart);
  if (valueEnd === -1) throw malformed(i, `the value of the attribute ${name} is not closed`);
  // Checked before slicing, so a huge value is never copied.
  if (valueEnd - valueStart > maxAttributeLength) {
    throw new XmlTokenError({
      kind: 'attribute-too-long',
      offset: start,
      name,
      length: valueEnd - valueStart,
    });
  }
  into.push({
    name,
    raw: text.slice(valueStart, valueEnd),
    start,
    end: valueEnd + 1,
    valueStart,
    valueEnd,
  });
  return valueEnd + 1;
}
