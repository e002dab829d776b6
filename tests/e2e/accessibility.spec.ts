import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locale } from '../../shared/i18n';
import { audit, keepFigures, textOf, type Finding } from './a11y/axe';
import { INSPECTION_SCREENS } from './a11y/inspectionScreens';
import { LIBRARY_SCREENS } from './a11y/libraryScreens';
import { PROCESS_SCREENS } from './a11y/processScreens';
import type { Screen } from './a11y/walk';
import { WORK_SCREENS } from './a11y/workScreens';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * axe-core (WCAG 2.1 A and AA) over every screen and dialog, in both languages, on the sample
 * library. The lists in a11y/*Screens.ts are the list of screens: a new screen or dialog is
 * added to one of them. Each entry opens its screen from the one before and leaves the app
 * where the next expects; each list is one test, so a broken screen stops only its own walk.
 */
const WALKS: Record<string, Screen[]> = {
  library: LIBRARY_SCREENS,
  'dictionary, report and organisation': WORK_SCREENS,
  processes: PROCESS_SCREENS,
  inspection: INSPECTION_SCREENS,
};
const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];

test.describe('the sample library', () => {
  // A click that cannot land (a tooltip over its target) fails in 20 s instead of waiting out
  // the walk's 10 minutes.
  test.use({ seed: 'sample', actionTimeout: 20_000 });
  // axe reads the colours of every element; the role editor and the map are large pages.
  test.describe.configure({ timeout: 600_000 });

  for (const locale of LOCALES) {
    for (const [walk, screens] of Object.entries(WALKS)) {
      test(`axe-core finds nothing: ${walk}, in ${locale}`, async ({ app }) => {
        const t = textOf(locale);
        if (locale === 'en') await app.getByText('English', { exact: true }).click();
        const findings: Finding[] = [];
        try {
          for (const screen of screens) {
            await test.step(screen.name, async () => {
              await screen.open(app, t);
              findings.push(...(await audit(app, screen.name, screen.within)));
              if (screen.shot) {
                const file = path.join(SCREENSHOTS, `a11y-${screen.shot}-${locale}.png`);
                await app.screenshot({ path: file });
              }
            });
          }
        } finally {
          keepFigures(`axe-${locale}-${walk.split(',')[0]}`, findings);
        }
        expect(findings).toEqual([]);
      });
    }
  }
});

test.describe('a file that is not a library', () => {
  test.skip(process.env.ROLEFLOW_E2E_TARGET === 'electron', 'the browser host is given the file');
  test.use({
    // eslint-disable-next-line no-empty-pattern -- a fixture names what it needs; this needs nothing
    libraryFile: async ({}, use) => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-e2e-a11y-'));
      const file = path.join(folder, 'empty.sqlite');
      fs.writeFileSync(file, '');
      await use(file);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  });

  test('axe-core finds nothing on the library error screen, in either language', async ({
    app,
  }) => {
    const findings: Finding[] = [];
    for (const locale of LOCALES) {
      const t = textOf(locale);
      if (locale === 'en') await app.getByText('English', { exact: true }).click();
      await expect(app.getByRole('alert')).toBeVisible();
      await expect(app.getByRole('button', { name: t('app.openLibrary') })).toBeVisible();
      findings.push(...(await audit(app, `library error screen (${locale})`)));
    }
    keepFigures('axe-error-screen', findings);
    expect(findings).toEqual([]);
  });
});
