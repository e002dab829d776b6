import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../../shared/i18n';
import { textOf } from './a11y/axe';
import { expect, SCREENSHOTS, settled, test } from './fixtures';

/*
 * The HR tasks with the keyboard alone (issue 13), in both languages: a new role with two
 * weighted duties, saved; every menu and dialog of the library screens opened and closed with
 * focus back on what opened it; the language switched. A script counts pointer events on the
 * window and the test expects none. `focus()` only puts the keyboard at a starting control,
 * as a user would with Tab; it sends no pointer event.
 */
test.use({ seed: 'sample' });
test.setTimeout(300_000);

type Text = ReturnType<typeof textOf>;

/** Counts what a mouse would send; a keyboard's Enter on a button is a click of detail 0. */
function countPointerEvents(): void {
  const counted = { events: 0 };
  Object.assign(window, { __pointerEvents: counted });
  for (const type of ['pointerdown', 'mousedown'])
    window.addEventListener(type, () => (counted.events += 1), true);
  window.addEventListener('click', (event) => event.detail > 0 && (counted.events += 1), true);
}

async function pointerEvents(app: Page): Promise<number> {
  return app.evaluate(
    () => (window as unknown as { __pointerEvents: { events: number } }).__pointerEvents.events,
  );
}

async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

async function shot(app: Page, name: string, locale: Locale): Promise<void> {
  await app.screenshot({ path: path.join(SCREENSHOTS, `keyboard-${name}-${locale}.png`) });
}

/** Opens a dialog with Enter on its button, checks where focus starts, closes it with Escape. */
async function openAndClose(app: Page, trigger: Locator, focusedFirst?: Locator): Promise<void> {
  await press(trigger);
  const dialog = app.getByRole('dialog').last();
  await expect(dialog).toBeVisible();
  await settled(dialog);
  if (focusedFirst) await expect(focusedFirst).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await expect(trigger).toBeFocused();
}

/** The File menu: Enter opens it on its first item, ↓ walks it, Enter chooses. */
async function fromFileMenu(app: Page, t: Text, item: string): Promise<Locator> {
  const file = app.getByRole('button', { name: t('app.file'), exact: true });
  await press(file);
  await expect(app.getByRole('menuitem', { name: t('app.newLibrary'), exact: true })).toBeFocused();
  const wanted = app.getByRole('menuitem', { name: t(item), exact: true });
  for (let step = 0; step < 8; step += 1) {
    if (await wanted.evaluate((element) => element === document.activeElement)) break;
    await app.keyboard.press('ArrowDown');
  }
  await expect(wanted).toBeFocused();
  await app.keyboard.press('Enter');
  return file;
}

async function switchView(app: Page, t: Text, view: string): Promise<void> {
  const views = app.getByRole('radiogroup', { name: t('views.navigation') });
  const option = views.getByRole('radio', { name: t(`views.${view}`) });
  // A radio group is one Tab stop; the arrows move between its options.
  await views.getByRole('radio', { checked: true }).focus();
  for (let step = 0; step < 5 && !(await option.isChecked()); step += 1)
    await app.keyboard.press('ArrowRight');
  await expect(option).toBeChecked();
}

