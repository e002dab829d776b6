import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Locale } from '../../shared/i18n';
import { textOf } from './a11y/axe';
import { controlCount, reflowProblems } from './a11y/reflow';
import { SCREENSHOTS, expect, settled, test } from './fixtures';

/*
 * 200 % zoom: a 1360×820 window at 200 % lays out 680×410 CSS pixels, drawn at twice the
 * density. On every screen and main dialog no control may lie outside the window sideways and
 * nothing may scroll sideways, except the map canvas. Each entry opens its screen from the one
 * before, as in the accessibility audit.
 */
test.use({ seed: 'sample', viewport: { width: 680, height: 410 }, deviceScaleFactor: 2 });
test.setTimeout(420_000);

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

/** At this width the side columns are folded into a drawer behind one button. */
async function openPanes(app: Page, t: Text, key: 'library' | 'processes'): Promise<void> {
  await app.getByRole('button', { name: t(`views.panes.${key}`) }).click();
  await dialogOpened(app);
  // The drawer slides in from the left: measure where it comes to rest.
  await settled(app.locator('.reflow-pane-drawer'));
}

/** Picking a role or process closes the drawer; wait until it has slid away. */
async function panesClosed(app: Page): Promise<void> {
  await expect(app.locator('.reflow-pane-drawer [role=dialog]')).toBeHidden();
}

const SCREENS: Screen[] = [
  {
    name: 'departments and roles',
    open: async (app, t) => openPanes(app, t, 'library'),
  },
  {
    name: 'new department dialog',
    open: async (app, t) => {
      await app.getByRole('button', { name: t('departments.add') }).click();
      await expect(app.getByRole('dialog')).toHaveCount(2);
      await dialogOpened(app);
    },
  },
  {
    name: 'role editor',
    open: async (app, t) => {
      await app.keyboard.press('Escape');
      await expect(app.getByRole('dialog')).toHaveCount(1);
      await app.getByRole('option').first().click();
      await panesClosed(app);
      await expect(app.getByRole('button', { name: t('history.open') })).toBeVisible();
      // The editor's fields are one column: every field starts at the same left edge.
      const lefts = await app.locator('.ant-row > .ant-col').evaluateAll((columns) =>
        columns
          .map((column) => column.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .map((box) => Math.round(box.left)),
      );
      expect(lefts.length).toBeGreaterThan(10);
      expect(new Set(lefts).size).toBe(1);
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
    name: 'document settings dialog',
    open: async (app, t) => {
      await closeDialog(app);
      await fileMenu(app, t, 'documentSettings.menu');
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
      // The drawer slides in from the right: measure where it comes to rest.
      await settled(app.locator('.ant-drawer-open').last());
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
      await expect(app.getByRole('tabpanel')).toBeVisible();
    },
  },
  {
    name: 'organisation: responsibility changes',
    open: async (app, t) => {
      await app.getByRole('tab', { name: t('views.organisationTabs.changes') }).click();
      await expect(app.getByRole('tabpanel')).toBeVisible();
    },
  },
  {
    name: 'inspection dashboard',
    open: async (app, t) => {
      await view(app, t, 'inspection');
      await expect(app.getByTestId('inspection-dashboard')).toBeVisible();
    },
  },
  {
    name: 'inspection page of the insurer process',
    open: async (app, t) => {
      await app
        .getByRole('button', {
          name: `${t('inspectionView.dashboard.open')} 保单签发（现状） / Policy issuing (as-is)`,
        })
        .click();
      await expect(app.getByTestId('kpi-chart').first()).toBeVisible();
    },
  },
  {
    name: 'inspection record dialog',
    open: async (app, t) => {
      await app.getByRole('button', { name: t('inspectionView.inspection.add') }).click();
      await dialogOpened(app);
      await closeDialog(app);
    },
  },
  {
    name: 'process list',
    open: async (app, t) => {
      await view(app, t, 'processes');
      await openPanes(app, t, 'processes');
      await expect(app.getByRole('option').first()).toBeVisible();
    },
  },
  {
    name: 'process editor with the insurer map',
    open: async (app) => {
      await app.getByRole('option', { name: /保单签发（现状）|Policy issuing \(as-is\)/ }).click();
      await panesClosed(app);
      await expect(app.locator('.react-flow__node').first()).toBeVisible();
      // The map keeps a usable width: most of the window, not a sliver beside the panels.
      const canvas = await app.getByTestId('process-canvas').boundingBox();
      expect(canvas?.width ?? 0).toBeGreaterThan(680 * 0.6);
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
];

for (const locale of ['zh-CN', 'en'] as const satisfies readonly Locale[]) {
  test(`at 200 % no control lies outside the window, in ${locale}`, async ({ app }) => {
    const t = textOf(locale);
    if (locale === 'en') await app.getByText('English', { exact: true }).click();
    const problems: string[] = [];
    const figures: Record<string, { controls: number; problems: number }> = {};
    try {
      for (const screen of SCREENS) {
        await test.step(screen.name, async () => {
          await screen.open(app, t);
          const found = await reflowProblems(app);
          figures[screen.name] = { controls: await controlCount(app), problems: found.length };
          problems.push(...found.map((line) => `${screen.name} · ${line}`));
          const file = `zoom-200-${screen.name.replace(/\W+/g, '-')}-${locale}.png`;
          await app.screenshot({ path: path.join(SCREENSHOTS, file) });
        });
      }
    } finally {
      // The figures per screen, kept for the note.
      fs.mkdirSync(path.join('test-results', 'a11y'), { recursive: true });
      fs.writeFileSync(
        path.join('test-results', 'a11y', `zoom-${locale}.json`),
        JSON.stringify({ figures, problems }, null, 2),
      );
    }
    expect(problems).toEqual([]);
  });
}
