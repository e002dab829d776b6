import { TextEdits } from './textEdits';
import { escapeAttribute } from './xmlText';
import { attrNode, type XmlElement, type XmlIndex } from './xmlIndex';

/*
 * Element-level edits on an indexed source text: set an attribute, replace or remove an
 * element, insert a child at the place the BPMN schema orders it. New markup uses the
 * prefixes the source already binds (a file may write `semantic:task` or plain `task`) and
 * declares a namespace on the inserted element itself when the source has none for it, so
 * the root element is never rewritten. Nothing outside the edited ranges changes.
 */

type PendingChild = { rank: number; markup: string };

export class XmlEditor {
  readonly index: XmlIndex;
  /** The source's line break, so a CRLF file stays CRLF. */
  readonly newline: string;
  private readonly edits = new TextEdits();
  private readonly pending = new Map<XmlElement, { rankOf: RankOf; children: PendingChild[] }>();

  constructor(index: XmlIndex) {
    this.index = index;
    this.newline = index.text.includes('\r\n') ? '\r\n' : '\n';
  }

  setAttribute(element: XmlElement, name: string, value: string): void {
    const existing = attrNode(element, name);
    const markup = `${name}="${escapeAttribute(value)}"`;
    if (existing) this.edits.replace(existing.start, existing.end, markup);
    else this.edits.insert(element.openEnd - (element.selfClosing ? 2 : 1), ` ${markup}`);
  }

  removeAttribute(element: XmlElement, name: string): void {
    const existing = attrNode(element, name);
    if (existing) this.edits.remove(this.spaceBefore(existing.start), existing.end);
  }

  /** Removes an element, and its line when it stands on a line of its own. */
  removeElement(element: XmlElement): void {
    this.edits.remove(this.spaceBefore(element.start), element.end);
  }

  replaceElement(element: XmlElement, markup: string): void {
    this.edits.replace(element.start, element.end, markup);
  }

  replaceRange(start: number, end: number, markup: string): void {
    this.edits.replace(start, end, markup);
  }

  /** Replaces what is between the start and end tag (a self-closing element is opened up). */
  replaceContent(element: XmlElement, markup: string): void {
    if (element.selfClosing) this.openUp(element, markup);
    else this.edits.replace(element.openEnd, element.closeStart, markup);
  }

  /** Renames start and end tag, keeping attributes and content. */
  rename(element: XmlElement, name: string): void {
    this.edits.replace(element.start + 1, element.start + 1 + element.name.length, name);
    if (!element.selfClosing) {
      this.edits.replace(
        element.closeStart + 2,
        element.closeStart + 2 + element.name.length,
        name,
      );
    }
  }

  /**
   * Queues a child for `parent`, placed after the last existing child whose rank is not
   * greater (the schema's order); children queued for one place keep their queue order.
   */
  insertChild(parent: XmlElement, markup: string, rank: number, rankOf: RankOf): void {
    const entry = this.pending.get(parent) ?? { rankOf, children: [] };
    entry.children.push({ rank, markup });
    this.pending.set(parent, entry);
  }

  /** Indentation of an element's line (empty when it does not start its line). */
  indentOf(element: XmlElement): string {
    const text = this.index.text;
    let i = element.start;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    return i === 0 || text[i - 1] === '\n' ? text.slice(i, element.start) : '';
  }

  childIndent(parent: XmlElement): string {
    const first = parent.children[0];
    if (first) return this.indentOf(first);
    const own = this.indentOf(parent);
    return own + (own.includes('\t') ? '\t' : '  ');
  }

  result(): string {
    for (const [parent, entry] of this.pending) this.flushChildren(parent, entry);
    this.pending.clear();
    return this.edits.apply(this.index.text);
  }

  private flushChildren(parent: XmlElement, entry: { rankOf: RankOf; children: PendingChild[] }) {
    const indent = this.childIndent(parent);
    if (parent.selfClosing) {
      const nl = this.newline;
      const markup = entry.children.map((child) => `${nl}${indent}${child.markup}`).join('');
      this.openUp(parent, `${markup}${nl}${this.indentOf(parent)}`);
      return;
    }
    const byPosition = new Map<number, string[]>();
    for (const child of [...entry.children].sort((a, b) => a.rank - b.rank)) {
      const before = parent.children.filter((existing) => entry.rankOf(existing) <= child.rank);
      const last = before[before.length - 1];
      const at = last === undefined ? parent.openEnd : last.end;
      const list = byPosition.get(at) ?? [];
      list.push(`${this.newline}${indent}${child.markup}`);
      byPosition.set(at, list);
    }
    for (const [at, list] of byPosition) {
      // An element with no children and no line break inside gets its end tag on a new line.
      const closing =
        parent.children.length === 0 &&
        !this.index.text.slice(parent.openEnd, parent.closeStart).includes('\n')
          ? `${this.newline}${this.indentOf(parent)}`
          : '';
      this.edits.insert(at, list.join('') + closing);
    }
  }

  private openUp(element: XmlElement, content: string): void {
    this.edits.replace(element.openEnd - 2, element.openEnd, `>${content}</${element.name}>`);
  }

  /** Start of the blank run before `offset`, back to and including a line break. */
  private spaceBefore(offset: number): number {
    const text = this.index.text;
    let i = offset;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    if (text[i - 1] === '\n') {
      i--;
      if (text[i - 1] === '\r') i--;
      return i;
    }
    return i === offset ? offset : i;
  }
}

export type RankOf = (child: XmlElement) => number;

/** A name for a namespace in scope at `parent`, and the declaration to add if it is not. */
export function nameIn(
  parent: XmlElement,
  uri: string,
  preferred: string,
): { qualify: (local: string) => string; declaration: string } {
  for (const [prefix, bound] of parent.scope) {
    if (bound === uri) {
      return {
        qualify: (local) => (prefix === '' ? local : `${prefix}:${local}`),
        declaration: '',
      };
    }
  }
  let prefix = preferred;
  for (let n = 2; parent.scope.has(prefix); n++) prefix = `${preferred}${n}`;
  return {
    qualify: (local) => `${prefix}:${local}`,
    declaration: ` xmlns:${prefix}="${escapeAttribute(uri)}"`,
  };
}
