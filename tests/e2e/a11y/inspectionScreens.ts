import { expect } from '../fixtures';
import { closeDialog, dialogOpened, OPEN_DIALOG, spaced, view, type Screen } from './walk';

/** The insurer's as-is process, the one the sample library inspects. */
const PROCESS = '保单签发（现状）';

/*
 * 工作检查 (issue 12): the dashboard, the insurer's inspection page with its records and charts,
 * and each of its dialogs — plan, inspection (with a problem shown at its field), import (with
 * a refused file's problems listed) and report export.
 */
export const INSPECTION_SCREENS: Screen[] = [
  {
    name: 'inspection dashboard',
    shot: 'inspection-dashboard',
    open: async (app, t) => {
      await view(app, t, 'inspection');
      await expect(app.getByTestId('inspection-department').first()).toContainText(PROCESS);
    },
  },
  {
    name: 'inspection page of a process',
    shot: 'inspection-process',
    open: async (app, t) => {
      await app
        .getByTestId('inspection-dashboard')
        .getByRole('button', { name: `${t('inspectionView.dashboard.open')} ${PROCESS}` })
        .click();
      await expect(app.getByTestId('kpi-chart')).toHaveCount(3);
    },
  },
  {
    name: 'inspection plan dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await app.getByRole('button', { name: t('inspectionView.plan.edit') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'inspection record dialog, with a problem at its field',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('inspectionView.inspection.add') }).click();
      await dialogOpened(app);
      await app
        .getByRole('dialog')
        .getByRole('button', { name: spaced(t('editor.save')) })
        .click();
      await expect(app.getByText(t('inspectionView.inspection.needOne'))).toBeVisible();
    },
  },
  {
    name: 'measurement import dialog, with a refused file',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('inspectionView.import.button') }).click();
      await dialogOpened(app);
      await app.getByTestId('measurement-file').setInputFiles({
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('KPI,Measured value\nx,abc\n', 'utf8'),
      });
      await app
        .getByRole('dialog')
        .getByRole('button', { name: spaced(t('inspectionView.import.run')) })
        .click();
      await expect(app.getByTestId('import-problems')).toBeVisible();
    },
  },
  {
    name: 'inspection report export dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('inspectionView.report.button') }).click();
      await dialogOpened(app);
      await app.getByText(t('inspectionView.report.between')).click();
      await expect(app.getByText(t('inspectionView.report.to'))).toBeVisible();
    },
  },
  ...(['surveys', 'complaints', 'actions'] as const).map((tab): Screen => ({
    name: `inspection page, ${tab} tab`,
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('tab', { name: t(`improvementView.${tab}.tab`) }).click();
      await expect(app.getByTestId(`${tab}-panel`)).toBeVisible();
    },
  })),
  {
    name: 'improvement action dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await app.getByRole('button', { name: t('improvementView.actions.add') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'back on the inspection dashboard',
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('inspectionView.page.back') }).click();
      await expect(app.getByTestId('inspection-dashboard')).toBeVisible();
    },
  },
  {
    name: 'library inspection report dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await app.getByRole('button', { name: t('inspectionView.libraryReport.button') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'library time zone dialog',
    within: OPEN_DIALOG,
    open: async (app, t) => {
      await closeDialog(app);
      await app.getByRole('button', { name: t('inspectionView.timeZone.change') }).click();
      await dialogOpened(app);
    },
  },
  {
    name: 'inspection dashboard again',
    open: async (app) => {
      await closeDialog(app);
      await expect(app.getByTestId('inspection-dashboard')).toBeVisible();
    },
  },
];
