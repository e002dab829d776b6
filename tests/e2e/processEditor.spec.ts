import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, pickOption, SCREENSHOTS, test } from './fixtures';

/*
 * A consultant draws a cross-functional process: three lanes bound to roles of the library,
 * steps dragged from the palette into lanes and connected by their handles, a decision's
 * branches labelled 是 / 否, undo and redo, auto-layout, an activity described in the side
 * panel, saved and still there after a reload — and the role sees its step.
 */
test.use({ seed: 'sample' });
// A long walk through the editor on a machine shared with other work.
test.setTimeout(180_000);

async function dropStep(app: Page, kind: string, lane: Locator, x: number): Promise<void> {
  const box = await lane.boundingBox();
  if (!box) throw new Error('lane not visible');
  await app.getByRole('button', { name: `添加${kind}` }).dragTo(lane, {
    targetPosition: { x, y: box.height / 2 },
  });
}

async function connect(app: Page, from: string, to: string): Promise<void> {
  const source = app.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle-right`);
  const target = app.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle-left`);
  await source.dragTo(target);
}

test('draw, describe, lay out and save a cross-functional process', async ({ app }, testInfo) => {
  // A long walk, with two picture exports, on a loaded machine.
  test.setTimeout(240_000);
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('button', { name: '新建流程' }).click();
  await expect(app.getByTestId('process-canvas')).toBeVisible();
  await app.getByLabel('流程名称', { exact: true }).fill('员工招聘流程');

  // three lanes, each bound to a role of the library
  for (const role of ['人力资源经理', '招聘主管', '总经理']) {
    await app.getByRole('button', { name: '添加泳道' }).click();
    const lanes = app.locator('.react-flow__node-lane');
    await lanes.last().click({ position: { x: 40, y: 40 } });
    await pickOption(app, app.getByLabel('岗位或部门', { exact: true }), role);
    await expect(lanes.last()).toContainText(role);
  }
  await app.getByRole('button', { name: '适应画面' }).click();
  const lanes = app.locator('.react-flow__node-lane');
  await expect(lanes).toHaveCount(3);
  await expect(lanes.nth(0)).toContainText('人力资源经理');

  // six steps dropped into the lanes
  await dropStep(app, '开始', lanes.nth(0), 110);
  await dropStep(app, '活动', lanes.nth(0), 180);
  await dropStep(app, '判断', lanes.nth(1), 260);
  await dropStep(app, '活动', lanes.nth(2), 340);
  await dropStep(app, '活动', lanes.nth(1), 420);
  await dropStep(app, '结束', lanes.nth(0), 500);
  const steps = app.locator('.react-flow__node-step');
  await expect(steps).toHaveCount(6);
  const ids = await steps.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id') ?? ''));
  const [start, screen, decide, approve, reject, end] = ids as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];

  // connected by dragging from handle to handle
  await connect(app, start, screen);
  await connect(app, screen, decide);
  await connect(app, decide, approve);
  await connect(app, decide, reject);
  await connect(app, approve, end);
  const edges = app.locator('.react-flow__edge');
  await expect(edges).toHaveCount(5);

  // undo and redo the last connector
  await app.getByTestId('process-canvas').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('Control+z');
  await expect(edges).toHaveCount(4);
  await app.keyboard.press('Control+y');
  await expect(edges).toHaveCount(5);

  // label the decision's branches
  for (const [target, label] of [
    [approve, '是'],
    [reject, '否'],
  ] as const) {
    await selectEdge(app, decide, target);
    await app.getByLabel('标签', { exact: true }).fill(label);
  }
  await expect(app.locator('.connector-label', { hasText: '是' })).toBeVisible();

  // describe the screening activity
  await app.locator(`.react-flow__node[data-id="${screen}"]`).click();
  await app.getByLabel('名称', { exact: true }).fill('筛选简历');
  await app.getByLabel('作业时间（分钟）', { exact: true }).fill('30');
  await app.getByLabel('等待时间（分钟）', { exact: true }).fill('1440');
  await app.getByLabel('作业指导书', { exact: true }).fill('按岗位说明书的任职资格逐项核对。');

  // auto-layout keeps every step in its lane, flows left to right and overlaps nothing
  await app.getByRole('button', { name: '自动布局' }).click();
  await app.getByRole('button', { name: '适应画面' }).click();
  await expect(async () => {
    const after = await stepBoxes(app, ids);
    const laneBoxes = await Promise.all([0, 1, 2].map((i) => boxOf(lanes.nth(i))));
    const laneOf = { [start]: 0, [screen]: 0, [end]: 0, [decide]: 1, [reject]: 1, [approve]: 2 };
    for (const id of ids) {
      const box = after[id];
      const lane = laneBoxes[laneOf[id] ?? -1];
      if (!box || !lane) throw new Error(`no box for ${id}`);
      expect(box.y, `step ${id} inside its lane`).toBeGreaterThanOrEqual(lane.y);
      expect(box.y + box.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
    const x = (id: string) => after[id]?.x ?? Number.NaN;
    expect(x(start)).toBeLessThan(x(screen));
    expect(x(screen)).toBeLessThan(x(decide));
    expect(x(decide)).toBeLessThan(x(approve));
    expect(x(decide)).toBeLessThan(x(reject));
    expect(x(approve)).toBeLessThan(x(end));
    // both branches of the decision stand in one column, the layer after it (they were
    // dropped 80 px apart)
    const centre = (id: string) => x(id) + (after[id]?.width ?? 0) / 2;
    expect(Math.abs(centre(approve) - centre(reject))).toBeLessThan(2);
    const boxes = ids.map((id) => after[id]);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (!a || !b) continue;
        const overlap =
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        expect(overlap, 'steps overlap after layout').toBe(false);
      }
    }
  }).toPass();
  await app.screenshot({ path: path.join(SCREENSHOTS, 'process-editor-zh-CN.png') });

  // export the whole map as PNG and SVG, one fitted page each
  for (const [format, extension] of [
    ['PNG（300 dpi）', 'png'],
    ['SVG', 'svg'],
  ] as const) {
    const download = app.waitForEvent('download');
    await exportMenuItem(app, '导出图片（PDF、PNG、SVG）…').click();
    const dialog = app.getByRole('dialog', { name: '导出流程图' });
    await dialog.getByRole('radio', { name: format }).check();
    await dialog.getByRole('radio', { name: '缩放到一页' }).check();
    await dialog.getByRole('button', { name: /导\s*出/ }).click();
    const file = testInfo.outputPath(`map.${extension}`);
    await (await download).saveAs(file);
    const bytes = fs.readFileSync(file);
    if (extension === 'png') expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    else expect(bytes.toString()).toContain('筛选简历');
  }

  // save, reload, and find it all again
  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存')).toBeVisible();
  await app.reload();
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: '员工招聘流程' }).click();
  await expect(app.locator('.react-flow__node-step')).toHaveCount(6);
  await expect(app.locator('.react-flow__edge')).toHaveCount(5);
  await app.locator('.react-flow__node-step', { hasText: '筛选简历' }).click();
  await expect(app.getByLabel('作业指导书', { exact: true })).toHaveValue(
    '按岗位说明书的任职资格逐项核对。',
  );

  // approve with a revision note, and see it in the history
  await app.getByRole('button', { name: '批准' }).click();
  await app.getByLabel('修订说明：改了什么，为什么改').fill('现状流程首次发布');
  await app
    .getByRole('dialog')
    .getByRole('button', { name: /批\s*准/ })
    .click();
  await expect(app.getByText('已批准。')).toBeVisible();
  await app.getByRole('button', { name: '历史版本' }).click();
  await expect(app.getByText('现状流程首次发布')).toBeVisible();
  await app.keyboard.press('Escape');

  // export BPMN 2.0, and import it back as a new process with the same structure
  const bpmnDownload = app.waitForEvent('download');
  await exportMenuItem(app, 'BPMN 2.0').click();
  const bpmnFile = testInfo.outputPath((await bpmnDownload).suggestedFilename());
  await (await bpmnDownload).saveAs(bpmnFile);
  expect(fs.readFileSync(bpmnFile, 'utf8')).toContain('bpmn:exclusiveGateway');
  await app.locator('input[type="file"]').setInputFiles(bpmnFile);
  // the lanes carry their roles' stable keys, so each is proposed for the role it came from
  const preview = app.getByRole('dialog', { name: /^导入 BPMN/ });
  const lanesTable = preview.getByRole('table');
  for (const role of ['人力资源经理', '招聘主管', '总经理']) {
    // the lane's name, and the role proposed for it
    await expect(lanesTable.getByText(role, { exact: true })).toHaveCount(2);
  }
  await expect(lanesTable.getByText('仅保留泳道名称')).toHaveCount(0);
  await preview.getByRole('button', { name: /^导 ?入$/ }).click();
  const done = app.getByRole('dialog', { name: '已导入 1 个流程' });
  await expect(done).toBeVisible();
  await done
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /^关 ?闭$/ })
    .click();
  await expect(app.getByRole('option', { name: '员工招聘流程' })).toHaveCount(2);
  await expect(app.locator('.react-flow__node-step')).toHaveCount(6);
  await expect(app.locator('.react-flow__edge')).toHaveCount(5);
  await expect(app.locator('.react-flow__node-lane').first()).toContainText('人力资源经理');

  // the role sees the step it performs
  await app.getByText('岗位库', { exact: true }).click();
  await app.getByRole('searchbox').fill('人力资源经理');
  await app.getByRole('option', { name: '人力资源经理' }).click();
  await expect(app.getByRole('region', { name: '流程中的活动' })).toContainText('筛选简历');
});

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return box;
}

