/* eslint-disable no-empty-pattern -- a Playwright fixture names what it needs by destructuring; these need nothing */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createServices } from '../../electron/ipc/handlers';
import { LibrarySession } from '../../electron/library/librarySession';
import { NO_DIALOGS } from '../../electron/services/libraryService';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * A library that cannot be opened or written, as the user meets it in the browser host: the
 * error screen with its ways out, and the read-only banner with its save controls disabled.
 */

test.skip(process.env.ROLEFLOW_E2E_TARGET === 'electron', 'the browser host is given the file');

/** A library with one department and one role, in a fresh folder. */
function libraryWithRole(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-e2e-held-'));
  const file = path.join(folder, 'team.sqlite');
  const session = new LibrarySession();
  session.open(file, { create: true, seed: 'starter' });
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const department = services.departments.create('人力资源部', null);
  services.roles.create(department.id, '招聘主管');
  session.close();
  return file;
}

/** Another program holding the library: all of it, or only the write lock. */
let other: Database.Database | null = null;
function hold(file: string, how: 'exclusive' | 'write'): void {
  other = new Database(file);
  if (how === 'exclusive') other.pragma('locking_mode = EXCLUSIVE');
  other.exec(how === 'exclusive' ? 'BEGIN EXCLUSIVE' : 'BEGIN IMMEDIATE');
}
function release(): void {
  if (!other) return;
  other.exec('ROLLBACK');
  other.close();
  other = null;
}
test.afterEach(release);

test.describe('a file that is not a library', () => {
  test.use({
    libraryFile: async ({}, use) => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-e2e-bad-'));
      const file = path.join(folder, 'empty.sqlite');
      fs.writeFileSync(file, '');
      await use(file);
      expect(fs.statSync(file).size).toBe(0);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  });

  test('gets a clear message in the interface language, and stays untouched', async ({ app }) => {
    const alert = app.getByRole('alert');
    await expect(app.getByText('无法打开此资料库')).toBeVisible();
    await expect(alert).toHaveText(
      'empty.sqlite 不是 RoleFlow 资料库（空文件或其他程序的文件），文件未被改动。',
    );
    // The ways out; quitting belongs to the desktop app, not to a browser tab.
    for (const name of [/^重\s?试$/, '打开资料库…', '新建资料库…']) {
      await expect(app.getByRole('button', { name })).toBeVisible();
    }
    await expect(app.getByRole('button', { name: '退出 RoleFlow' })).toHaveCount(0);
    await app.screenshot({ path: path.join(SCREENSHOTS, 'library-error-zh-CN.png') });

    await app.getByText('English', { exact: true }).click();
    await expect(app.getByText('This library cannot be opened')).toBeVisible();
    await expect(alert).toHaveText(
      'empty.sqlite is not a RoleFlow library (an empty file, or another program\u2019s file). It was left unchanged.',
    );
    await expect(app.getByRole('button', { name: 'Try again' })).toBeVisible();
    await app.screenshot({ path: path.join(SCREENSHOTS, 'library-error-en.png') });
  });
});

test.describe('a library another program holds', () => {
  test.use({
    libraryFile: async ({}, use) => {
      const file = libraryWithRole();
      hold(file, 'exclusive');
      await use(file);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    },
  });

  test('shows the error screen, and Try again opens it once the other program lets go', async ({
    app,
  }) => {
    await expect(app.getByRole('alert')).toContainText('另一个程序正在使用此资料库');
    release();
    await app.getByRole('button', { name: /^重\s?试$/ }).click();
    await expect(app.getByRole('option', { name: /招聘主管/ })).toBeVisible();
    await expect(app.getByTestId('read-only-banner')).toHaveCount(0);
  });
});

test.describe('a library another program is writing to', () => {
  test.use({
    libraryFile: async ({}, use) => {
      const file = libraryWithRole();
      hold(file, 'write');
      await use(file);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    },
  });

  test('opens read-only with a banner, before the user types; saving is disabled', async ({
    app,
  }) => {
    // Three page loads' worth of steps: on a busy machine this outlasts the default timeout.
    test.slow();
    const banner = app.getByTestId('read-only-banner');
    await expect(banner).toContainText('另一个程序正在使用此资料库，因此以只读方式打开');
    await app.getByText('English', { exact: true }).click();
    await expect(banner).toContainText(
      'Another program is using this library, so it was opened read-only',
    );
    await app.screenshot({ path: path.join(SCREENSHOTS, 'library-read-only-en.png') });
    await app.getByText('简体中文', { exact: true }).click();

    await app.getByRole('option', { name: /招聘主管/ }).click();
    await app.getByLabel('岗位名称', { exact: true }).fill('招聘经理');
    await expect(app.getByText('有未保存的修改')).toBeVisible();
    await expect(app.getByRole('button', { name: '保存' })).toBeDisabled();
    await app.screenshot({ path: path.join(SCREENSHOTS, 'library-read-only-zh-CN.png') });

    // The other program lets go: Try again makes it writable, and the banner goes.
    release();
    await banner.getByRole('button', { name: /^重\s?试$/ }).click();
    await expect(banner).toHaveCount(0);
  });
});
