import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * How a map reads on screen: the insurer's as-is map (35 steps, 5 lanes) fitted and zoomed in
 * both orientations and both languages; lanes turned to columns; lanes added, bound, cleared;
 * phases; focus mode; find; React Flow's controls in the interface language.
 */
test.use({ seed: 'sample' });
test.setTimeout(120_000);

async function openInsurer(app: Page): Promise<void> {
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /保单签发（现状）/ }).click();
  await expect(app.locator('.react-flow__node-lane')).toHaveCount(5);
  await expect(app.locator('.react-flow__node-step').first()).toBeVisible();
}

async function zoom(app: Page): Promise<number> {
  const transform = await app
    .locator('.react-flow__viewport')
    .evaluate((element) => getComputedStyle(element).transform);
  const match = /matrix\(([-\d.e]+)/.exec(transform);
  return match?.[1] ? Number(match[1]) : Number.NaN;
}

/** Switches the lane orientation in the process record panel; the map turns once laid out. */
async function turn(app: Page, name: string): Promise<void> {
  const radio = app.getByRole('radio', { name });
  await radio.click();
  await expect(radio).toBeChecked({ timeout: 20_000 });
}

async function shot(app: Page, name: string): Promise<void> {
  await app.waitForTimeout(500);
  await app.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

test('the insurer map, fitted and zoomed, horizontal and vertical, in Chinese and English', async ({
  app,
}) => {
  await openInsurer(app);
  await app.getByRole('button', { name: '适应画面' }).click();
  await app.waitForTimeout(500);
  // Fitted so the lanes can be read, not shrunk to a strip.
  expect(await zoom(app)).toBeGreaterThan(0.45);
  await shot(app, 'view-insurer-fit-zh-CN');
  await app.getByRole('button', { name: '放大' }).click();
  await app.getByRole('button', { name: '放大' }).click();
  await shot(app, 'view-insurer-zoomed-zh-CN');
  await app.getByRole('button', { name: '专注模式' }).click();
  await app.getByRole('button', { name: '适应画面' }).click();
  await shot(app, 'view-insurer-focus-zh-CN');
  await app.getByRole('button', { name: '退出专注模式' }).click();
  await turn(app, '纵向（泳道为列）');
  await expect(app.getByTestId('lane-title').first()).toBeVisible();
  await app.getByRole('button', { name: '适应画面' }).click();
  await shot(app, 'view-insurer-vertical-fit-zh-CN');
  await app.getByText('English', { exact: true }).click();
  await app.getByRole('button', { name: 'Fit to view' }).click();
  await shot(app, 'view-insurer-vertical-fit-en');
  await app.getByRole('button', { name: 'Zoom in' }).click();
  await app.getByRole('button', { name: 'Zoom in' }).click();
  await shot(app, 'view-insurer-vertical-zoomed-en');
  await turn(app, 'Horizontal (lanes as rows)');
  await app.getByRole('button', { name: 'Fit to view' }).click();
  await shot(app, 'view-insurer-fit-en');
});
