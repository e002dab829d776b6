import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * "Reduce motion" in the operating system (WCAG 2.3.3): a dialog appears in place, without
 * its zoom-in; with the setting off it still zooms. Read from the running animations of the
 * dialog the moment it is visible: antd's zoom lasts 0.2 s, so with motion on it is still
 * running, and with motion off there is none.
 */
async function openSettings(app: Page) {
  await app.getByRole('button', { name: '文件' }).hover();
  await app.getByText('文档设置…').click();
  const dialog = app.locator('.ant-modal');
  await expect(dialog).toBeVisible();
  return dialog.evaluate(
    (node) =>
      node
        .getAnimations({ subtree: true })
        .concat(node.parentElement?.getAnimations({ subtree: true }) ?? []).length,
  );
}

test.describe('with reduce motion on', () => {
  test.use({ reducedMotion: 'reduce' });
  test('a dialog opens without zooming in', async ({ app }) => {
    expect(await openSettings(app)).toBe(0);
  });
});

test.describe('with reduce motion off', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('a dialog still zooms in', async ({ app }) => {
    expect(await openSettings(app)).toBeGreaterThan(0);
  });
});
