import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * A consultant gives the insurer's as-is map what the process analysis needs: the branches of
 * 资料齐全？ their probabilities and outcome (the sum says when it is not 100 %), a decision's
 * gateway type (a marker on the shape), the wait of 退回客户补齐资料 in days, the process's
 * annual volume and 时限 — saved, reloaded and read back; a role's annual cost gives its
 * hourly rate; the time basis is changed in the library's analysis settings. Both languages.
 */
test.use({ seed: 'sample' });
test.setTimeout(180_000);

async function openInsurer(app: Page): Promise<void> {
  await app.setViewportSize({ width: 1366, height: 860 });
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /保单签发（现状）/ }).click();
  await expect(app.locator('.react-flow__node-step').first()).toBeVisible();
  await app.getByRole('button', { name: '适应画面' }).click();
}

const LABELS: Record<string, string> = {
  'cs-complete': '资料齐全？',
  'cs-return': '退回客户补齐资料',
  'uw-medical': '需补充体检资料？',
};

/** Finds a step by its name (the find bar pans to it and selects it). */
async function selectStep(app: Page, id: string): Promise<void> {
  const find = app.getByRole('searchbox', { name: /查找步骤|Find step/ });
  await find.fill(LABELS[id] ?? id);
  await find.press('Enter');
  await expect(app.locator(`.react-flow__node-step.selected[data-id="${id}"]`)).toBeVisible();
  await app.waitForTimeout(300);
}

/** Brings the connector's source into view, then clicks half-way along the connector. */
async function selectEdge(app: Page, source: string, target: string): Promise<void> {
  await selectStep(app, source);
  const line = app.locator(
    `g.connector[data-source="${source}"][data-target="${target}"] path.react-flow__edge-path`,
  );
  const middle = await line.evaluate((route: SVGPathElement) => {
    const point = route.getPointAtLength(route.getTotalLength() / 2);
    const screen = point.matrixTransform(route.getScreenCTM() ?? undefined);
    return { x: screen.x, y: screen.y };
  });
  await app.mouse.click(middle.x, middle.y);
}

/** Fits the map (its corner is then empty canvas) and clicks there: the process record shows. */
async function selectNothing(app: Page): Promise<void> {
  await app.getByRole('button', { name: /^(适应画面|Fit to view)$/ }).click();
  await app.waitForTimeout(300);
  await app.getByTestId('process-canvas').click({ position: { x: 8, y: 8 } });
}

