import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * "Reduce motion" in the operating system (WCAG 2.3.3): a dialog appears in place, without
 * its zoom-in; with the setting off it still zooms. Counted from the `animationstart` events
 * inside the dialog's root, listened for before it opens: an event is dispatched however fast
 * the animation ran, so a busy machine cannot hide one (reading the running animations after
 * the dialog showed found none once the 0.2 s zoom had already ended).
 */
async function openSettingsCountingMotion(app: Page): Promise<() => Promise<number>> {
  await app.evaluate(() => {
    const counted = { starts: 0 };
    Object.assign(window, { __dialogMotion: counted });
    document.addEventListener(
      'animationstart',
      (event) => {
        if (event.target instanceof Element && event.target.closest('.ant-modal-root')) {
          counted.starts += 1;
        }
      },
      true,
    );
  });
  await app.getByRole('button', { name: '文件' }).hover();
  await app.getByText('文档设置…').click();
  await expect(app.locator('.ant-modal')).toBeVisible();
  return () =>
    app.evaluate(
      () => (window as unknown as { __dialogMotion: { starts: number } }).__dialogMotion.starts,
    );
}

test.describe('with reduce motion on', () => {
  test.use({ reducedMotion: 'reduce' });
  test('a dialog opens without zooming in', async ({ app }) => {
    const motion = await openSettingsCountingMotion(app);
    // Two frames after it showed: any animation would have started and announced itself.
    await app.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await motion()).toBe(0);
    const running = await app
      .locator('.ant-modal')
      .evaluate((node) => node.getAnimations({ subtree: true }).length);
    expect(running).toBe(0);
  });
});

test.describe('with reduce motion off', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('a dialog still zooms in', async ({ app }) => {
    const motion = await openSettingsCountingMotion(app);
    await expect.poll(motion).toBeGreaterThan(0);
  });
});
