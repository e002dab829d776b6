import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, pickOption, SCREENSHOTS, test } from './fixtures';

/*
 * The mining company's case (DOMAIN.md), as an HR specialist: the technical department's
 * duties move into a new technical centre. Set up through the API (技术部 with two roles and
 * their duties, 技术中心 with a role, all approved), then in the 职责调整 tab: move the duties,
 * read the preview, apply, and find the revision note where approval starts — both languages.
 */

async function api<T>(app: Page, channel: string, payload: unknown): Promise<T> {
  const result = await app.evaluate(
    async ({ channel, payload }) => {
      const bridge = (window as { roleflow?: { invoke: (c: string, p: unknown) => unknown } })
        .roleflow;
      if (bridge) return bridge.invoke(channel, payload);
      const token = document
        .querySelector('meta[name="roleflow-host-token"]')
        ?.getAttribute('content');
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-RoleFlow-Token': token ?? '' },
        body: JSON.stringify(payload),
      });
      return response.json();
    },
    { channel, payload },
  );
  const answer = result as { ok: boolean; data?: T; error?: unknown };
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

type Role = { id: number; editVersion: number; title: string } & Record<string, unknown>;

const duty = (text: string) => ({
  text,
  category: 'execute',
  weight: null,
  frequency: 'monthly',
  standard: '',
  kpi: '',
  source: 'typed',
});

async function approvedRole(app: Page, departmentId: number, title: string, duties: string[]) {
  const role = await api<Role>(app, 'role:create', { departmentId, title });
  const { id, code, reportsToId, headcount, grade, purpose, template, details, competencies } =
    role;
  const saved = await api<Role>(app, 'role:save', {
    ...{ id, title, code, departmentId, reportsToId, headcount, grade, purpose, template },
    ...{ details, competencies, duties: duties.map(duty), expectedVersion: role.editVersion },
  });
  await api(app, 'role:approve', {
    id,
    note: '初版',
    approver: '王芳',
    expectedVersion: saved.editVersion,
  });
}

async function setUp(app: Page) {
  await expect(app.getByRole('searchbox')).toBeVisible();
  const tech = await api<{ id: number }>(app, 'department:create', {
    name: '技术部',
    parentId: null,
  });
  const centre = await api<{ id: number }>(app, 'department:create', {
    name: '技术中心',
    parentId: null,
  });
  await approvedRole(app, tech.id, '技术员', ['负责编制技术改造方案', '负责设备技术档案管理']);
  await approvedRole(app, tech.id, '工艺工程师', ['负责编制采矿工艺规程']);
  await approvedRole(app, centre.id, '技术中心主任', ['统筹技术中心工作']);
  await app.reload();
}

test('move the technical department’s duties into the new technical centre', async ({ app }) => {
  test.slow();
  await setUp(app);
  await app.getByText('组织与定编', { exact: true }).click();
  await app.getByRole('tab', { name: '职责调整' }).click();
  await pickOption(app, app.getByLabel('调整类型'), '移交职责');
  await pickOption(app, app.getByLabel('移出岗位'), '技术员（技术部）');
  await app.getByRole('checkbox', { name: '负责编制技术改造方案' }).check();
  await app.getByRole('checkbox', { name: '负责设备技术档案管理' }).check();
  await pickOption(app, app.getByLabel('接收岗位'), '技术中心主任（技术中心）');
  await app.getByRole('button', { name: '预览影响' }).click();

  const preview = app.getByTestId('impact-preview');
  await expect(preview).toContainText('2 份说明书');
  await expect(preview).toContainText('移出职责“负责编制技术改造方案”（移至技术中心主任）');
  await expect(preview).toContainText('接收职责“负责设备技术档案管理”（来自技术员）');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'responsibility-changes-zh-CN.png') });

  await app.getByText('English', { exact: true }).click();
  await expect(preview).toContainText('Loses duty “负责编制技术改造方案” to 技术中心主任');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'responsibility-changes-en.png') });
  await app.getByText('简体中文', { exact: true }).click();

  await app.getByRole('button', { name: '应 用' }).click();
  await app.getByRole('dialog').getByRole('button', { name: '应 用' }).click();
  const note = '职责调整：技术员的职责移至技术中心主任（2 项职责）';
  await expect(app.getByText(`已应用。修订说明：${note}`)).toBeVisible();
  await app.screenshot({
    path: path.join(SCREENSHOTS, 'responsibility-changes-applied-zh-CN.png'),
  });

  // The receiving role is a draft now; its approval starts from the note.
  await app.getByRole('button', { name: '技术中心主任' }).click();
  await expect(app.getByLabel('岗位名称', { exact: true })).toHaveValue('技术中心主任');
  await app.getByRole('button', { name: '批准' }).click();
  await expect(app.getByRole('dialog').getByLabel('修订说明：改了什么，为什么改')).toHaveValue(
    note,
  );
  await app.screenshot({
    path: path.join(SCREENSHOTS, 'responsibility-changes-approve-zh-CN.png'),
  });

  await app.getByRole('dialog').getByRole('button', { name: '取 消' }).click();

  // The editor's menu opens the same panel, prefilled with the role.
  await app.getByRole('button', { name: '调整职责…' }).hover();
  await app.getByRole('menuitem', { name: '更名…' }).click();
  const panel = app.getByRole('dialog');
  await expect(panel).toContainText('岗位更名');
  await expect(panel).toContainText('技术中心主任（技术中心）');
  await panel.getByLabel('新名称').fill('技术中心总工程师');
  await panel.getByRole('button', { name: '预览影响' }).click();
  await expect(panel.getByTestId('impact-preview')).toContainText(
    '名称“技术中心主任”→“技术中心总工程师”',
  );
  await app.screenshot({ path: path.join(SCREENSHOTS, 'responsibility-changes-menu-zh-CN.png') });
});
