import type { Block } from './blocks';

/*
 * Mammoth's HTML → blocks. Mammoth writes a small, well-formed subset (h1–h6, p, ul/ol/li,
 * table/thead/tbody/tr/td/th, strong, em, a, img, br, sup/sub, s, u), so a small tree builder
 * is enough and no DOM is needed (this runs in the import worker and in tests alike).
 */

type Node = { tag: string; attrs: string; children: Node[] } | string;
type Element = Exclude<Node, string>;

const VOID = new Set(['br', 'img', 'hr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function tree(html: string): Element {
  const root: Element = { tag: 'root', attrs: '', children: [] };
  const stack: Element[] = [root];
  const pattern = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/gi;
  for (const match of html.matchAll(pattern)) {
    const top = stack[stack.length - 1] ?? root;
    const [, closing, rawTag, attrs, text] = match;
    if (text !== undefined) {
      top.children.push(decode(text));
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (closing) {
      // Close up to the matching element; a stray closing tag is ignored.
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const element: Element = { tag, attrs: attrs ?? '', children: [] };
    top.children.push(element);
    if (!VOID.has(tag) && !(attrs ?? '').trim().endsWith('/')) stack.push(element);
  }
  return root;
}

const BLOCKISH = new Set([
  'p',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'ul',
  'ol',
]);

/** The text of a node, a line per paragraph, list item or line break; blank lines dropped. */
function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (typeof n === 'string') {
      parts.push(n);
      return;
    }
    if (n.tag === 'br') parts.push('\n');
    if (n.tag === 'img') parts.push('[picture]');
    if (n.tag === 'td' || n.tag === 'th') parts.push(' ');
    n.children.forEach(walk);
    if (BLOCKISH.has(n.tag)) parts.push('\n');
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function isBold(element: Element): boolean {
  const meaningful = element.children.filter((c) => typeof c !== 'string' || c.trim() !== '');
  return (
    meaningful.length > 0 &&
    meaningful.every((c) => typeof c !== 'string' && (c.tag === 'strong' || c.tag === 'b'))
  );
}

function rowsOf(table: Element): string[][] {
  const rows: string[][] = [];
  const walk = (n: Node) => {
    if (typeof n === 'string') return;
    if (n.tag === 'tr') {
      const cells = n.children.filter(
        (c): c is Element => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'),
      );
      rows.push(cells.map(textOf));
      return;
    }
    // A table nested in a cell is read with its cell; only this table's rows are walked here.
    if (n.tag === 'table' && n !== table) return;
    n.children.forEach(walk);
  };
  walk(table);
  return rows.filter((row) => row.some((cell) => cell !== ''));
}

/** List items in document order; a nested list's items follow their parent item. */
function itemsOf(list: Element): string[] {
  const items: string[] = [];
  for (const child of list.children) {
    if (typeof child === 'string' || child.tag !== 'li') continue;
    const own: Element = {
      ...child,
      children: child.children.filter((c) => typeof c === 'string' || !/^(ul|ol)$/.test(c.tag)),
    };
    const text = textOf(own).replace(/\n/g, ' ');
    if (text !== '') items.push(text);
    for (const nested of child.children) {
      if (typeof nested !== 'string' && /^(ul|ol)$/.test(nested.tag))
        items.push(...itemsOf(nested));
    }
  }
  return items;
}

/** The blocks of mammoth's HTML, in document order, empty paragraphs left out. */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const walk = (node: Node) => {
    if (typeof node === 'string') {
      const text = node.trim();
      if (text !== '') blocks.push({ kind: 'paragraph', text, bold: false });
      return;
    }
    const heading = /^h([1-6])$/.exec(node.tag);
    if (heading) {
      const text = textOf(node).replace(/\n/g, ' ');
      if (text !== '') blocks.push({ kind: 'heading', level: Number(heading[1]), text });
    } else if (node.tag === 'p') {
      const text = textOf(node);
      if (text !== '') blocks.push({ kind: 'paragraph', text, bold: isBold(node) });
    } else if (node.tag === 'ul' || node.tag === 'ol') {
      const items = itemsOf(node);
      if (items.length > 0) blocks.push({ kind: 'list', ordered: node.tag === 'ol', items });
    } else if (node.tag === 'table') {
      const rows = rowsOf(node);
      if (rows.length > 0) blocks.push({ kind: 'table', rows });
    } else {
      node.children.forEach(walk);
    }
  };
  walk(tree(html));
  return blocks;
}
