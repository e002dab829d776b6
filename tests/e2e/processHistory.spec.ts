import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, pickOption, SCREENSHOTS, test } from './fixtures';

/*
 * A process is revised and approved twice: between the versions one step is renamed, one
 * moves to another lane, one is added and one deleted. Its history opens a version's map
 * read-only and compares the two versions: each change is marked on the map (the deleted step
 * drawn where it was) and listed beside it — in Chinese and in English.
 */

/** Calls a channel of the contract as the page itself does (Electron bridge or browser host). */
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

type Saved = { id: number; editVersion: number };

const lanes = [
  { id: 'clerk', name: '录入员', owner: { kind: 'none' }, size: 160 },
  { id: 'uw', name: '核保员', owner: { kind: 'none' }, size: 160 },
];
const step = (id: string, kind: string, label: string, laneId: string, x: number) => ({
  id,
  kind,
  label,
  laneId,
  x,
  y: laneId === 'clerk' ? 50 : 210,
  width: kind === 'start' || kind === 'end' ? 48 : 140,
  height: kind === 'start' || kind === 'end' ? 48 : 64,
});
const edge = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  label: '',
});

const version1 = {
  lanes,
  nodes: [
    step('start', 'start', '收到投保单', 'clerk', 160),
    step('enter', 'activity', '录入投保信息', 'clerk', 260),
    step('check', 'activity', '审核投保资料', 'clerk', 460),
    step('copy', 'activity', '复印存档', 'clerk', 660),
    step('end', 'end', '出单', 'uw', 860),
  ],
  edges: [
    edge('start', 'enter'),
    edge('enter', 'check'),
    edge('check', 'copy'),
    edge('copy', 'end'),
  ],
};

// renamed: enter; moved to 核保员: check; deleted: copy; added: issue
const version2 = {
  lanes,
  nodes: [
    step('start', 'start', '收到投保单', 'clerk', 160),
    step('enter', 'activity', '录入并核对投保信息', 'clerk', 260),
    step('check', 'activity', '审核投保资料', 'uw', 460),
    step('issue', 'activity', '签发保单', 'uw', 660),
    step('end', 'end', '出单', 'uw', 860),
  ],
  edges: [
    edge('start', 'enter'),
    edge('enter', 'check'),
    edge('check', 'issue'),
    edge('issue', 'end'),
  ],
};

const basics = {
  code: 'UW-01',
  name: '保单签发',
  processClass: 'key',
  ownerRoleId: null,
  departmentId: null,
  purpose: '',
  trigger: '',
  output: '',
  kpis: { cost: '', timeLimit: '', accuracy: '', satisfaction: '' },
};

async function saveAndApprove(
  app: Page,
  id: number,
  expected: number,
  graph: object,
  note: string,
) {
  const saved = await api<Saved>(app, 'process:save', {
    id,
    ...basics,
    graph,
    expectedVersion: expected,
  });
  return api<Saved>(app, 'process:approve', { id, note, expectedVersion: saved.editVersion });
}

test('compare two approved versions of a map: marks on the map and a list of changes', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const created = await api<Saved>(app, 'process:create', { name: '保单签发', departmentId: null });
  const first = await saveAndApprove(app, created.id, created.editVersion, version1, '首次发布');
  await saveAndApprove(app, created.id, first.editVersion, version2, '核保员签发保单');

  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /保单签发/ }).click();
  await expect(app.getByTestId('process-canvas')).toBeVisible({ timeout: 30_000 });
  await app.getByRole('button', { name: '历史版本' }).click();
  const drawer = app.locator('.process-history');
  await expect(drawer.getByText('核保员签发保单')).toBeVisible();

  // version 1, read-only: its own steps, nothing can be dragged or selected
  await pickOption(app, drawer.getByLabel('查看', { exact: true }), '版本 1');
  await drawer.getByRole('button', { name: /^查\s*看$/ }).click();
  const map = drawer.getByRole('region', { name: '该版本的流程图' });
  await expect(map.locator('.react-flow__node-step')).toHaveCount(5);
  // its connectors are drawn as the editor draws them: routed, with arrowheads
  await expect(map.locator('g.connector')).toHaveCount(4);
  await expect(map.locator('g.connector[data-source="check"][data-target="copy"]')).toHaveCount(1);
  await expect(map.locator('.react-flow__node-step', { hasText: '复印存档' })).toBeVisible();
  await expect(map.locator('.react-flow__node.draggable')).toHaveCount(0);
  await expect(map.locator('.react-flow__node.selectable')).toHaveCount(0);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'process-history-version-zh.png') });
  await drawer.getByRole('button', { name: '返回列表' }).click();

  // compare version 1 → version 2
  await pickOption(app, drawer.getByLabel('比较版本', { exact: true }), '版本 1');
  await pickOption(app, drawer.getByLabel('对比版本', { exact: true }), '版本 2');
  await drawer.getByRole('button', { name: /^比\s*较$/ }).click();
  await expect(drawer.getByText('版本 1 → 2')).toBeVisible();
  const marked = (mark: string) => map.locator(`.react-flow__node.diff-${mark}`);
  await expect(marked('added')).toHaveAttribute('data-id', 'issue');
  await expect(marked('renamed')).toHaveAttribute('data-id', 'enter');
  await expect(marked('moved')).toHaveAttribute('data-id', 'check');
  // the deleted step is drawn where it was in version 1, faded
  await expect(marked('removed')).toHaveAttribute('data-id', 'removed:copy');
  await expect(marked('removed')).toContainText('复印存档');
  await expect(map.locator('.react-flow__node-step')).toHaveCount(6);
  const outline = await marked('added').evaluate((n) => getComputedStyle(n).outlineColor);
  expect(outline).toBe('rgb(56, 158, 13)');

  const list = drawer.getByRole('region', { name: '变更' });
  await expect(list.locator('[data-change]')).toHaveCount(4);
  await expect(list.locator('[data-change="renamed"]')).toContainText(
    '“录入投保信息”改名为“录入并核对投保信息”',
  );
  await expect(list.locator('[data-change="moved"]')).toContainText(
    '“审核投保资料”从“录入员”移到“核保员”',
  );
  await expect(list.locator('[data-change="added"]')).toContainText('在“核保员”新增“签发保单”');
  await expect(list.locator('[data-change="removed"]')).toContainText('从“录入员”删除“复印存档”');
  await app.screenshot({ path: path.join(SCREENSHOTS, 'process-history-compare-zh.png') });

  // the same in English
  await drawer.getByRole('button', { name: '返回列表' }).click();
  await app.keyboard.press('Escape');
  await app.getByText('English', { exact: true }).click();
  await app.getByRole('button', { name: 'History' }).click();
  await pickOption(app, drawer.getByLabel('Compare from', { exact: true }), 'Version 1');
  await pickOption(app, drawer.getByLabel('Compare to', { exact: true }), 'Version 2');
  await drawer.getByRole('button', { name: 'Compare' }).click();
  const changes = drawer.getByRole('region', { name: 'Changes' });
  await expect(changes.locator('[data-change="moved"]')).toContainText(
    '“审核投保资料” moved from 录入员 to 核保员',
  );
  await expect(changes.locator('[data-change="removed"]')).toContainText(
    '“复印存档” removed from 录入员',
  );
  await app.screenshot({ path: path.join(SCREENSHOTS, 'process-history-compare-en.png') });
});