/** Where each step is drawn on screen, by node id. */
async function stepBoxes(app: Page, ids: readonly string[]): Promise<Record<string, Box>> {
  const entries = await Promise.all(
    ids.map(async (id) => [id, await boxOf(app.locator(`.react-flow__node[data-id="${id}"]`))]),
  );
  return Object.fromEntries(entries) as Record<string, Box>;
}

async function selectEdge(app: Page, source: string, target: string): Promise<void> {
  // Click the connector itself, half-way along its route (a routed connector bends, so the
  // middle of its bounding box may be off the line).
  const line = app.locator(
    `g.connector[data-source="${source}"][data-target="${target}"] path.react-flow__edge-path`,
  );
  const middle = await line.evaluate((path) => {
    const route = path as SVGPathElement;
    const point = route.getPointAtLength(route.getTotalLength() / 2);
    const screen = point.matrixTransform(route.getScreenCTM() ?? undefined);
    return { x: screen.x, y: screen.y };
  });
  await app.mouse.click(middle.x, middle.y);
}

/**
 * An item of the map's Export menu, which opens on hover: hovered again until the item shows,
 * since a hover that lands while a closing drawer still covers the toolbar opens nothing.
 */
function exportMenuItem(app: Page, item: string) {
  const entry = app.getByText(item, { exact: true });
  return {
    click: async () => {
      await expect(async () => {
        await app.mouse.move(0, 0);
        await app.getByRole('button', { name: '导出' }).hover();
        await expect(entry).toBeVisible({ timeout: 2000 });
      }).toPass({ timeout: 20_000 });
      await entry.click();
    },
  };
}
