import type { Page } from '@playwright/test';
import { expect, settled } from '../fixtures';
import type { textOf } from './axe';

/** The app's own messages in the language of the walk: one test body for both languages. */
export type Text = ReturnType<typeof textOf>;

/**
 * One screen or dialog of the audit. `open` brings it up from where the screen before left the
 * app; `within` audits only that part (a dialog, drawer or menu over a page that was audited
 * as its own screen — the page behind would only repeat that screen's findings).
 */
export type Screen = {
  name: string;
  open: (app: Page, t: Text) => Promise<void>;
  within?: string;
  /** Kept as test-results/screenshots/a11y-<shot>-<locale>.png, to look at the colours. */
  shot?: string;
};

/** What axe is pointed at when a screen is a dialog, a drawer or an open menu. */
export const OPEN_DIALOG = '.ant-modal-wrap:not([style*="display: none"]) .ant-modal';
export const OPEN_DRAWER = '.ant-drawer-open .ant-drawer-section';
export const OPEN_MENU = '.ant-dropdown:not(.ant-dropdown-hidden)';

export async function view(app: Page, t: Text, key: string): Promise<void> {
  await app.getByText(t(`views.${key}`), { exact: true }).click();
}

export async function dialogOpened(app: Page): Promise<void> {
  const dialog = app.getByRole('dialog').last();
  await expect(dialog).toBeVisible();
  await settled(dialog);
}

/**
 * Escape closes the dialog; focus then goes back to its trigger, whose tooltip would cover the
 * next control clicked, so the focus is let go as well.
 */
export async function closeDialog(app: Page): Promise<void> {
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await app.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

export function fileButton(app: Page, t: Text) {
  return app.getByRole('button', { name: new RegExp(`^${t('app.file')}( down)?$`) });
}

export async function fileMenu(app: Page, t: Text, item: string): Promise<void> {
  await fileButton(app, t).hover();
  await app.getByRole('menuitem', { name: t(item) }).click();
}

/** A button's text as antd shows it: two Chinese characters get a space between them. */
export function spaced(text: string): RegExp {
  const escaped = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('\\s*')}$`);
}
