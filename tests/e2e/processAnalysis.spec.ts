import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * A consultant reads the insurer's as-is process with the analysis dock (issue 9, §a2, §b6):
 * the summary box (PCE, hand-offs, with the time basis), the timeline ladder, the map
 * overlays, a finding that frames its steps, Pareto, hand-offs, RACI, and the comparison with
 * the case-manager variant; in Chinese and in English.
 */
test.use({ seed: 'sample' });
test.setTimeout(180_000);

async function openProcess(app: Page, name: RegExp): Promise<void> {
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name }).click();
  await expect(app.locator('.react-flow__node-step').first()).toBeVisible();
}

async function shot(app: Page, name: string): Promise<void> {
  await app.waitForTimeout(400);
  await app.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** The ids of the steps selected on the map, in order. */
async function selectedSteps(app: Page): Promise<string[]> {
  const steps = app.locator('.react-flow__node-step.selected');
  return (await steps.evaluateAll((found) => found.map((step) => step.dataset.id ?? ''))).sort();
}

/** Focus on a control as Tab brings it there, so that it shows its focus ring. */
async function focusByKeyboard(app: Page, control: Locator): Promise<void> {
  await control.focus();
  await app.keyboard.press('Tab');
  await app.keyboard.press('Shift+Tab');
  await expect(control).toBeFocused();
}

test('the analysis of the insurer as-is process, in Chinese and English', async ({ app }) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await openProcess(app, /保单签发（现状）/);
  const dock = app.getByTestId('analysis-dock');
  await app.getByRole('button', { name: '流程分析' }).click();
  await expect(dock).toBeVisible();

  // The summary: lead time with its basis, PCE, hand-offs.
  await expect(dock.getByText('工作日（每天 480 分钟）')).toBeVisible();
  await expect(dock.getByTestId('summary-pce')).toContainText('%');
  await expect(dock.getByTestId('summary-hand-offs')).toBeVisible();
  // … and its to-be variant beside it: the pair opens together.
  await expect(dock.getByTestId('summary-pair')).toContainText('优化方案');
  await shot(app, 'analysis-summary-zh-CN');

  await dock.getByRole('tab', { name: '时间线' }).click();
  await expect(dock.getByTestId('timeline-ladder')).toBeVisible();
  await shot(app, 'analysis-timeline-zh-CN');

  // Overlays on the map.
  await dock.getByRole('checkbox', { name: '工时/等待' }).check();
  await dock.getByRole('checkbox', { name: '价值分类' }).check();
  await expect(app.getByTestId('step-overlay').first()).toBeVisible();
  await shot(app, 'analysis-overlays-zh-CN');

  // A finding frames its steps: the integrate finding (I1) on the as-is map.
  await dock.getByRole('tab', { name: /发现/ }).click();
  const integrate = dock.locator('[data-testid="analysis-finding"][data-rule="I1"]').first();
  await expect(integrate).toBeVisible();
  await integrate.click();
  await expect(app.locator('.react-flow__node-step.selected').first()).toBeVisible();
  expect(await app.locator('.react-flow__node-step.selected').count()).toBeGreaterThanOrEqual(3);
  await shot(app, 'analysis-findings-zh-CN');
  const framedByI1 = await selectedSteps(app);

  // … and from the keyboard: the card's text is its one button, Enter frames the steps (the
  // first finding framed by the pointer before, so that the map has something else selected).
  await dock.getByTestId('analysis-finding').first().click();
  expect(await selectedSteps(app)).not.toEqual(framedByI1);
  const frameI1 = integrate.getByRole('button').first();
  await expect(frameI1).not.toHaveAttribute('aria-current');
  await focusByKeyboard(app, frameI1);
  await app.keyboard.press('Enter');
  await expect(frameI1).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => selectedSteps(app)).toEqual(framedByI1);
  await shot(app, 'analysis-finding-focused-zh-CN');

  // Dismissed with a reason, kept in the map (undoable), shown again on request.
  const first = dock.getByTestId('analysis-finding').first();
  const rule = await first.getAttribute('data-rule');
  const before = await dock.getByTestId('analysis-finding').count();
  await first.getByRole('button', { name: /忽\s*略/ }).click();
  await app.getByRole('textbox', { name: '理由' }).fill('监管要求保留');
  await app
    .locator('.ant-popover')
    .getByRole('button', { name: /忽\s*略/ })
    .click();
  await expect(dock.getByTestId('analysis-finding')).toHaveCount(before - 1);
  await dock.getByRole('switch', { name: '显示已忽略' }).click();
  await expect(dock.getByText('已忽略：监管要求保留')).toBeVisible();
  await expect(dock.locator(`[data-rule="${rule}"]`).first()).toBeVisible();
  await shot(app, 'analysis-findings-dismissed-zh-CN');
  await app.getByRole('button', { name: /撤销/ }).click();
  await expect(dock.getByText('已忽略：监管要求保留')).toHaveCount(0);

  await dock.getByRole('tab', { name: '帕累托' }).click();
  await expect(dock.getByTestId('pareto-table')).toBeVisible();
  // A row frames its step: the overlays read at the zoom it is framed at.
  await dock.getByTestId('pareto-table').getByRole('button').nth(1).click();
  await expect(app.locator('.react-flow__node-step.selected')).toHaveCount(1);
  await shot(app, 'analysis-pareto-zh-CN');

  await dock.getByRole('tab', { name: '交接' }).click();
  await expect(dock.getByTestId('hand-off-matrix')).toBeVisible();
  await shot(app, 'analysis-handoffs-zh-CN');

  await dock.getByRole('tab', { name: 'RACI' }).click();
  await expect(dock.getByTestId('raci-matrix')).toBeVisible();
  await shot(app, 'analysis-raci-zh-CN');

  // As-is against its to-be variant (the case-manager process), by default.
  await dock.getByRole('tab', { name: '对比' }).click();
  await expect(dock.getByTestId('compare-table')).toBeVisible({ timeout: 20_000 });
  await expect(dock.getByTestId('compare-headline')).toContainText('周期 −');
  await expect(dock.locator('[data-metric="handOffs"]')).toContainText('%');
  await shot(app, 'analysis-compare-zh-CN');

  await app.getByText('English', { exact: true }).click();
  await dock.getByRole('tab', { name: 'Summary' }).click();
  await expect(dock.getByText('Working days (480 min a day)')).toBeVisible();
  await shot(app, 'analysis-summary-en');
  await dock.getByRole('tab', { name: 'Timeline' }).click();
  await shot(app, 'analysis-timeline-en');
  await dock.getByRole('tab', { name: /Findings/ }).click();
  await shot(app, 'analysis-findings-en');
  await focusByKeyboard(app, integrate.getByRole('button').first());
  await shot(app, 'analysis-finding-focused-en');
  await dock.getByRole('tab', { name: 'Hand-offs' }).click();
  await shot(app, 'analysis-handoffs-en');
  await dock.getByRole('tab', { name: 'Compare' }).click();
  await expect(dock.getByTestId('compare-headline')).toContainText('Lead time −');
  await shot(app, 'analysis-compare-en');
  // The button opens the other process of the pair.
  await dock.getByRole('button', { name: 'Open it' }).click();
  // … where the dock, still open, compares it with the as-is it is a variant of.
  await expect(dock.getByText(/As-is \(this is its variant\)/)).toBeVisible({ timeout: 20_000 });
  await expect(dock.getByTestId('compare-headline')).toContainText('Lead time −');
  await shot(app, 'analysis-compare-variant-en');
});
