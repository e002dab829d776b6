/** Reading the page SVGs back in tests: texts per step group, off-page labels, all texts. */

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1] ?? ''));
}

/** The text of each step group on a page, lines joined, by step id. */
export function stepTexts(svg: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of svg.matchAll(/<g data-step="([^"]+)">(.*?)<\/g>/g)) {
    out.set(unescape(m[1] ?? ''), texts(m[2] ?? '').join(''));
  }
  return out;
}

export function offPageLabels(svg: string): string[] {
  return [...svg.matchAll(/data-offpage="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Text without any whitespace, for comparing wrapped lines with the label they came from. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
