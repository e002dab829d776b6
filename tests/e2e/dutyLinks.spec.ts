import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * An HR specialist on the sample library (issue 10): drafts duties from a clerk's steps in the
 * insurer's as-is map, accepts two and saves; the duties show their steps, the step's side
 * panel shows the duty; renaming the step in the map flags the duty until it is confirmed.
 */
test.use({ seed: 'sample' });

/**
 * Saves with Ctrl+S and waits for this save's "已保存": an earlier save's message (shown for
 * three seconds) is let go first, so two messages never stand for one.
 */
async function save(app: Page): Promise<void> {
  const saved = app.locator('.ant-message-notice').filter({ hasText: '已保存' });
  await expect(saved).toHaveCount(0);
  await app.keyboard.press('Control+s');
  await expect(saved).toBeVisible();
}

/** Brings an element to the middle of the window (the tags animate, so no stability wait). */
const centre = (locator: Locator) =>
  locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));

test('duties drafted from steps, linked both ways, flagged on rename', async ({ app }) => {
  // Two saves of a role and one of a 35-step map, in both languages.
  test.setTimeout(120_000);
  await app.getByRole('searchbox').fill('客户服务专员');
  await app.getByRole('option', { name: '客户服务专员' }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('客户服务专员');

  // draft duties from the processes, accept two
  await app.getByRole('button', { name: '从流程起草职责' }).click();
  const drafts = app.getByTestId('drafted-duty');
  await expect(drafts.first()).toBeVisible();
  const offered = await drafts.count();
  expect(offered).toBeGreaterThan(2);
  // A step without a 时限 of its own does not inherit the whole case's 25 working days.
  await expect(drafts.first()).not.toContainText('25个工作日内完成');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'duty-drafts-zh-CN.png') });
  const firstStep = (await drafts.first().locator('.ant-tag-blue').first().innerText()).trim();
  const label = firstStep.replace(/^.*· (\d+ )?/, '');
  await drafts
    .first()
    .getByRole('button', { name: /^采\s*纳$/ })
    .click();
  await drafts
    .first()
    .getByRole('button', { name: /^采\s*纳$/ })
    .click();
  await expect(drafts).toHaveCount(offered - 2);
  await app.keyboard.press('Escape');

  // saved with the role, each duty shows its step
  await save(app);
  const chips = app.getByTestId('duty-step-chip');
  await expect(chips).toHaveCount(2);
  await expect(chips.first()).toContainText('保单签发（现状）');
  await expect(chips.first()).toContainText(label);
  await expect(app.getByTestId('process-activities')).toContainText('职责');
  await centre(chips.first());
  await app.screenshot({ path: path.join(SCREENSHOTS, 'duty-links-zh-CN.png') });

  // the step's side panel shows the duty it serves
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /保单签发（现状）/ }).click();
  await app.locator('.react-flow__node-step', { hasText: label }).first().click();
  await expect(app.getByTestId('step-duties')).toContainText('客户服务专员');
  await expect(app.getByLabel('时限（天）', { exact: true })).toBeVisible();
  await centre(app.getByTestId('step-duties'));
  await app.screenshot({ path: path.join(SCREENSHOTS, 'step-duties-zh-CN.png') });

  // rename the step in the map: the duty is flagged, and confirmed
  await app.getByLabel('名称', { exact: true }).fill(`${label}并扫描`);
  await save(app);
  await app.getByText('岗位库', { exact: true }).click();
  await app.getByRole('searchbox').fill('客户服务专员');
  await app.getByRole('option', { name: '客户服务专员' }).click();
  const renamed = app.getByTestId('duty-step-chip').filter({ hasText: '步骤已改名' });
  await expect(renamed).toContainText(`步骤已改名为“${label}并扫描”`);
  await centre(renamed);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'duty-renamed-zh-CN.png') });
  await renamed.getByRole('button', { name: '确认' }).click();
  await expect(app.getByTestId('duty-step-chip').filter({ hasText: '步骤已改名' })).toHaveCount(0);
  await expect(app.getByTestId('duty-step-chip').first()).toContainText(`${label}并扫描`);
  await save(app);

  // the same in English
  await app.getByText('English', { exact: true }).click();
  await app.getByRole('button', { name: 'Draft duties from processes' }).click();
  await expect(app.getByTestId('drafted-duty')).toHaveCount(offered - 2);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'duty-drafts-en.png') });
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('drafted-duty').first()).toBeHidden();
  await centre(app.getByTestId('duty-step-chip').first());
  await app.screenshot({ path: path.join(SCREENSHOTS, 'duty-links-en.png') });
});
