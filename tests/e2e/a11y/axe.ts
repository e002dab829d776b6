import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { translator } from '../../../shared/i18n/translate';
import { MESSAGES, type Locale } from '../../../shared/i18n';

/** The rules the issue names: WCAG 2.1, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One violating element, in a line a reader of the test report can act on. */
export type Finding = string;

/**
 * Runs axe-core over the page as it is, or only `within` (CSS selectors: a dialog or menu over a
 * page that was audited as its own screen, or the map canvas), and lists every violating element.
 */
export async function audit(
  app: Page,
  screen: string,
  within: string | readonly string[] = [],
): Promise<Finding[]> {
  // Legacy mode runs axe in the page itself: the default opens a second page in the context
  // to finish the run, which neither the browser host's page nor an Electron window allows.
  const builder = new AxeBuilder({ page: app }).withTags(WCAG_TAGS).setLegacyMode(true);
  for (const selector of typeof within === 'string' ? [within] : within) builder.include(selector);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${screen} · ${violation.id} (${node.impact ?? violation.impact ?? '?'}) · ${node.target.join(' ')} · ${node.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? ''}`,
    ),
  );
}

/** The interface text of a key, as the app shows it in that language. */
export function textOf(locale: Locale) {
  const t = translator(MESSAGES[locale]);
  return (key: string, options: Record<string, string | number> = {}) => t(key, options);
}

/** Figures per screen and rule, kept in test-results for the note. */
export function keepFigures(name: string, findings: Finding[]): void {
  const counts: Record<string, number> = {};
  for (const finding of findings) {
    const [screen, rule] = finding.split(' · ');
    const key = `${screen} · ${rule?.replace(/ \(.*\)$/, '')}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const folder = path.join(process.cwd(), 'test-results', 'a11y');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(
    path.join(folder, `${name}.json`),
    JSON.stringify({ total: findings.length, counts, findings }, null, 2),
  );
}
