import { expect } from '../fixtures';
import {
  OPEN_DIALOG,
  OPEN_DRAWER,
  OPEN_MENU,
  closeDialog,
  dialogOpened,
  fileButton,
  fileMenu,
  spaced,
  type Screen,
} from './walk';

/** A role of the sample library written in the Chinese template, with faults the checks find. */
const FAULTY_ZH_ROLE = '行政专员';
/** A clean role written in the English template. */
const CLEAN_EN_ROLE = 'Quality Engineer';

/** The library view: departments, roles, the role editor and every dialog it opens. */
export const LIBRARY_SCREENS: Screen[] = [
  {
    name: 'role list and role editor (Chinese template) with its checks open',
    shot: 'role-editor-checks',
    open: async (app) => {
      await app.getByRole('searchbox').fill(FAULTY_ZH_ROLE);
      await app.getByRole('option', { name: new RegExp(`^${FAULTY_ZH_ROLE}`) }).click();
      await app.getByTestId('checks-summary').getByRole('button').click();
      await expect(app.getByTestId('checks-summary').getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'File menu',
    within: OPEN_MENU,
    open: async (app, t) => {
      await fileButton(app, t).hover();
      await expect(
        app.getByRole('menuitem', { name: t('app.newLibrary'), exact: true }),
      ).toBeVisible();
    },
  },
  {
    name: 'document settings dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await app.getByRole('menuitem', { name: t('documentSettings.menu') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'analysis settings dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await closeDialog(app);
      await fileMenu(app, t, 'analysis.inputs.settings.menu');
      await dialogOpened(app);
    },
  },
  {
    name: 'new department dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('departments.add') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'rename department dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('tree').getByRole('treeitem').nth(1).click();
      await app.getByRole('button', { name: t('departments.rename') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'department handbook dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('export.handbook') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'import Word dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('wordImport.dialog.open') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'delete role dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('tree').getByRole('treeitem').first().click();
      await app.getByRole('button', { name: t('editor.deleteRole') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'role editor (English template)',
    shot: 'role-editor-en-template',
    open: async (app) => {
      await closeDialog(app);
      await app.getByRole('searchbox').fill(CLEAN_EN_ROLE);
      await app.getByRole('option', { name: new RegExp(`^${CLEAN_EN_ROLE}`) }).click();
      // The English template's headings are English in either interface language.
      await expect(app.getByRole('heading', { name: 'Essential functions' })).toBeVisible();
    },
  },
  {
    name: 'approve dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await app.getByRole('button', { name: t('approve.action') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'history drawer comparing two versions',
    within: OPEN_DRAWER,
    open: async (app, t) => {
      // Approving makes version 1, so the history has something to compare.
      await app.getByLabel(t('approve.note')).fill('v1');
      await app.getByLabel(t('approve.approver')).fill('Wang Fang');
      await app
        .getByRole('dialog')
        .getByRole('button', { name: spaced(t('approve.action')) })
        .click();
      await expect(app.getByRole('dialog')).toHaveCount(0);
      await app.getByRole('button', { name: t('history.open') }).click();
      await dialogOpened(app);
      await app.getByRole('button', { name: spaced(t('history.compare')) }).click();
      await expect(app.getByTestId('compare-versions')).toBeVisible();
    },
  },
];