async function pick(app: Page, label: string, option: string): Promise<void> {
  await app.getByLabel(label, { exact: true }).click();
  await app.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function shot(app: Page, name: string): Promise<void> {
  await app.waitForTimeout(300);
  await app.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

test('enter, save and read back the data of the process analysis', async ({ app }) => {
  await openInsurer(app);

  // the branches of 资料齐全？: 90 % pass, then a reject share that overshoots, then fixed
  await selectEdge(app, 'cs-complete', 'cs-key');
  await app.getByLabel('概率（%）', { exact: true }).fill('90');
  await pick(app, '结果', '通过');
  await selectEdge(app, 'cs-complete', 'cs-return');
  await app.getByLabel('概率（%）', { exact: true }).fill('20');
  await expect(app.getByTestId('branch-sum')).toContainText('合计为 110%，不等于 100%');
  await app.getByLabel('概率（%）', { exact: true }).fill('10');
  await pick(app, '结果', '退回（返工）');
  await expect(app.getByTestId('branch-sum')).toContainText('各分支合计 100%');
  await expect(app.getByTestId('branch-sum')).not.toContainText('不等于');
  await shot(app, 'analysis-inputs-branch-zh-CN');

  // a value out of range is marked at the field, not clamped
  await app.getByLabel('概率（%）', { exact: true }).fill('120');
  await expect(app.getByLabel('概率（%）', { exact: true })).toHaveValue('120');
  await expect(app.getByText('不能大于 100')).toBeVisible();
  await app.getByLabel('概率（%）', { exact: true }).fill('10');

  // a decision's gateway type: inclusive draws ○ on the diamond
  await selectStep(app, 'uw-medical');
  await app.getByRole('radio', { name: '包容：走一条或多条' }).check();
  await expect(
    app.locator('.react-flow__node[data-id="uw-medical"] [data-gateway="inclusive"]'),
  ).toBeVisible();
  await shot(app, 'analysis-inputs-gateway-zh-CN');

  // the customer's wait for missing papers: 5 days, counted on the working-day basis
  await selectStep(app, 'cs-return');
  await app.getByLabel('等待时间（天）', { exact: true }).fill('5');
  await app.getByLabel('固定成本（元/次）', { exact: true }).fill('12');
  await app.getByLabel('一次通过率（%）', { exact: true }).fill('95');
  await app.getByRole('checkbox', { name: '重复性工作' }).check();
  await expect(app.getByText('一天按 480 分钟计（工作日，库设置）。')).toBeVisible();
  await shot(app, 'analysis-inputs-step-zh-CN');

  // the process's volume and 时限
  await selectNothing(app);
  await app.getByLabel('年业务量（件/年）', { exact: true }).fill('-1');
  await expect(app.getByText('不能小于 0')).toBeVisible();
  await app.getByLabel('年业务量（件/年）', { exact: true }).fill('12000');
  await app.getByLabel('时限（天）', { exact: true }).fill('5');
  await app.getByLabel('时限（小时）', { exact: true }).fill('4');
  await app.getByLabel('年业务量（件/年）', { exact: true }).scrollIntoViewIfNeeded();
  await shot(app, 'analysis-inputs-process-zh-CN');

  // saved, reloaded, read back
  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存').first()).toBeVisible();
  await app.reload();
  await openInsurer(app);
  await expect(app.getByLabel('年业务量（件/年）', { exact: true })).toHaveValue('12000');
  await expect(app.getByLabel('时限（天）', { exact: true })).toHaveValue('5');
  await expect(app.getByLabel('时限（小时）', { exact: true })).toHaveValue('4');
  await selectEdge(app, 'cs-complete', 'cs-return');
  await expect(app.getByLabel('概率（%）', { exact: true })).toHaveValue('10');
  await expect(app.getByText('退回（返工）')).toBeVisible();
  await selectStep(app, 'cs-return');
  await expect(app.getByLabel('等待时间（天）', { exact: true })).toHaveValue('5');
  await expect(app.getByLabel('一次通过率（%）', { exact: true })).toHaveValue('95');
  await expect(app.getByRole('checkbox', { name: '重复性工作' })).toBeChecked();
  await selectStep(app, 'uw-medical');
  await expect(app.getByRole('radio', { name: '包容：走一条或多条' })).toBeChecked();
  await expect(
    app.locator('.react-flow__node[data-id="uw-medical"] [data-gateway="inclusive"]'),
  ).toBeVisible();

  // the library's time basis: a calendar day of 1,440 minutes
  await app.getByRole('button', { name: '文件' }).hover();
  await app.getByText('流程分析设置…').click();
  const dialog = app.getByRole('dialog');
  await expect(dialog.getByLabel('年制度工时（小时）')).toHaveValue('2000');
  await dialog.getByLabel('E5 长时间等待').fill('-3');
  await expect(dialog.getByText('不能小于 0')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^保\s?存$/ })).toBeDisabled();
  await dialog.getByRole('button', { name: '恢复默认' }).click();
  await expect(dialog.getByLabel('E5 长时间等待')).toHaveValue('480');
  await dialog.getByRole('radio', { name: '日历日 1,440 分钟' }).check();
  await shot(app, 'analysis-inputs-settings-zh-CN');
  await dialog.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(app.getByText('流程分析设置已保存')).toBeVisible();
  await selectStep(app, 'cs-return');
  await expect(app.getByText('一天按 1,440 分钟计（日历日，库设置）。')).toBeVisible();

  // English
  await app.getByText('English', { exact: true }).click();
  await expect(
    app.getByText('A day counts 1,440 minutes (calendar day, a library setting).'),
  ).toBeVisible();
  await shot(app, 'analysis-inputs-step-en');
  await selectEdge(app, 'cs-complete', 'cs-key');
  await expect(app.getByTestId('branch-sum')).toContainText('100 % in all');
  await shot(app, 'analysis-inputs-branch-en');
  await selectStep(app, 'uw-medical');
  await shot(app, 'analysis-inputs-gateway-en');
  await selectNothing(app);
  await expect(app.getByLabel('Annual volume (cases a year)', { exact: true })).toHaveValue(
    '12000',
  );
  await shot(app, 'analysis-inputs-process-en');
  await app.getByRole('button', { name: 'File' }).hover();
  await app.getByText('Process analysis settings…').click();
  await expect(app.getByRole('radio', { name: 'calendar day, 1,440 minutes' })).toBeChecked();
  await shot(app, 'analysis-inputs-settings-en');
  await app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
});

test('a role’s annual cost gives its hourly rate', async ({ app }) => {
  await app.setViewportSize({ width: 1366, height: 860 });
  await app.getByRole('searchbox').fill('核保员');
  await app
    .getByRole('option', { name: /核保员/ })
    .first()
    .click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('核保员');
  // from no cost at all (the sample may give the role a wage: cleared first)
  await app.getByLabel('年人工成本（元）', { exact: true }).clear();
  await app.getByLabel('月工资（元）', { exact: true }).clear();
  await expect(app.getByTestId('role-hourly-rate')).toContainText('尚无小时费率');
  await app.getByLabel('年人工成本（元）', { exact: true }).fill('120000');
  await expect(app.getByTestId('role-hourly-rate')).toContainText('每小时 60.00 元');
  await expect(app.getByTestId('role-hourly-rate')).toContainText('年人工成本 ÷ 2,000 小时');
  await app.getByLabel('年人工成本（元）', { exact: true }).clear();
  await app.getByLabel('月工资（元）', { exact: true }).fill('8700');
  await expect(app.getByTestId('role-hourly-rate')).toContainText('每小时 50.00 元');
  await app.getByLabel('年人工成本（元）', { exact: true }).fill('120000');
  await shot(app, 'analysis-inputs-role-zh-CN');
  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存').first()).toBeVisible();
  await app.reload();
  await app.getByRole('searchbox').fill('核保员');
  await app
    .getByRole('option', { name: /核保员/ })
    .first()
    .click();
  await expect(app.getByLabel('年人工成本（元）', { exact: true })).toHaveValue('120000');
  await app.getByText('English', { exact: true }).click();
  await expect(app.getByTestId('role-hourly-rate')).toContainText('60.00 yuan an hour');
  await shot(app, 'analysis-inputs-role-en');
});
