/*
 * File names for exported documents. A role title is user text: it may hold path
 * separators, characters Windows refuses, or be a device name such as "CON" that Windows
 * treats as a device in any folder. The name we propose must be valid on Windows, macOS and
 * Linux alike, because a library travels between machines and so do its exports.
 */

/** What an export is called when its title leaves nothing usable. */
export const FALLBACK_FILE_NAME = 'role';

/**
 * Cap on the UTF-8 bytes of the name before its extension. Most file systems allow 255
 * bytes per name; 120 leaves room for the extension, a " (2)" suffix a save dialog may add,
 * and for encodings that are wider than UTF-8 (ecryptfs, some network shares).
 */
export const MAX_NAME_BYTES = 120;

/** Windows device names: reserved with or without an extension, in any case. */
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

/* Refused by Windows (<>:"/\|?*), control characters (C0, DEL, C1), and the Unicode
 * direction overrides, which can make "exe.docx" display as "xcod.exe". */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// TextEncoder exists in Node and in the renderer alike; shared/ may use neither's own APIs.
const utf8 = new TextEncoder();

/** Truncates to at most `maxBytes` of UTF-8 without splitting a character (code point). */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const char of text) {
    const size = utf8.encode(char).length;
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += char;
  }
  return out;
}

/** Windows drops trailing dots and spaces silently, so "报告." and "报告" would collide. */
function trimEnds(text: string): string {
  return text.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

function cleanExtension(extension: string): string {
  const cleaned = extension.replace(FORBIDDEN, '').replace(/[\s.]/gu, '');
  return cleaned === '' ? '' : `.${cleaned}`;
}

/**
 * A file name for `title` with `extension` (with or without its dot), e.g.
 * `safeFileName('人力资源经理', 'docx')` → `人力资源经理.docx`. Chinese and other scripts are
 * kept; forbidden characters become "_"; runs of whitespace become one space.
 */
export function safeFileName(title: string, extension: string): string {
  let name = title
    .normalize('NFC')
    // Line breaks and tabs read as spaces; other control characters go with the forbidden ones.
    .replace(/\s+/gu, ' ')
    .replace(FORBIDDEN, '_')
    // ".." is the parent folder wherever it ends up; one dot is enough inside a name.
    .replace(/\.{2,}/g, '.');
  // Leading dots hide files on macOS and Linux.
  name = trimEnds(name);
  name = trimEnds(truncateUtf8(name, MAX_NAME_BYTES));
  if (name === '' || /^_+$/.test(name)) name = FALLBACK_FILE_NAME;
  // "CON.docx" and "con.tar.gz" are the device too: Windows looks at the part before the
  // first dot. An underscore keeps the name readable and harmless.
  const stem = name.split('.')[0] ?? name;
  if (RESERVED.test(stem.trim())) {
    name = trimEnds(truncateUtf8(`${stem}_${name.slice(stem.length)}`, MAX_NAME_BYTES));
  }
  return `${name}${cleanExtension(extension)}`;
}
