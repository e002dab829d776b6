import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * A consultant imports a BPMN file made in another tool: the dialog shows what the file holds
 * and its problems (with their lines), asks who each lane is — the lane named like a role of
 * the library is proposed as that role, nothing is created unless chosen — and after the
 * import the problems are still on screen. A picture picked by mistake is "not a BPMN file".
 */
// Each test seeds a library, starts the host and loads the app; on the shared two-core CI
// machine under load that alone took 20–30 s of the default 45 s (traces: the first click 17 s).
test.describe.configure({ timeout: 120_000 });

const RECRUITING = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
  <process id="p" name="招聘流程">
    <laneSet id="ls">
      <lane id="l1" name="人力资源经理"><flowNodeRef>s</flowNodeRef><flowNodeRef>t1</flowNodeRef></lane>
      <lane id="l2" name="外部顾问"><flowNodeRef>t2</flowNodeRef><flowNodeRef>e</flowNodeRef></lane>
    </laneSet>
    <startEvent id="s"/>
    <task id="t1" name="发布职位" bogus="1"/>
    <task id="t2" name="筛选简历"/>
    <boundaryEvent id="b" attachedToRef="t2"><timerEventDefinition/></boundaryEvent>
    <endEvent id="e"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="t1"/>
    <sequenceFlow id="f2" sourceRef="t1" targetRef="t2"/>
    <sequenceFlow id="f3" sourceRef="t2" targetRef="e"/>
  </process>
</definitions>
`;

async function pick(app: Page, name: string, buffer: Buffer): Promise<void> {
  await app.getByText('工作流程', { exact: true }).click();
  await app.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/xml', buffer });
}

test.describe('with the sample company (its roles are proposed for lanes)', () => {
  test.use({ seed: 'sample' });

  test('import a BPMN file: match its lanes, confirm, and read its problems', async ({ app }) => {
    await pick(app, '招聘.bpmn', Buffer.from(RECRUITING, 'utf8'));
    const dialog = app.getByRole('dialog', { name: '导入 BPMN — 招聘.bpmn' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('招聘.bpmn 包含 1 个流程：')).toBeVisible();

    // the lane-matching step: a lane named like a role is proposed as that role …
    const hr = app.getByLabel('对应: 人力资源经理');
    await expect(dialog.locator('.ant-select', { has: hr })).toContainText('人力资源经理');
    // … and an unknown lane stays a named lane unless I choose to create a role for it
    const consultant = dialog.locator('.ant-select', { has: app.getByLabel('对应: 外部顾问') });
    await expect(consultant).toContainText('仅保留泳道名称');
    await consultant.click();
    await app.locator('.ant-select-dropdown:visible').getByText('新建岗位“外部顾问”').click();
    await expect(consultant).toContainText('新建岗位“外部顾问”');

    // the problems are listed, each with its line where the file has one
    const problems = dialog.getByRole('list', { name: /关于此文件的说明/ });
    await expect(problems.getByText('第 9 行')).toBeVisible();
    await expect(problems).toContainText('属性 bogus 不属于 BPMN 2.0');
    await expect(problems).toContainText('RoleFlow 不显示 1 个边界事件');
    await app.screenshot({ path: path.join(SCREENSHOTS, 'bpmn-import-zh-CN.png') });

    // (antd spaces two-character Chinese button labels: "导 入")
    await dialog.getByRole('button', { name: /^导 ?入$/ }).click();

    // the result keeps the problems on screen until I close it
    const done = app.getByRole('dialog', { name: '已导入 1 个流程' });
    await expect(done).toBeVisible();
    await expect(done.getByRole('list', { name: /关于此文件的说明/ })).toContainText('第 9 行');
    await done
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /^关 ?闭$/ })
      .click();
    await expect(done).toBeHidden();
    await expect(app.getByRole('option', { name: '招聘流程' })).toBeVisible();
    await expect(app.getByTestId('process-canvas')).toBeVisible();
  });
});

test('the import dialog speaks English in the English interface', async ({ app }) => {
  await app.getByText('English', { exact: true }).click();
  await app.getByText('Processes', { exact: true }).click();
  await app.locator('input[type=file]').setInputFiles({
    name: 'recruiting.bpmn',
    mimeType: 'text/xml',
    buffer: Buffer.from(RECRUITING),
  });
  const dialog = app.getByRole('dialog', { name: 'Import BPMN — recruiting.bpmn' });
  await expect(dialog.getByText('Lanes: who is each lane?')).toBeVisible();
  await expect(dialog.getByText('Line 9')).toBeVisible();
  await expect(dialog).toContainText('The attribute bogus is not part of BPMN 2.0');
  await expect(dialog).toContainText('RoleFlow does not show 1 boundary event');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'bpmn-import-en.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a picture picked as BPMN is "not a BPMN file", shown in the dialog', async ({ app }) => {
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ff' +
      'ff3f0005fe02fea7d6a4b30000000049454e44ae426082',
    'hex',
  );
  await pick(app, '组织架构图.png', png);
  const dialog = app.getByRole('dialog', { name: '导入 BPMN — 组织架构图.png' });
  await expect(dialog.getByText('无法导入此文件')).toBeVisible();
  await expect(dialog).toContainText('这不是 BPMN 文件');
  await expect(dialog).not.toContainText('编码');
  await dialog
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /^关 ?闭$/ })
    .click();
  await expect(dialog).toBeHidden();
});
