import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, SCREENSHOTS, test } from './fixtures';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-e2e-bad-'));
const emptyFile = path.join(folder, 'empty.sqlite');
fs.writeFileSync(emptyFile, '');

test.describe('a file that is not a library', () => {
  test.skip(process.env.ROLEFLOW_E2E_TARGET === 'electron', 'the browser host is given the file');
  test.use({ libraryFile: emptyFile });

  test('gets a clear message and stays untouched', async ({ app }) => {
    await expect(app.getByText('无法打开此资料库')).toBeVisible();
    await expect(app.getByRole('alert')).toContainText('该文件不是 RoleFlow 资料库');
    await expect(app.getByRole('alert')).toContainText('empty.sqlite is an empty file');
    await app.screenshot({ path: path.join(SCREENSHOTS, 'library-error-zh-CN.png') });
    expect(fs.statSync(emptyFile).size).toBe(0);
  });
});
