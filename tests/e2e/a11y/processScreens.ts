import { expect } from '../fixtures';
import { OPEN_DIALOG, closeDialog, dialogOpened, view, type Screen } from './walk';

/** The insurer's as-is map of the sample library: lanes, steps and connectors. */
const INSURER_MAP = /保单签发（现状）|Policy issuing \(as-is\)/;
/** The properties panel beside the map (the map itself was audited with the editor). */
const PANEL = '[data-testid="process-canvas"] ~ aside';
const DOCK = '[data-testid="analysis-dock"]';

/** The process list, the process editor with its panels, dock and dialogs. */
export const PROCESS_SCREENS: Screen[] = [
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
      await app.getByRole('option', { name: INSURER_MAP }).click();
      await expect(app.locator('.react-flow__node-step').first()).toBeVisible();
    },
  },
  {
    name: 'properties of a step',
    within: PANEL,
    open: async (app) => {
      await app.locator('.react-flow__node-step').first().click();
    },
  },
  {
    name: 'properties of a lane',
    within: PANEL,
    open: async (app) => {
      await app
        .locator('.react-flow__node-lane')
        .last()
        .click({ position: { x: 40, y: 40 } });
    },
  },
  {
    name: 'properties of a connector',
    within: PANEL,
    open: async (app) => {
      await app.locator('.react-flow__edge').first().dispatchEvent('click');
      await expect(app.locator('.react-flow__edge.selected')).toHaveCount(1);
    },
  },
  {
    name: 'find',
    open: async (app, t) => {
      const find = app.getByRole('searchbox', { name: t('processView.find') });
      await find.fill('1');
      await find.press('Enter');
      await expect(app.getByTestId('find-status')).toBeVisible();
    },
  },
  {
    name: 'focus mode',
    open: async (app, t) => {
      await app.getByRole('button', { name: t('processView.focus') }).click();
      await expect(app.getByRole('button', { name: t('processView.leaveFocus') })).toBeVisible();
    },
  },
  {
    name: 'picture export dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await app.getByRole('button', { name: t('processView.leaveFocus') }).click();
      await app.getByRole('button', { name: t('editor2.export') }).hover();
      await app.getByRole('menuitem').filter({ hasText: /PDF/ }).click();
      await dialogOpened(app);
    },
  },
  ...(['summary', 'timeline', 'findings', 'pareto', 'handOffs', 'raci', 'compare'] as const).map(
    (tab, index): Screen => ({
      name: `process analysis dock: ${tab}`,
      within: DOCK,
      open: async (app, t) => {
        if (index === 0) {
          await closeDialog(app);
          // By keyboard: the Export menu, opened by hovering before the picture dialog, may
          // still be open under the pointer and lie over the toolbar.
          // The toggle, not "关闭流程分析" (its name starts with its icon's, "bar-chart").
          const toggle = new RegExp(`(^|\\s)${t('analysis.view.toggle')}$`);
          await app.getByRole('button', { name: toggle }).focus();
          await app.keyboard.press('Enter');
        }
        await app.getByTestId('analysis-dock').getByRole('tab').nth(index).click();
        await expect(
          // antd's panel and the tab's own content both say so: the content is the last.
          app.getByRole('tabpanel', { name: t(`analysis.view.tab.${tab}`) }).last(),
        ).toBeVisible();
      },
    }),
  ),
];