for (const locale of ['zh-CN', 'en'] as const satisfies readonly Locale[]) {
  test(`the HR tasks with the keyboard alone, in ${locale}`, async ({ app }) => {
    await app.addInitScript(countPointerEvents);
    await app.reload();
    const t = textOf(locale);

    // given the sample library, in the language of this run, chosen with the keyboard
    const language = app.getByRole('radiogroup', { name: textOf('zh-CN')('app.language') });
    await expect(language).toBeVisible();
    if (locale === 'en') {
      await language.getByRole('radio', { checked: true }).focus();
      await app.keyboard.press('ArrowRight');
      await expect(app.getByRole('radiogroup', { name: t('app.language') })).toBeVisible();
    }

    // the File menu opens from the keyboard, and its trigger is named by its text alone
    const file = app.getByRole('button', { name: t('app.file'), exact: true });
    await press(file, 'ArrowDown');
    await expect(
      app.getByRole('menuitem', { name: t('app.newLibrary'), exact: true }),
    ).toBeFocused();
    await app.keyboard.press('ArrowDown');
    await expect(
      app.getByRole('menuitem', { name: t('app.openLibrary'), exact: true }),
    ).toBeFocused();
    await shot(app, 'file-menu', locale);
    await app.keyboard.press('Escape');
    await expect(app.getByRole('menu')).toHaveCount(0);
    await expect(file).toBeFocused();
    await shot(app, 'button', locale);

    // its dialogs return focus to it
    for (const item of ['documentSettings.menu', 'analysis.inputs.settings.menu']) {
      await fromFileMenu(app, t, item);
      const dialog = app.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await settled(dialog);
      await app.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(file).toBeFocused();
    }

    // when I create a role with two weighted duties and save it
    await press(app.getByRole('button', { name: t('roles.add') }));
    const title = app.getByLabel(/^(岗位名称|Job title)$/);
    await expect(title).toHaveValue(t('roles.newTitle'));
    await title.focus();
    await app.keyboard.press('ControlOrMeta+a');
    await app.keyboard.type(locale === 'en' ? 'Payroll Officer' : '薪酬专员');
    await shot(app, 'field', locale);
    const duties = [
      [locale === 'en' ? 'Calculate the monthly payroll' : '核算每月工资', '60'],
      [locale === 'en' ? 'Check the social insurance filings' : '审核社保申报', '40'],
    ] as const;
    for (const [index, [text, weight]] of duties.entries()) {
      await press(app.getByRole('button', { name: t('editor.addDuty') }));
      const duty = app.getByLabel(t('editor.dutyLabel', { n: index + 1 }), { exact: true });
      await duty.focus();
      await app.keyboard.type(text);
      await app.keyboard.press('Tab');
      await app.keyboard.type(weight);
    }
    await app.keyboard.press('ControlOrMeta+s');

    // then it is saved, and listed under its new name
    await expect(app.getByText(t('editor.saved'))).toBeVisible();
    await expect(
      app.getByRole('option', { name: locale === 'en' ? 'Payroll Officer' : '薪酬专员' }),
    ).toBeVisible();

    // the role's dialogs: approve starts on its note; both give focus back to their button
    await openAndClose(
      app,
      app.getByRole('button', { name: t('approve.action') }),
      app.getByLabel(t('approve.note')),
    );
    await openAndClose(app, app.getByRole('button', { name: t('history.open') }));

    // the new department dialog starts on its field and gives focus back
    await openAndClose(
      app,
      app.getByRole('button', { name: t('departments.add') }),
      app.getByRole('textbox', { name: t('departments.namePlaceholder') }),
    );

    // a clear button shows where focus is
    const search = app.getByRole('searchbox', { name: t('roles.search') });
    await search.focus();
    await app.keyboard.type(locale === 'en' ? 'Payroll' : '薪酬');
    await app.keyboard.press('Tab');
    await expect(app.locator('.ant-input-clear-icon')).toBeFocused();
    await shot(app, 'clear-button', locale);

    // the competency dictionary: a row is a Tab stop, Enter opens it, Escape comes back to it
    await switchView(app, t, 'competencies');
    const firstRow = app.locator('.ant-table-tbody tr[tabindex]').first();
    await app.getByRole('button', { name: t('dictionary.add') }).focus();
    for (let step = 0; step < 4; step += 1) {
      if (await firstRow.evaluate((row) => row === document.activeElement)) break;
      await app.keyboard.press('Tab');
    }
    await expect(firstRow).toBeFocused();
    await app.keyboard.press('ArrowDown');
    const secondRow = app.locator('.ant-table-tbody tr[tabindex]').nth(1);
    await expect(secondRow).toBeFocused();
    await shot(app, 'table-row', locale);
    await app.keyboard.press('Enter');
    const drawer = app.getByRole('dialog');
    await expect(drawer).toBeVisible();
    await settled(drawer);
    await app.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
    await expect(secondRow).toBeFocused();
    await openAndClose(app, app.getByRole('button', { name: t('dictionary.add') }));

    expect(await pointerEvents(app)).toBe(0);
  });
}
