import path from 'node:path';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * The competency dictionary keeps each text in Chinese and in English (issue 11): an entry of
 * the starter dictionary shows a field per language, the interface language's first, and an
 * edit of one language leaves the other as it was.
 */

test('a dictionary entry has its texts per language, the interface language first', async ({
  app,
}) => {
  test.slow();
  await app.getByText('能力素质词典', { exact: true }).click();
  await expect(app.getByRole('cell', { name: '沟通协调能力' })).toBeVisible();
  // the list shows the description in the interface language only
  const row = app.getByRole('row').filter({ hasText: '沟通协调能力' });
  await expect(row).not.toContainText(' / ');
  await app.getByRole('cell', { name: '沟通协调能力' }).click();

  const zhLevel1 = app.getByLabel('1 级行为指标（中文）', { exact: true });
  const enLevel1 = app.getByLabel('1 级行为指标（英文）', { exact: true });
  await expect(zhLevel1).not.toHaveValue('');
  await expect(zhLevel1).not.toHaveValue(/[A-Za-z]{4}/);
  await expect(enLevel1).toHaveValue(/^[^\u4e00-\u9fff]+$/);
  const zhFirst = await app.evaluate(() => {
    const labels = [...document.querySelectorAll('.ant-drawer label')].map((l) => l.textContent);
    return labels.indexOf('中文说明') < labels.indexOf('英文说明');
  });
  expect(zhFirst).toBe(true);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'competency-languages-zh-CN.png') });

  // an edit of the Chinese indicator leaves the English one alone
  const english = await enLevel1.inputValue();
  await zhLevel1.fill('能清楚、简洁地表达自己的意见');
  await app.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(zhLevel1).toBeHidden();
  await app.getByRole('cell', { name: '沟通协调能力' }).click();
  await expect(zhLevel1).toHaveValue('能清楚、简洁地表达自己的意见');
  await expect(enLevel1).toHaveValue(english);

  // in English, the English fields come first
  await app.keyboard.press('Escape');
  await expect(zhLevel1).toBeHidden();
  await app.getByText('English', { exact: true }).click();
  await app.getByRole('cell', { name: 'Communication & Coordination' }).click();
  await expect(app.getByLabel('Level 1 behavioural indicator (English)')).toHaveValue(english);
  const enFirst = await app.evaluate(() => {
    const labels = [...document.querySelectorAll('.ant-drawer label')].map((l) => l.textContent);
    return labels.indexOf('Description (English)') < labels.indexOf('Description (Chinese)');
  });
  expect(enFirst).toBe(true);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'competency-languages-en.png') });
});
