import type { Locale } from '../../shared/i18n';
import { textOf } from './a11y/axe';
import { spaced } from './a11y/walk';
import { expect, test } from './fixtures';
import {
  chooseFromMenu,
  dialogShown,
  escapeBackTo,
  fromFileMenu,
  openAndClose,
  pointerEvents,
  press,
  shot,
  startByKeyboard,
  switchView,
} from './keyboard';

/*
 * Every dialog and menu not walked by keyboardTasks, opened and closed with the keyboard alone
 * (issue 13): focus comes back to what opened it, a menu is gone once an item is chosen, and
 * deleting a department leaves focus in the tree, on its parent. The process list walks by
 * arrow keys. No pointer event anywhere; a last test checks that a menu opened by hovering
 * closes when its item opens a dialog.
 */
test.use({ seed: 'sample' });
test.setTimeout(240_000);

const INSURER_MAP = /保单签发（现状）|Policy issuing \(as-is\)/;

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="p" name="Onboarding">
    <startEvent id="s"/><task id="t" name="Sign the contract"/><endEvent id="e"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
    <sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
  </process>
</definitions>
`;

for (const locale of ['zh-CN', 'en'] as const satisfies readonly Locale[]) {
  test(`library dialogs and menus give focus back, keyboard only, in ${locale}`, async ({
    app,
  }) => {
    const t = textOf(locale);
    await startByKeyboard(app, locale);

    // the department handbook and Import Word… give focus back to their buttons
    await openAndClose(app, app.getByRole('button', { name: t('export.handbook') }));
    await openAndClose(app, app.getByRole('button', { name: t('wordImport.dialog.open') }));

    // 文档设置 closed by Escape gives focus back to the File menu
    const file = await fromFileMenu(app, t, 'documentSettings.menu');
    await dialogShown(app);
    await escapeBackTo(app, file);

    // a role opened from the list; its 调整职责… menu, and the dialog of an item, give focus back
    const roles = app.getByRole('listbox', { name: t('roles.list') });
    await press(roles.locator('[role=option][tabindex="0"]'));
    const change = app.getByRole('button', { name: t('alignment.changes.menu.open') });
    await expect(change).toBeEnabled();
    await press(change, 'ArrowDown');
    await app.keyboard.press('Escape');
    await expect(change).toBeFocused();
    await chooseFromMenu(
      app,
      change,
      app.getByRole('menuitem', { name: t('alignment.changes.menu.move') }),
    );
    await dialogShown(app);
    await escapeBackTo(app, change);

    // given a new department below the first one, chosen in the tree with the keyboard
    const tree = app.getByRole('tree', { name: t('departments.tree') });
    await tree.focus();
    await app.keyboard.press('ArrowDown');
    await app.keyboard.press('Enter');
    const parent = tree.getByRole('treeitem', { selected: true });
    const parentName = await parent.innerText();
    await press(app.getByRole('button', { name: t('departments.addChild') }));
    await dialogShown(app);
    await expect(
      app.getByRole('textbox', { name: t('departments.namePlaceholder') }),
    ).toBeFocused();
    await app.keyboard.type(locale === 'en' ? 'Temporary team' : '临时小组');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('dialog')).toHaveCount(0);
    await expect(tree.getByRole('treeitem', { selected: true })).toHaveText(/临时小组|Temporary/);

    // when I delete it, then focus is in the tree, on the department it was under
    await press(app.getByRole('button', { name: t('departments.delete'), exact: true }));
    const dialog = await dialogShown(app);
    await press(dialog.getByRole('button', { name: spaced(t('common.delete')) }));
    await expect(app.getByRole('dialog')).toHaveCount(0);
    await expect(tree).toBeFocused();
    await expect(tree.getByRole('treeitem', { selected: true })).toHaveText(parentName);
    await expect(tree.getByText(/临时小组|Temporary team/)).toHaveCount(0);
    await shot(app, 'tree-after-delete', locale);

    expect(await pointerEvents(app)).toBe(0);
  });

  test(`process dialogs and menus give focus back, keyboard only, in ${locale}`, async ({
    app,
  }) => {
    const t = textOf(locale);
    await startByKeyboard(app, locale);
    await switchView(app, t, 'processes');

    // the process list is one Tab stop; ↑ ↓ Home End move between processes
    const list = app.getByRole('listbox', { name: t('views.processes') });
    const options = list.getByRole('option');
    await expect(list.locator('[role=option][tabindex="0"]')).toHaveCount(1);
    await list.locator('[role=option][tabindex="0"]').focus();
    await app.keyboard.press('End');
    await expect(options.last()).toBeFocused();
    await app.keyboard.press('Home');
    await expect(options.first()).toBeFocused();
    const insurer = list.getByRole('option', { name: INSURER_MAP });
    for (let step = 0; step < 30; step += 1) {
      if (await insurer.evaluate((element) => element === document.activeElement)) break;
      await app.keyboard.press('ArrowDown');
    }
    await expect(insurer).toBeFocused();
    await shot(app, 'process-list', locale);

    // BPMN import: the file chooser, then the dialog, then focus back on its button
    const importBpmn = app.getByRole('button', { name: t('processes.importBpmn') });
    const chooser = app.waitForEvent('filechooser');
    await press(importBpmn);
    await (
      await chooser
    ).setFiles({ name: 'onboarding.bpmn', mimeType: 'text/xml', buffer: Buffer.from(BPMN) });
    await dialogShown(app);
    await escapeBackTo(app, importBpmn);

    // the process handbook (流程说明书汇编) builds, then closes with focus on its button
    const handbook = app.getByRole('button', { name: t('processDoc.handbook') });
    await press(handbook);
    // Not `dialogShown`: the progress bar's stripes are an animation that never ends.
    const building = app.getByRole('dialog');
    const footer = building.locator('.ant-modal-footer');
    await expect(footer.getByRole('button', { name: spaced(t('common.close')) })).toBeVisible({
      timeout: 60_000,
    });
    await escapeBackTo(app, handbook);

    // Enter on a process opens its map
    await press(insurer);
    await expect(insurer).toHaveAttribute('aria-selected', 'true');
    await expect(app.locator('.react-flow__node-step').first()).toBeVisible();

    // the Export menu: its picture dialog gives focus back to the menu button
    const exportButton = app.getByRole('button', { name: t('editor2.export'), exact: true });
    await chooseFromMenu(app, exportButton, app.getByRole('menuitem').filter({ hasText: /PDF/ }));
    await dialogShown(app);
    await shot(app, 'picture-export', locale);
    await escapeBackTo(app, exportButton);

    // the Arrange menu, once steps are selected (F6 into the map, Ctrl+A): Escape, then a choice
    await app.keyboard.press('F6');
    await app.keyboard.press('ControlOrMeta+a');
    const arrange = app.getByRole('button', { name: t('editor2.arrange') });
    await expect(arrange).toBeEnabled();
    await press(arrange);
    await expect(app.getByRole('menuitem').first()).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(arrange).toBeFocused();
    await chooseFromMenu(
      app,
      arrange,
      app.getByRole('menuitem', { name: t('editor2.align.left') }),
    );
    await expect(arrange).toBeFocused();

    expect(await pointerEvents(app)).toBe(0);
  });
}

test.describe('with the mouse, and motion on', () => {
  // The menu's fade-out is what a dialog opening over it could interrupt.
  test.use({ reducedMotion: 'no-preference' });

  test('a menu opened by hovering closes when its item opens a dialog', async ({ app }) => {
    const t = textOf('zh-CN');
    const openMenus = app.locator('.ant-dropdown:not(.ant-dropdown-hidden)');
    const chosen = async (trigger: string, item: RegExp | string) => {
      await app.getByRole('button', { name: trigger, exact: true }).hover();
      await app.getByRole('menuitem').filter({ hasText: item }).click();
      await dialogShown(app);
      await expect(openMenus).toHaveCount(0);
      await app.keyboard.press('Escape');
      await expect(app.getByRole('dialog')).toHaveCount(0);
      await expect(openMenus).toHaveCount(0);
    };
    await chosen(t('app.file'), t('documentSettings.menu'));
    await app.getByRole('option').first().click();
    await chosen(t('alignment.changes.menu.open'), t('alignment.changes.menu.move'));
    await app.getByText(t('views.processes'), { exact: true }).click();
    await app.getByRole('option', { name: INSURER_MAP }).click();
    await chosen(t('editor2.export'), /PDF/);
  });
});
