import { expect } from '../fixtures';
import {
  OPEN_DIALOG,
  OPEN_DRAWER,
  closeDialog,
  dialogOpened,
  spaced,
  view,
  type Screen,
} from './walk';

/** A competency of the sample dictionary that roles require (its Chinese name, in any language). */
const SHARED_COMPETENCY = '沟通协调能力';

/** The competency dictionary, the checks report and the organisation's tabs. */
export const WORK_SCREENS: Screen[] = [
  {
    name: 'competency dictionary',
    shot: 'competencies',
    open: async (app, t) => {
      await view(app, t, 'competencies');
      await expect(app.getByRole('row')).not.toHaveCount(1);
    },
  },
  {
    name: 'new competency drawer',
    within: OPEN_DRAWER,
    open: async (app, t) => {
      await app.getByRole('button', { name: t('dictionary.add') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'edit competency drawer',
    within: OPEN_DRAWER,
    open: async (app) => {
      await closeDialog(app);
      await app.getByRole('cell', { name: SHARED_COMPETENCY, exact: true }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'competency "used by" confirmation',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await app.getByLabel(t('dictionary.nameEn'), { exact: true }).fill('Communication (edited)');
      await app.getByRole('button', { name: spaced(t('editor.save')) }).click();
      await expect(app.getByRole('list', { name: t('dictionary.usedByList') })).toBeVisible();
      await dialogOpened(app);
    },
  },
  {
    name: 'checks report',
    shot: 'checks-report',
    open: async (app, t) => {
      // Cancel the confirmation, then close the drawer by its ×: focus is no longer inside it.
      await app.keyboard.press('Escape');
      await expect(app.getByRole('list', { name: t('dictionary.usedByList') })).toHaveCount(0);
      await app.locator(OPEN_DRAWER).locator('.ant-drawer-close').click();
      await expect(app.getByRole('dialog')).toHaveCount(0);
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
      await expect(app.getByTestId('redesign-view')).toBeVisible();
    },
  },
  {
    name: 'organisation: responsibility changes and their form',
    open: async (app, t) => {
      await app.getByRole('tab', { name: t('views.organisationTabs.changes') }).click();
      await expect(
        app.getByRole('button', { name: spaced(t('alignment.changes.preview')) }),
      ).toBeVisible();
    },
  },
];
