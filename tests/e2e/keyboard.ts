import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../../shared/i18n';
import { textOf } from './a11y/axe';
import { expect, SCREENSHOTS, settled } from './fixtures';

/*
 * Keyboard-only walks (issue 13): a script counts pointer events on the window and the specs
 * expect none. `focus()` only puts the keyboard at a starting control, as a user would with
 * Tab; it sends no pointer event.
 */

export type Text = ReturnType<typeof textOf>;

/** Counts what a mouse would send; a keyboard's Enter on a button is a click of detail 0. */
export function countPointerEvents(): void {
  const counted = { events: 0 };
  Object.assign(window, { __pointerEvents: counted });
  for (const type of ['pointerdown', 'mousedown'])
    window.addEventListener(type, () => (counted.events += 1), true);
  window.addEventListener('click', (event) => event.detail > 0 && (counted.events += 1), true);
}

export async function pointerEvents(app: Page): Promise<number> {
  return app.evaluate(
    () => (window as unknown as { __pointerEvents: { events: number } }).__pointerEvents.events,
  );
}

/** The app counting pointer events, in the language of the run, chosen with the keyboard. */
export async function startByKeyboard(app: Page, locale: Locale): Promise<void> {
  await app.addInitScript(countPointerEvents);
  await app.reload();
  const language = app.getByRole('radiogroup', { name: textOf('zh-CN')('app.language') });
  await expect(language).toBeVisible();
  if (locale === 'en') {
    await language.getByRole('radio', { checked: true }).focus();
    await app.keyboard.press('ArrowRight');
    await expect(
      app.getByRole('radiogroup', { name: textOf(locale)('app.language') }),
    ).toBeVisible();
  }
}

export async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

export async function shot(app: Page, name: string, locale: Locale): Promise<void> {
  await app.screenshot({ path: path.join(SCREENSHOTS, `keyboard-${name}-${locale}.png`) });
}

/** Waits for the topmost dialog to be shown and still. */
export async function dialogShown(app: Page): Promise<Locator> {
  const dialog = app.getByRole('dialog').last();
  await expect(dialog).toBeVisible();
  await settled(dialog);
  return dialog;
}

/** Escape closes every dialog, and focus is back on `trigger`. */
export async function escapeBackTo(app: Page, trigger: Locator): Promise<void> {
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await expect(trigger).toBeFocused();
}

/** Opens a dialog with Enter on its button, checks where focus starts, closes it with Escape. */
export async function openAndClose(
  app: Page,
  trigger: Locator,
  focusedFirst?: Locator,
): Promise<void> {
  await press(trigger);
  await dialogShown(app);
  if (focusedFirst) await expect(focusedFirst).toBeFocused();
  await escapeBackTo(app, trigger);
}

/**
 * A menu button: Enter opens it on its first item, ↓ walks to `item`, Enter chooses it. The
 * menu is gone afterwards (nothing left open over the dialog the item may open).
 */
export async function chooseFromMenu(app: Page, trigger: Locator, item: Locator): Promise<void> {
  await press(trigger);
  const menu = app.locator('.ant-dropdown:not(.ant-dropdown-hidden) [role=menu]');
  const items = menu.locator('[role=menuitem]:not([aria-disabled=true])');
  await expect(items.first()).toBeFocused();
  // ↓ as many times as the item is far down, waiting for each step (the menu wraps round).
  const steps = await items.evaluateAll(
    (elements, wanted) => elements.indexOf(wanted as HTMLElement),
    await item.elementHandle(),
  );
  expect(steps).toBeGreaterThanOrEqual(0);
  for (let step = 1; step <= steps; step += 1) {
    await app.keyboard.press('ArrowDown');
    await expect(items.nth(step)).toBeFocused();
  }
  await app.keyboard.press('Enter');
  await expect(app.locator('.ant-dropdown:not(.ant-dropdown-hidden)')).toHaveCount(0);
}

export function fileButton(app: Page, t: Text): Locator {
  return app.getByRole('button', { name: t('app.file'), exact: true });
}

/** The File menu: Enter opens it on its first item, ↓ walks it, Enter chooses. */
export async function fromFileMenu(app: Page, t: Text, item: string): Promise<Locator> {
  const file = fileButton(app, t);
  await chooseFromMenu(app, file, app.getByRole('menuitem', { name: t(item), exact: true }));
  return file;
}

/** The views are a radio group: one Tab stop, the arrows move between its options. */
export async function switchView(app: Page, t: Text, view: string): Promise<void> {
  const views = app.getByRole('radiogroup', { name: t('views.navigation') });
  const option = views.getByRole('radio', { name: t(`views.${view}`) });
  await views.getByRole('radio', { checked: true }).focus();
  // At most one press fewer than there are views (工作检查 made six).
  const count = await views.getByRole('radio').count();
  for (let step = 0; step < count - 1 && !(await option.isChecked()); step += 1)
    await app.keyboard.press('ArrowRight');
  await expect(option).toBeChecked();
}
