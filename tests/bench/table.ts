/**
 * Plain-text tables for the terminal. CJK characters take two columns in a terminal, so
 * widths are counted in columns, not characters, or Chinese terms would skew the layout.
 */
function columns(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Pads on the right for text, on the left for numbers (so decimals line up). */
function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - columns(text)));
  return right ? fill + text : text + fill;
}

const NUMERIC = /^[-+]?[\d.,]+( ?(ms|s|MB|×))?$/;

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, i) =>
    Math.max(columns(header), ...rows.map((row) => columns(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    widths
      .map((width, i) => {
        const cell = cells[i] ?? '';
        return pad(cell, width, NUMERIC.test(cell));
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** Milliseconds with precision that suits the size. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return value < 10 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(1);
}
