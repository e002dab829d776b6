/*
 * A list of replacements on a source text, applied in one pass. Everything between edits is
 * copied unchanged — that is what keeps the parts of an imported file RoleFlow does not own
 * byte-for-byte identical. An edit that falls inside a range another edit replaces (say, a
 * renamed attribute of an element that is removed) is dropped; partial overlaps are bugs.
 */

type TextEdit = { start: number; end: number; text: string; seq: number };

export class TextEdits {
  private readonly edits: TextEdit[] = [];

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, seq: this.edits.length });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  remove(start: number, end: number): void {
    this.replace(start, end, '');
  }

  get size(): number {
    return this.edits.length;
  }

  apply(source: string): string {
    const ranges = this.edits.filter((edit) => edit.end > edit.start);
    const kept = this.edits.filter(
      (edit) => !ranges.some((range) => range !== edit && swallows(range, edit)),
    );
    kept.sort(
      (a, b) =>
        a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.seq - b.seq,
    );
    const parts: string[] = [];
    let cursor = 0;
    for (const edit of kept) {
      if (edit.start < cursor) {
        throw new Error(`textEdits: overlapping edits at ${edit.start} (cursor ${cursor})`);
      }
      parts.push(source.slice(cursor, edit.start), edit.text);
      cursor = edit.end;
    }
    parts.push(source.slice(cursor));
    return parts.join('');
  }
}

/** `range` replaces `edit` entirely; insertions at its very edges survive. */
function swallows(range: TextEdit, edit: TextEdit): boolean {
  if (edit.start < range.start || edit.end > range.end) return false;
  if (edit.start === edit.end) return edit.start > range.start && edit.start < range.end;
  if (edit.start === range.start && edit.end === range.end) return edit.seq < range.seq;
  return true;
}
