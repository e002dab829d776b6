import { type ModdleWarning } from 'bpmn-moddle';
import { idOf, isModdleObject } from './moddle';

/*
 * bpmn-moddle reads leniently: an element it does not know, or one whose id is already
 * taken, is dropped with a warning and the import goes on. The user must hear about it, in
 * words — the raw messages carry tabs, line/column blocks and internal type names.
 */

const UNPARSABLE =
  /^unparsable content (<[^>\s]*>?)?\s*detected\s+line: (\d+)\s+column: (\d+)\s+nested error: ([\s\S]*)$/;
const MAX_WARNINGS = 100;

export function readableWarnings(warnings: ModdleWarning[]): string[] {
  const out: string[] = [];
  for (const warning of warnings) {
    const text = readable(warning);
    if (text !== null && !out.includes(text)) out.push(text);
  }
  if (out.length <= MAX_WARNINGS) return out;
  return [...out.slice(0, MAX_WARNINGS), `… and ${out.length - MAX_WARNINGS} more warnings.`];
}

function readable(warning: ModdleWarning): string | null {
  const message = warning.message;
  // RoleFlow decodes the file itself (xmlGuard), so the parser's encoding fallback is moot.
  if (message.startsWith('unsupported document encoding')) return null;
  const unparsable = UNPARSABLE.exec(message);
  if (unparsable) {
    const [, tag = '', line = '', , nested = ''] = unparsable;
    const element = tag.replace(/\/?>?$/, '>').replace(/^<?/, '<');
    // The parser counts lines from 0; editors count from 1.
    const where = /^\d+$/.test(line) ? `Line ${Number(line) + 1}: ` : '';
    return `${where}${nestedReason(element, nested.trim())}`;
  }
  const owner = isModdleObject(warning.element) ? idOf(warning.element) : undefined;
  const where = owner === undefined ? '' : ` (element "${owner}")`;
  const unknownAttribute = /^unknown attribute <(.+)>$/.exec(message);
  if (unknownAttribute) {
    return `The attribute ${unknownAttribute[1] ?? ''}${where} is not part of BPMN 2.0; it is kept in the file.`;
  }
  const unresolved = /^unresolved reference <(.+)>$/.exec(message);
  if (unresolved) {
    return `A reference to "${unresolved[1] ?? ''}"${where} points to no element in this file; it is kept as written.`;
  }
  return message.replace(/\s+/g, ' ');
}

function nestedReason(element: string, nested: string): string {
  const duplicate = /^duplicate ID <(.+)>$/.exec(nested);
  if (duplicate) {
    return (
      `the element ${element} uses the id "${duplicate[1] ?? ''}", which an earlier element ` +
      'already has; the parser dropped it (duplicate id). It stays in the file but RoleFlow does not show it.'
    );
  }
  const illegal = /^illegal ID <(.+)>$/.exec(nested);
  if (illegal) {
    return (
      `the element ${element} has the id "${illegal[1] ?? ''}", which is not a valid XML name; ` +
      'the parser dropped it. It stays in the file but RoleFlow does not show it.'
    );
  }
  if (/^(unknown type|unrecognized element)/.test(nested)) {
    return (
      `the element ${element} is not part of BPMN 2.0 at this place (unknown element) and was ` +
      'skipped; ' +
      'it stays in the file and is written back on export.'
    );
  }
  return `the element ${element} could not be read (${nested}); it stays in the file.`;
}
