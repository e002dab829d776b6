import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  _electron as electron,
  test as base,
  expect,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

type RoleFlow = {
  /** The RoleFlow window (Electron) or tab (browser host), showing a fresh library. */
  app: Page;
  /** Library file to open instead of a fresh one (set with test.use). */
  libraryFile: string | null;
  /** What a fresh library starts with: the starter dictionary, or the sample company. */
  seed: 'starter' | 'sample';
};

/** Starts the browser host on a free port and resolves with the URL it prints. */
function startBrowserHost(
  libraryFile: string,
  seed: RoleFlow['seed'],
): Promise<{ url: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/host/cli.cjs'), libraryFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ROLEFLOW_SEED: seed },
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], process: child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser host exited (${code}): ${output}`)));
  });
}

/** Playwright's own failure screenshot shows its `page`, not ours; take one of the app. */
async function keepFailureScreenshot(page: Page, testInfo: TestInfo): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return;
  const file = testInfo.outputPath('app-at-failure.png');
  await page.screenshot({ path: file }).catch(() => undefined);
  await testInfo
    .attach('app at failure', { path: file, contentType: 'image/png' })
    .catch(() => undefined);
}

export const test = base.extend<RoleFlow>({
  libraryFile: [null, { option: true }],
  seed: ['starter', { option: true }],
  // Built on `playwright`, not `page`, so an Electron run never needs a Chromium build.
  app: async (
    { playwright, libraryFile, seed, viewport, deviceScaleFactor, locale, reducedMotion },
    use,
    testInfo,
  ) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-e2e-'));
    const file = libraryFile ?? path.join(folder, 'library.sqlite');
    if (process.env.ROLEFLOW_E2E_TARGET === 'electron') {
      const app = await electron.launch({
        args: [ROOT],
        env: {
          ...process.env,
          ROLEFLOW_USER_DATA: folder,
          ROLEFLOW_SEED: seed,
          LANG: 'zh_CN.UTF-8',
        },
      });
      const window = await app.firstWindow();
      await window.emulateMedia({ reducedMotion: reducedMotion ?? null });
      await use(window);
      await keepFailureScreenshot(window, testInfo);
      await app.close();
    } else {
      const host = await startBrowserHost(file, seed);
      const { launchOptions } = testInfo.project.use;
      const browser = await playwright.chromium.launch(launchOptions);
      // Viewport, scale, locale and motion as the spec sets them (test.use), else the project's.
      const page = await browser.newPage({ locale, viewport, deviceScaleFactor, reducedMotion });
      // An uncaught error in the renderer fails the test, even if the screen looked right.
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(host.url);
      await use(page);
      expect(errors, 'uncaught errors in the renderer').toEqual([]);
      await keepFailureScreenshot(page, testInfo);
      await browser.close();
      host.process.kill('SIGTERM');
    }
    fs.rmSync(folder, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/**
 * Picks an option of an antd select. antd keeps a closed list in the page while it fades out,
 * and a second list opened meanwhile holds the same titles: the next list is opened only once
 * every other is gone, so the option clicked is the one of this select. A searchable select
 * is searched first, as a user would: its list is virtual and renders only the options in
 * view, so an option further down (the sample library has many roles) is not in the page.
 */
export async function pickOption(page: Page, select: Locator, option: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(open).toHaveCount(0);
  await select.click();
  await expect(open).toHaveCount(1);
  const searchable = await select.evaluate(
    (element) => element instanceof HTMLInputElement && !element.readOnly,
  );
  if (searchable) await select.pressSequentially(option);
  await open.getByTitle(option, { exact: true }).click();
  await expect(open).toHaveCount(0);
}

/**
 * Waits until the element and everything in it has stopped animating. A dialog's zoom-in
 * moves its fields for ~0.3 s; a radio clicked in that window can miss (the click lands
 * where the input was), and Playwright's check() then fails without retrying.
 */
export async function settled(element: Locator): Promise<void> {
  await element.evaluate((node) =>
    Promise.all(
      node
        .getAnimations({ subtree: true })
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
