/*
 * Small XML text helpers shared by the scanner and the writers: entity decoding (the five
 * predefined entities and character references — DOCTYPEs are refused, so there are no
 * others), escaping, and number formatting for DI coordinates.
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes entity and character references; an unknown reference is left as written. */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return fromCodePoint(Number.parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return fromCodePoint(Number.parseInt(ref.slice(1), 10), whole);
    return NAMED[ref] ?? whole;
  });
}

function fromCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/**
 * Drops what XML 1.0 cannot carry at all (control characters other than tab and line
 * breaks, lone surrogates, U+FFFE/U+FFFF): a label pasted from elsewhere must not make the
 * whole export unreadable.
 */
export function xmlSafe(value: string): string {
  // Everything but XML 1.0's Char production; with the u flag a lone surrogate is a code
  // point of its own (D800–DFFF) and so excluded, while a proper pair is one allowed code point.
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Escapes an attribute value (double-quoted); line breaks and tabs survive as references. */
export function escapeAttribute(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export function escapeText(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** DI numbers: at most two decimals, no float noise such as 120.00000000000001. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** 1-based line of an offset, for messages; counted only when an error is reported. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
