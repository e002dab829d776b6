import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * How a map reads on screen: the insurer's as-is map (35 steps, 5 lanes) fitted and zoomed in
 * both orientations and both languages; lanes turned to columns; lanes added, bound, cleared;
 * phases; focus mode; find; React Flow's controls in the interface language.
 */
test.use({ seed: 'sample' });
test.setTimeout(120_000);

async function openInsurer(app: Page): Promise<void> {
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /保单签发（现状）/ }).click();
  await expect(app.locator('.react-flow__node-lane')).toHaveCount(5);
  await expect(app.locator('.react-flow__node-step').first()).toBeVisible();
}

async function zoom(app: Page): Promise<number> {
  const transform = await app
    .locator('.react-flow__viewport')
    .evaluate((element) => getComputedStyle(element).transform);
  const match = /matrix\(([-\d.e]+)/.exec(transform);
  return match?.[1] ? Number(match[1]) : Number.NaN;
}

/** Switches the lane orientation in the process record panel; the map turns once laid out. */
async function turn(app: Page, name: string): Promise<void> {
  const radio = app.getByRole('radio', { name });
  await radio.click();
  await expect(radio).toBeChecked({ timeout: 20_000 });
}

async function shot(app: Page, name: string): Promise<void> {
  await app.waitForTimeout(500);
  await app.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

test('the insurer map, fitted and zoomed, horizontal and vertical, in Chinese and English', async ({
  app,
}) => {
  await openInsurer(app);
  await app.getByRole('button', { name: '适应画面' }).click();
  await app.waitForTimeout(500);
  // Fitted so the lanes can be read, not shrunk to a strip.
  expect(await zoom(app)).toBeGreaterThan(0.45);
  await shot(app, 'view-insurer-fit-zh-CN');
  await app.getByRole('button', { name: '放大' }).click();
  await app.getByRole('button', { name: '放大' }).click();
  await shot(app, 'view-insurer-zoomed-zh-CN');
  // panned along the flow, the lane titles stay pinned at the left edge
  const pane = await boxOf(app, '.react-flow__pane');
  await app.mouse.move(pane.x + pane.width - 300, pane.y + pane.height / 2);
  await app.mouse.down();
  await app.mouse.move(pane.x + 20, pane.y + pane.height / 2, { steps: 8 });
  await app.mouse.up();
  const pinned = app.getByTestId('sticky-lane-title');
  await expect(pinned).toHaveCount(5);
  expect(
    Math.abs((await boxOf(app, '[data-testid="sticky-lane-title"] >> nth=0')).x - pane.x),
  ).toBeLessThan(2);
  await shot(app, 'view-insurer-panned-zh-CN');
  await app.getByRole('button', { name: '专注模式' }).click();
  await app.getByRole('button', { name: '适应画面' }).click();
  await shot(app, 'view-insurer-focus-zh-CN');
  await app.getByRole('button', { name: '退出专注模式' }).click();
  await turn(app, '纵向（泳道为列）');
  await expect(app.getByTestId('lane-title').first()).toBeVisible();
  await app.getByRole('button', { name: '适应画面' }).click();
  await shot(app, 'view-insurer-vertical-fit-zh-CN');
  await app.getByText('English', { exact: true }).click();
  await app.getByRole('button', { name: 'Fit to view' }).click();
  await shot(app, 'view-insurer-vertical-fit-en');
  await app.getByRole('button', { name: 'Zoom in' }).click();
  await app.getByRole('button', { name: 'Zoom in' }).click();
  await shot(app, 'view-insurer-vertical-zoomed-en');
  await turn(app, 'Horizontal (lanes as rows)');
  await app.getByRole('button', { name: 'Fit to view' }).click();
  await shot(app, 'view-insurer-fit-en');
});

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(app: Page, selector: string): Promise<Box> {
  const box = await app.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} not visible`);
  return box;
}

test('lanes turn into columns: titles on top, every step inside its column, flowing down', async ({
  app,
}) => {
  await openInsurer(app);
  await turn(app, '纵向（泳道为列）');
  await app.getByRole('button', { name: '专注模式' }).click();
  await app.getByRole('button', { name: '适应画面' }).click();
  await app.waitForTimeout(500);
  const lanes = app.locator('.react-flow__node-lane');
  await expect(async () => {
    const boxes = await lanes.evaluateAll((nodes) =>
      nodes.map((node) => {
        const r = node.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    // columns side by side, left to right, each taller than wide
    for (const [i, box] of boxes.entries()) {
      expect(box.height).toBeGreaterThan(box.width);
      const next = boxes[i + 1];
      if (next) expect(Math.abs(next.x - (box.x + box.width))).toBeLessThan(3);
    }
    // the title sits at the top of its column
    const title = await boxOf(app, '.react-flow__node-lane >> nth=0 >> [data-testid="lane-title"]');
    const first = boxes[0];
    if (!first) throw new Error('no lane');
    expect(Math.abs(title.y - first.y)).toBeLessThan(3);
    expect(title.width).toBeGreaterThan(title.height);
  }).toPass({ timeout: 20_000 });

  // every step's centre is inside the column of its lane (steps read their lane from the DOM)
  const placement = await app.evaluate(() => {
    const columns = [...document.querySelectorAll('.react-flow__node-lane')].map((node) => {
      const r = node.getBoundingClientRect();
      return { left: r.left, right: r.right, name: node.textContent ?? '' };
    });
    return [...document.querySelectorAll('.react-flow__node-step')].map((node) => {
      const r = node.getBoundingClientRect();
      const x = r.left + r.width / 2;
      return columns.filter((c) => x >= c.left && x < c.right).length;
    });
  });
  expect(placement.length).toBeGreaterThan(0);
  expect(placement.every((inColumns) => inColumns === 1)).toBe(true);

  // the flow runs down: the start is the top-most step (steps off screen are not drawn)
  const tops = await app.locator('.react-flow__node-step').evaluateAll((nodes) =>
    nodes.map((node) => ({
      start: node.querySelector('[data-kind="start"]') !== null,
      top: node.getBoundingClientRect().top,
    })),
  );
  const start = tops.find((step) => step.start);
  expect(start).toBeDefined();
  for (const step of tops) expect(step.top).toBeGreaterThanOrEqual((start?.top ?? 0) - 1);
  await shot(app, 'view-insurer-vertical-focus-zh-CN');
});

test('add a lane: it is selected and edited; bind it keeping its name, then clear the binding', async ({
  app,
}) => {
  await openInsurer(app);
  await app.getByRole('button', { name: '添加泳道' }).click();
  await expect(app.locator('.react-flow__node-lane')).toHaveCount(6);
  // the new lane is selected and the side panel edits it
  const name = app.getByLabel('泳道名称', { exact: true });
  await expect(name).toHaveValue('泳道 6');
  await name.fill('理赔复核');
  await expect(app.locator('.react-flow__node-lane').last()).toContainText('理赔复核');

  // binding to a role keeps the typed name, and offers the role's
  await app.getByLabel('岗位或部门', { exact: true }).click();
  const option = app.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  const roleName = (await option.getAttribute('title')) ?? '';
  await option.click();
  await expect(name).toHaveValue('理赔复核');
  await expect(app.getByRole('button', { name: `用“${roleName}”作泳道名称` })).toBeVisible();

  // the binding can be cleared; the name stays
  await app.getByRole('button', { name: '解除绑定' }).click();
  await expect(app.getByRole('button', { name: '解除绑定' })).toHaveCount(0);
  await expect(name).toHaveValue('理赔复核');

  // lanes are reordered by dragging their titles: the new lane goes first
  const titles = app.getByTestId('lane-title');
  await titles.last().dragTo(titles.first());
  await expect(titles.first()).toContainText('理赔复核');
  // and resized by dragging their boundary
  await app.getByRole('button', { name: '适应画面' }).click();
  const lane = app.locator('.react-flow__node-lane').first();
  const before = await lane.boundingBox();
  const boundary = await boxOf(app, '.react-flow__node-lane >> nth=0 >> [role="separator"]');
  await app.mouse.move(boundary.x + 200, boundary.y + boundary.height / 2);
  await app.mouse.down();
  await app.mouse.move(boundary.x + 200, boundary.y + 60, { steps: 6 });
  await app.mouse.up();
  await expect
    .poll(async () => (await lane.boundingBox())?.height ?? 0)
    .toBeGreaterThan((before?.height ?? 0) + 20);
  await titles.first().click();

  // a size out of range is an error at the field, not clamped
  const size = app.getByLabel('泳道高度', { exact: true });
  await size.fill('5');
  await expect(app.getByText('应在 20 到 100000 之间。')).toBeVisible();
  await expect(size).toHaveValue('5');
});

test('phases: add, rename; steps belong to the phase they stand in', async ({ app }) => {
  await openInsurer(app);
  await app.getByRole('button', { name: '添加阶段' }).click();
  await app.getByRole('button', { name: '添加阶段' }).click();
  // the first phase takes in every step drawn so far; the second follows it
  await expect(app.getByRole('textbox', { name: '阶段 2', exact: true })).toHaveValue('阶段 2');
  await app.getByRole('textbox', { name: '阶段 1', exact: true }).fill('受理');
  const title = app.getByTestId('phase-title').first();
  await expect(title).toContainText('受理');
  const lanes = await boxOf(app, '.react-flow__node-lane >> nth=0');
  const titleBox = await title.boundingBox();
  // the title band sits above the lanes
  expect((titleBox?.y ?? 0) + (titleBox?.height ?? 0)).toBeLessThanOrEqual(lanes.y + 2);
  // the phase title is selectable and edited in the side panel
  await title.click();
  await app.getByLabel('阶段名称', { exact: true }).fill('受理与核保');
  await expect(title).toContainText('受理与核保');
  await app.getByRole('button', { name: '删除阶段' }).click();
  await expect(app.getByRole('textbox', { name: '阶段 2', exact: true })).toHaveCount(0);
  await expect(app.getByRole('textbox', { name: '阶段 1', exact: true })).toHaveValue('阶段 2');
  await app.getByRole('button', { name: '适应画面' }).click();
  await shot(app, 'view-insurer-phases-zh-CN');
});

test('find pans to each hit in turn; the controls and connectors speak Chinese', async ({
  app,
}) => {
  await openInsurer(app);
  const find = app.getByRole('searchbox', { name: '查找步骤（名称或编号）' });
  await find.fill('核保');
  await find.press('Enter');
  await expect(app.getByTestId('find-status')).toContainText(/第 1 \/ \d+ 个/);
  const viewport = app.locator('.react-flow__viewport');
  const first = await viewport.getAttribute('style');
  await expect(app.locator('.react-flow__node-step.selected')).toHaveCount(1);
  const firstSelected = await app.locator('.react-flow__node-step.selected').textContent();
  expect(firstSelected).toContain('核保');
  await find.press('Enter');
  await expect(app.getByTestId('find-status')).toContainText(/第 2 \/ \d+ 个/);
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(first);
  await find.press('Shift+Enter');
  await expect(app.getByTestId('find-status')).toContainText(/第 1 \/ \d+ 个/);
  await expect(app.locator('.react-flow__node-step.selected')).toHaveText(firstSelected ?? '');

  // React Flow's controls and connectors in the interface language
  for (const name of ['放大', '缩小', '适应画面', '缩放到所选', '专注模式']) {
    await expect(app.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(app.getByRole('img', { name: '缩略图' })).toBeVisible();
  const labels = await app
    .locator('.react-flow__edge')
    .evaluateAll((edges) => edges.map((edge) => edge.getAttribute('aria-label') ?? ''));
  // (connectors off screen are not drawn)
  expect(labels.length).toBeGreaterThan(3);
  for (const label of labels) expect(label).toMatch(/^从「.*」到「.*」/);
  expect(labels.join(' ')).not.toContain('Edge from');
});

test('focus mode folds the palette, the process list and the side panel, and brings them back', async ({
  app,
}) => {
  await openInsurer(app);
  const canvas = app.getByTestId('process-canvas');
  const before = await canvas.boundingBox();
  await app.getByRole('button', { name: '专注模式' }).click();
  await expect(app.getByRole('toolbar', { name: '图形' })).toHaveCount(0);
  await expect(app.getByRole('listbox', { name: '工作流程' })).toBeHidden();
  await expect(app.getByRole('complementary', { name: '属性' })).toBeHidden();
  const focused = await canvas.boundingBox();
  expect(focused?.width ?? 0).toBeGreaterThan((before?.width ?? 0) + 600);
  await app.getByRole('button', { name: '退出专注模式' }).click();
  await expect(app.getByRole('toolbar', { name: '图形' })).toBeVisible();
  await expect(app.getByRole('listbox', { name: '工作流程' })).toBeVisible();
  await expect(app.getByRole('complementary', { name: '属性' })).toBeVisible();
});

test('the English process view fits 1280 px: no clipped Import BPMN, one toolbar row', async ({
  app,
}) => {
  await openInsurer(app);
  await app.getByText('English', { exact: true }).click();
  const importButton = app.getByRole('button', { name: 'Import BPMN' });
  const sider = await boxOf(app, '.ant-layout-sider');
  const button = await importButton.boundingBox();
  if (!button) throw new Error('no Import BPMN button');
  expect(button.x).toBeGreaterThanOrEqual(sider.x);
  expect(button.x + button.width).toBeLessThanOrEqual(sider.x + sider.width);
  const rows = await app
    .getByRole('button', { name: 'Add lane' })
    .locator('xpath=ancestor::div[contains(@class,"ant-space")][1]')
    .evaluate((space) => {
      const tops = [...space.children].map((child) => child.getBoundingClientRect().top);
      return new Set(tops.map((top) => Math.round(top))).size;
    });
  expect(rows).toBe(1);
  await shot(app, 'view-process-list-en');
});

test('every flowchart shape, with labels wrapped inside them', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('button', { name: '新建流程' }).click();
  await app.getByRole('button', { name: '添加泳道' }).click();
  await app.getByRole('button', { name: '添加泳道' }).click();
  await app.getByRole('button', { name: '适应画面' }).click();
  const lanes = app.locator('.react-flow__node-lane');
  const kinds = ['开始', '活动', '判断', '文档', '数据 / 系统', '子流程', '注释', '结束'];
  for (const [i, kind] of kinds.entries()) {
    const lane = await lanes.nth(i % 2).boundingBox();
    if (!lane) throw new Error('lane not visible');
    await app.getByRole('button', { name: `添加${kind}` }).dragTo(lanes.nth(i % 2), {
      targetPosition: { x: 150 + i * 70, y: lane.height / 2 },
    });
  }
  const steps = app.locator('.react-flow__node-step');
  await expect(steps).toHaveCount(kinds.length);
  // a long name wraps inside its activity
  await steps.nth(1).click();
  await app
    .getByLabel('名称', { exact: true })
    .fill('审核投保单及附件并登记核保意见后移交出单部门');
  await app.getByTestId('process-canvas').click({ position: { x: 5, y: 5 } });
  const activity = steps.nth(1);
  const shape = await activity.getByTestId('step-shape').boundingBox();
  const label = await activity.getByTestId('step-label').boundingBox();
  if (!shape || !label) throw new Error('activity not drawn');
  expect(label.x).toBeGreaterThanOrEqual(shape.x);
  expect(label.y).toBeGreaterThanOrEqual(shape.y);
  expect(label.x + label.width).toBeLessThanOrEqual(shape.x + shape.width + 0.5);
  expect(label.y + label.height).toBeLessThanOrEqual(shape.y + shape.height + 0.5);
  await app.getByRole('button', { name: '专注模式' }).click();
  await app.getByRole('button', { name: '适应画面' }).click();
  await shot(app, 'view-shapes-zh-CN');
});
