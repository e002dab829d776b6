import type { Locale } from '../../shared/i18n';
import { textOf } from './a11y/axe';
import { expect, settled, test } from './fixtures';
import {
  fileButton,
  fromFileMenu,
  openAndClose,
  pointerEvents,
  press,
  shot,
  startByKeyboard,
  switchView,
} from './keyboard';

/*
 * The HR tasks with the keyboard alone (issue 13), in both languages: a new role with two
 * weighted duties, saved; every menu and dialog of the library screens opened and closed with
 * focus back on what opened it; the language switched. A script counts pointer events on the
 * window and the test expects none. `focus()` only puts the keyboard at a starting control,
 * as a user would with Tab; it sends no pointer event.
 */
test.use({ seed: 'sample' });
test.setTimeout(300_000);

for (const locale of ['zh-CN', 'en'] as const satisfies readonly Locale[]) {
  test(`the HR tasks with the keyboard alone, in ${locale}`, async ({ app }) => {
    const t = textOf(locale);
    // given the sample library, in the language of this run, chosen with the keyboard
    await startByKeyboard(app, locale);

    // the File menu opens from the keyboard, and its trigger is named by its text alone
    const file = fileButton(app, t);
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

    // the role list is one Tab stop, on the open role; ↑ ↓ Home End move, Enter opens
    const roles = app.getByRole('listbox', { name: t('roles.list') });
    const options = roles.getByRole('option');
    await expect(roles.locator('[role=option][tabindex="0"]')).toHaveCount(1);
    await roles.getByRole('option', { selected: true }).focus();
    await app.keyboard.press('Home');
    await expect(options.first()).toBeFocused();
    await app.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toBeFocused();
    await app.keyboard.press('End');
    await expect(options.last()).toBeFocused();
    await app.keyboard.press('ArrowUp');
    const beforeLast = options.nth((await options.count()) - 2);
    await expect(beforeLast).toBeFocused();
    await shot(app, 'role-list', locale);
    await app.keyboard.press('Enter');
    await expect(beforeLast).toHaveAttribute('aria-selected', 'true');
    await expect(beforeLast).toHaveAttribute('tabindex', '0');

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
