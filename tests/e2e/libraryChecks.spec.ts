import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * An HR specialist on the sample library (issue 10, rules J1–J8 of §c7): the checks report's
 * 一岗一流程 section names the hand-off 定价员 → 出单员 missing from 工作关系 (J4) and the
 * §f3 备案 proposal of FIN-P01 (J5); a clerk's editor shows J2 at its duties, and drafting two
 * duties from the processes clears those two before saving; the map shows J findings on steps.
 */
test.use({ seed: 'sample' });

const centre = (locator: Locator) =>
  locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));

async function shot(app: Page, name: string): Promise<void> {
  await app.waitForTimeout(300);
  await app.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

test('descriptions against processes: report, role editor, map', async ({ app }) => {
  test.setTimeout(120_000);
  await app.setViewportSize({ width: 1440, height: 900 });

  // the report's section: J4 for 定价员 naming 出单员, the 备案 proposal in FIN-P01
  await app.getByText('说明书检查报告', { exact: true }).click();
  const section = app.getByTestId('alignment-section');
  await expect(section).toContainText('一岗一流程');
  const j4 = section.locator('[data-testid="alignment-finding"][data-rule="J4"]');
  await expect(j4.filter({ hasText: '「定价员」与「出单员」有交接' }).first()).toBeVisible();
  const filing = section
    .locator('[data-testid="alignment-finding"][data-rule="J5"]')
    .filter({ hasText: '可改为备案' });
  await expect(filing.first()).toBeVisible();
  await centre(section.getByTestId('alignment-counts'));
  await shot(app, 'alignment-report-zh-CN');

  // a role opens from its finding; J2 shows at its duties
  await j4
    .filter({ hasText: '「定价员」与「出单员」有交接' })
    .first()
    .getByRole('button', { name: '定价员' })
    .click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('定价员');
  await expect(app.getByTestId('alignment-summary')).toBeVisible();
  await expect(app.getByRole('region', { name: '工作关系' }).getByRole('note')).toContainText(
    '「定价员」与「出单员」有交接',
  );

  await app.getByRole('searchbox').fill('客户服务专员');
  await app.getByRole('option', { name: '客户服务专员' }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('客户服务专员');
  const duties = app.getByRole('region', { name: '工作职责' }).getByRole('note').first();
  await expect(duties).toContainText('未体现在「客户服务专员」的岗位职责中');
  const uncovered = await duties.getByText(/未体现在「客户服务专员」/).count();
  expect(uncovered).toBeGreaterThan(2);
  await centre(duties);
  await shot(app, 'alignment-role-zh-CN');

  // draft duties from the processes, accept two: two J2 findings clear before saving
  await app.getByRole('button', { name: '从流程起草职责' }).click();
  const drafts = app.getByTestId('drafted-duty');
  await expect(drafts.first()).toBeVisible();
  for (let i = 0; i < 2; i += 1) {
    await drafts
      .first()
      .getByRole('button', { name: /^采\s*纳$/ })
      .click();
  }
  await app.keyboard.press('Escape');
  await expect(duties.getByText(/未体现在「客户服务专员」/)).toHaveCount(uncovered - 2);

  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存')).toBeVisible();

  // the insurer's as-is map: J findings in the Findings tab frame their steps
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /保单签发（现状）/ }).click();
  await expect(app.locator('.react-flow__node-step').first()).toBeVisible();
  await app.getByRole('button', { name: '流程分析' }).click();
  const dock = app.getByTestId('analysis-dock');
  await dock.getByRole('tab', { name: /发现/ }).click();
  const onMap = dock.getByTestId('map-alignment');
  await expect(onMap).toContainText('一岗一流程');
  const j2 = onMap.locator('[data-testid="alignment-finding"][data-rule="J2"]').first();
  await centre(j2);
  await j2.click();
  await expect(app.locator('.react-flow__node-step.selected')).toHaveCount(1);
  // the selected step's panel shows the finding beside the duties it serves
  await expect(app.getByTestId('step-alignment')).toContainText('未体现在');
  await shot(app, 'alignment-map-zh-CN');
  await centre(app.getByTestId('step-alignment'));
  await shot(app, 'alignment-step-zh-CN');

  // the same in English
  await app.getByText('English', { exact: true }).click();
  await expect(app.getByTestId('step-alignment')).toContainText('is not covered by any duty');
  await centre(app.getByTestId('step-alignment'));
  await shot(app, 'alignment-step-en');
  await centre(onMap);
  await shot(app, 'alignment-map-en');
  await app.getByText('Description checks report', { exact: true }).click();
  await expect(section).toContainText('Descriptions against processes');
  await expect(
    j4.filter({ hasText: 'hands work to 出单员' }).filter({ hasText: '定价员' }).first(),
  ).toBeVisible();
  await centre(section.getByTestId('alignment-counts'));
  await shot(app, 'alignment-report-en');
  await j4.filter({ hasText: 'hands work to 出单员' }).first().getByRole('button').first().click();
  const summary = app.getByTestId('alignment-summary');
  await summary.getByText('Descriptions against processes').click();
  await expect(summary).toContainText('J4');
  await expect(summary).toContainText('hands work to 出单员');
  await shot(app, 'alignment-role-en');
});
