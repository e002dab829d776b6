import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEAM_DOCUMENTS } from '../fixtures/wordDocuments';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * An HR manager brings a folder of existing Word descriptions in (browser host: the folder
 * is uploaded): three files, one of them not a Word document. The dialog reports each file,
 * shows what it found in the Chinese form (department and manager matched to the sample
 * company) and in the GOV.UK pack, and after confirming the roles are in the library.
 */
test.describe.configure({ timeout: 120_000 });
test.use({ seed: 'sample' });

async function folderOfThree(): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-word-'));
  fs.writeFileSync(path.join(folder, '招聘专员.docx'), await TEAM_DOCUMENTS['招聘专员.docx']());
  fs.writeFileSync(
    path.join(folder, 'policy-adviser.docx'),
    await TEAM_DOCUMENTS['policy-adviser.docx'](),
  );
  fs.writeFileSync(
    path.join(folder, '损坏的文件.docx'),
    Buffer.from('这不是 Word 文件'.repeat(40)),
  );
  return folder;
}

test('import a folder of Word descriptions, one bad: report, preview, confirm', async ({ app }) => {
  const folder = await folderOfThree();
  await app.getByRole('button', { name: '导入 Word…' }).click();
  const dialog = app.getByRole('dialog', { name: '导入 Word 职位说明书' });
  await expect(dialog.getByText(/逐个读取 \.docx/)).toBeVisible();
  await dialog.getByTestId('word-folder-input').setInputFiles(folder);

  // the per-file report: two read, the bad one refused with its reason
  await expect(dialog.getByTestId('word-summary')).toHaveText('已读取 2 · 已拒绝 1 · 已跳过 0');
  const bad = dialog.getByTestId('word-file').filter({ hasText: '损坏的文件.docx' });
  await expect(bad).toContainText('已拒绝');
  await expect(bad).toContainText('文件已损坏或不是 Word 文档');

  // the Chinese form: department and manager matched to the library, fields and duties found
  await dialog.getByRole('button', { name: '招聘专员.docx' }).click();
  await expect(dialog.getByRole('heading', { name: /招聘专员/ })).toBeVisible();
  await expect(dialog.getByLabel('所属部门').locator('..').locator('..')).toContainText(
    '人力资源部 / Human Resources',
  );
  await expect(dialog.getByRole('region', { name: '工作职责（4 项）' })).toContainText(
    '发布招聘信息，筛选简历并安排面试',
  );
  await expect(dialog.getByRole('region', { name: '识别出的字段' })).toContainText('大专及以上');
  await expect(dialog.getByRole('region', { name: /未归入字段的内容（2 项）/ })).toContainText(
    '备案日期',
  );
  await app.screenshot({ path: path.join(SCREENSHOTS, 'word-import-zh.png') });

  // the GOV.UK pack: a new department is proposed, the unknown section is listed unplaced
  await dialog.getByRole('button', { name: 'policy-adviser.docx' }).click();
  await expect(dialog.getByRole('heading', { name: /Policy Adviser/ })).toBeVisible();
  await expect(dialog).toContainText('新建部门"Housing Policy Directorate"');
  await expect(dialog.getByRole('region', { name: /未归入字段的内容/ })).toContainText(
    'Security clearance',
  );

  await dialog.getByRole('button', { name: '导入 2 个岗位' }).click();
  const done = app.getByRole('dialog', { name: '已导入 2 个岗位（草稿）' });
  await expect(done.getByTestId('word-outcome')).toContainText('招聘专员.docx — 已导入');
  await expect(done.getByTestId('word-outcome')).toContainText('policy-adviser.docx — 已导入');
  await done.getByRole('button', { name: '关闭' }).click();

  // the roles are in the library (search finds them), and so is the new department
  const search = app.getByRole('searchbox', { name: /搜索/ });
  await search.fill('Policy Adviser');
  await expect(app.getByRole('listbox').getByText('Policy Adviser')).toBeVisible();
  await expect(app.getByText('Housing Policy Directorate').first()).toBeVisible();
  await search.fill('HR-003');
  await expect(app.getByRole('listbox').getByText('招聘专员')).toBeVisible();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('in English: chosen .docx files, an English description with weighted duties', async ({
  app,
}) => {
  await app.getByText('English', { exact: true }).click();
  await app.getByRole('button', { name: 'Import Word…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Import Word descriptions' });
  await dialog.getByTestId('word-files-input').setInputFiles([
    {
      name: 'finance-officer.docx',
      mimeType: 'application/octet-stream',
      buffer: await TEAM_DOCUMENTS['finance-officer.docx'](),
    },
  ]);
  await expect(dialog.getByTestId('word-summary')).toHaveText('1 read · 0 refused · 0 skipped');
  await expect(dialog.getByRole('heading', { name: /Finance Officer/ })).toBeVisible();
  const duties = dialog.getByRole('region', { name: 'Duties (4)' });
  await expect(duties).toContainText('Process supplier invoices and payments');
  await expect(duties).toContainText('40%');
  await expect(duties).toContainText('Weekly');
  await expect(dialog).toContainText('New department "Finance"');
  await expect(dialog).toContainText(
    'The document says "Finance Manager", which is not a role in the library.',
  );
  await app.screenshot({ path: path.join(SCREENSHOTS, 'word-import-en.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
