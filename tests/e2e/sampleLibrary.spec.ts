import path from 'node:path';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * A newcomer opens the demo company: complete roles in both templates pass the checks, the
 * two roles written with typical faults are caught, the competency dictionary is there, and
 * editing a dictionary entry shows the roles that use it before anything is saved.
 */
test.use({ seed: 'sample' });
// Long walks (22 s on an idle CI machine; 47 s on a loaded one passed the 45 s default).
test.setTimeout(120_000);

test('the sample company: checks report, both templates, competency dictionary', async ({
  app,
}) => {
  // the checks report names exactly the two faulty roles
  await app.getByText('说明书检查报告', { exact: true }).click();
  const flagged = app.getByTestId('report-role');
  await expect(flagged).toHaveCount(2);
  await expect(flagged.filter({ hasText: '行政专员' })).toContainText('负责');
  await expect(flagged.filter({ hasText: 'Warehouse Clerk' })).toBeVisible();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'checks-report-zh-CN.png') });

  // a faulty role shows its findings next to the fields
  await flagged.filter({ hasText: '行政专员' }).getByRole('button', { name: '打开岗位' }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('行政专员');
  await app.getByText(/项需修改/).click();
  await expect(app.getByRole('list', { name: '检查结果' })).toContainText('职责项过多');
  await expect(app.getByRole('note').first()).toBeVisible();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'checks-panel-zh-CN.png') });

  // an English job description shows the English template's sections, in either language
  await app.getByRole('searchbox').fill('Quality Engineer');
  await app.getByRole('option', { name: 'Quality Engineer' }).click();
  await expect(app.getByRole('heading', { name: 'Essential functions' })).toBeVisible();
  await expect(app.getByTestId('checks-summary')).toContainText('检查未发现需要修改的问题');
  await app.getByText('English', { exact: true }).click();
  await expect(app.getByTestId('checks-summary')).toContainText('The checks find nothing to fix');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'role-editor-en.png') });

  // the competency dictionary, and who uses an entry before it is changed
  await app.getByText('Competency dictionary', { exact: true }).click();
  await expect(app.getByRole('row')).not.toHaveCount(1);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'competencies-en.png') });
  await app.getByRole('cell', { name: '沟通协调能力' }).click();
  await app
    .getByLabel('Name (English)', { exact: true })
    .fill('Communication and coordination (edited)');
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('dialog').last()).toContainText(/required by \d+ role/);
  await expect(app.getByRole('list', { name: 'Roles using it' })).toContainText('行政专员');
  await app.getByRole('button', { name: 'Save for all' }).click();
  await expect(
    app.getByRole('cell', { name: 'Communication and coordination (edited)' }),
  ).toBeVisible();

  await app.getByText('Description checks report', { exact: true }).click();
  await expect(app.getByTestId('report-role')).toHaveCount(2);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'checks-report-en.png') });
});

test('the insurer’s policy issuing, as-is, in both languages', async ({ app }) => {
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /保单签发（现状）/ }).click();
  await expect(app.locator('.react-flow__node-lane')).toHaveCount(5);
  await expect(app.locator('.react-flow__node-step').first()).toBeVisible();
  // Fit the map (lanes fill the height), then zoom in a little.
  await app.getByRole('button', { name: '适应画面' }).click();
  for (let i = 0; i < 2; i += 1) await app.getByRole('button', { name: '放大' }).click();
  // Let the zoom animation finish before the picture is taken.
  await app.waitForTimeout(600);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'process-insurer-zh-CN.png') });
  await app.getByText('English', { exact: true }).click();
  await expect(app.getByRole('button', { name: 'Auto-layout' })).toBeVisible();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'process-insurer-en.png') });
});
