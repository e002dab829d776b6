import type { Page } from '@playwright/test';
import type { Locale } from '../../shared/i18n';
import { audit, keepFigures, textOf, type Finding } from './a11y/axe';
import { expect, settled, test } from './fixtures';

/*
 * axe-core (WCAG 2.1 A and AA) over every screen and dialog, in both languages, on the sample
 * library. The list below is the list of screens: a new screen or dialog is added to it.
 * Each entry opens its screen from the one before and leaves the app where the next expects.
 */
test.use({ seed: 'sample' });
test.setTimeout(300_000);

type Text = ReturnType<typeof textOf>;
type Screen = { name: string; open: (app: Page, t: Text) => Promise<void> };

async function view(app: Page, t: Text, key: string): Promise<void> {
  await app.getByText(t(`views.${key}`), { exact: true }).click();
}

async function dialogOpened(app: Page): Promise<void> {
  const dialog = app.getByRole('dialog').last();
  await expect(dialog).toBeVisible();
  await settled(dialog);
}

async function closeDialog(app: Page): Promise<void> {
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
}

async function fileMenu(app: Page, t: Text, item: string): Promise<void> {
  await app.getByRole('button', { name: new RegExp(`^${t('app.file')}( down)?$`) }).hover();
  await app.getByRole('menuitem', { name: t(item) }).click();
}

const SCREENS: Screen[] = [
  {
    name: 'role list and role editor',
    open: async (app, t) => {
      await app.getByRole('option').first().click();
      await expect(app.getByRole('button', { name: t('history.open') })).toBeVisible();
    },
  },
  {
    name: 'approve dialog',
    open: async (app, t) => {
      await app.getByRole('button', { name: t('approve.action') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'history drawer',
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('history.open') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'new department dialog',
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('departments.add') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'document settings dialog',
    open: async (app, t) => {
      await closeDialog(app);
      await fileMenu(app, t, 'documentSettings.menu');
      await dialogOpened(app);
    },
  },
  {
    name: 'analysis settings dialog',
    open: async (app, t) => {
      await closeDialog(app);
      await fileMenu(app, t, 'analysis.inputs.settings.menu');
      await dialogOpened(app);
    },
  },
  {
    name: 'handbook dialog',
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('export.handbook') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'competency dictionary',
    open: async (app, t) => {
      await closeDialog(app);
      await view(app, t, 'competencies');
      await expect(app.getByRole('row')).not.toHaveCount(1);
    },
  },
  {
    name: 'new competency dialog',
    open: async (app, t) => {
      await app.getByRole('button', { name: t('dictionary.add') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'checks report',
    open: async (app, t) => {
      await closeDialog(app);
      await view(app, t, 'report');
      await expect(app.getByTestId('report-role').first()).toBeVisible();
    },
  },
  {
    name: 'organisation: RACI',
    open: async (app, t) => {
      await view(app, t, 'organisation');
      await expect(app.getByTestId('raci-view')).toBeVisible();
    },
  },
  {
    name: 'organisation: staffing',
    open: async (app, t) => {
      await app.getByRole('tab', { name: t('views.organisationTabs.staffing') }).click();
      await expect(app.getByTestId('staffing-view')).toBeVisible();
    },
  },
  {
    name: 'organisation: redesign',
    open: async (app, t) => {
      await app.getByRole('tab', { name: t('views.organisationTabs.redesign') }).click();
      await app.waitForTimeout(500);
    },
  },
  {
    name: 'organisation: responsibility changes',
    open: async (app, t) => {
      await app.getByRole('tab', { name: t('views.organisationTabs.changes') }).click();
      await app.waitForTimeout(500);
    },
  },
  {
    name: 'process list',
    open: async (app, t) => {
      await view(app, t, 'processes');
      await expect(app.getByRole('option').first()).toBeVisible();
    },
  },
  {
    name: 'process editor with the insurer map',
    open: async (app) => {
      await app.getByRole('option', { name: /保单签发（现状）|Policy issuing \(as-is\)/ }).click();
      await expect(app.getByTestId('process-canvas')).toBeVisible();
      await expect(app.locator('.react-flow__node').first()).toBeVisible();
    },
  },
  {
    name: 'picture export dialog',
    open: async (app, t) => {
      await app.getByRole('button', { name: t('editor2.export') }).hover();
      await app.getByRole('menuitem').filter({ hasText: /PDF/ }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'process analysis dock',
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('analysis.view.toggle'), exact: true }).click();
      await expect(app.getByTestId('analysis-dock')).toBeVisible();
    },
  },
];

for (const locale of ['zh-CN', 'en'] as const satisfies readonly Locale[]) {
  test(`axe-core finds nothing on any screen, in ${locale}`, async ({ app }) => {
    const t = textOf(locale);
    if (locale === 'en') await app.getByText('English', { exact: true }).click();
    const findings: Finding[] = [];
    try {
      for (const screen of SCREENS) {
        await test.step(screen.name, async () => {
          await screen.open(app, t);
          findings.push(...(await audit(app, screen.name)));
        });
      }
    } finally {
      keepFigures(`axe-${locale}`, findings);
    }
    expect(findings).toEqual([]);
  });
}
