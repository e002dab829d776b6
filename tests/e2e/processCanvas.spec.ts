import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * Drawing on the canvas as a consultant does in draw.io: connectors go from where the drag
 * started to where it ended, from any side, and show their direction; an end can be moved to
 * another shape; a refused connection says why at the cursor; labels are edited in place;
 * steps are added with the quick-add arrows and palette clicks; the context menu and the
 * keyboard reach the same commands.
 */
test.setTimeout(150_000);

async function dropStep(app: Page, kind: string, lane: Locator, x: number): Promise<string> {
  const box = await lane.boundingBox();
  if (!box) throw new Error('lane not visible');
  const steps = app.locator('.react-flow__node-step');
  const before = await stepIds(app);
  await app.getByRole('button', { name: `添加${kind}` }).dragTo(lane, {
    targetPosition: { x, y: box.height / 2 },
  });
  await expect(steps).toHaveCount(before.length + 1);
  const after = await stepIds(app);
  const added = after.find((id) => !before.includes(id));
  if (!added) throw new Error('no step added');
  return added;
}

function stepIds(app: Page): Promise<string[]> {
  return app
    .locator('.react-flow__node-step')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id') ?? ''));
}

const handle = (app: Page, id: string, side: string) =>
  app.locator(`.react-flow__node[data-id="${id}"] .react-flow__handle-${side}`);

/** The connectors on the canvas as [source, target] pairs, read from the DOM. */
function connectors(app: Page): Promise<string[][]> {
  return app
    .locator('g.connector')
    .evaluateAll((groups) =>
      groups.map((g) => [g.getAttribute('data-source') ?? '', g.getAttribute('data-target') ?? '']),
    );
}

/** A drag by mouse, in small steps, as a hand does (React Flow needs the moves). */
async function drag(app: Page, from: Locator, to: Locator, before?: () => Promise<void>) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('not visible');
  await app.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await app.mouse.down();
  await app.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  if (before) await before();
  await app.mouse.up();
}

async function newMap(app: Page): Promise<{ lanes: Locator }> {
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('button', { name: '新建流程' }).click();
  await expect(app.getByTestId('process-canvas')).toBeVisible();
  await app.getByLabel('流程名称', { exact: true }).fill('画布测试');
  // an empty map says how to start
  await expect(app.getByTestId('empty-canvas-hint')).toContainText('添加泳道');
  for (let i = 0; i < 2; i += 1) await app.getByRole('button', { name: '添加泳道' }).click();
  await app.getByRole('button', { name: '适应画面' }).click();
  const lanes = app.locator('.react-flow__node-lane');
  await expect(lanes).toHaveCount(2);
  return { lanes };
}

test('connect from any side in the direction drawn, reconnect, and refusals at the cursor', async ({
  app,
}) => {
  const { lanes } = await newMap(app);
  const start = await dropStep(app, '开始', lanes.nth(0), 60);
  const a = await dropStep(app, '活动', lanes.nth(0), 200);
  const b = await dropStep(app, '活动', lanes.nth(0), 420);
  const c = await dropStep(app, '活动', lanes.nth(1), 300);
  await expect(app.getByTestId('empty-canvas-hint')).toHaveCount(0);

  // from B's LEFT handle to A's right handle: the connector runs B → A
  await drag(app, handle(app, b, 'left'), handle(app, a, 'right'));
  await expect.poll(() => connectors(app)).toEqual([[b, a]]);
  // from C's TOP handle to B's bottom handle: C → B
  await drag(app, handle(app, c, 'top'), handle(app, b, 'bottom'));
  await expect.poll(() => connectors(app)).toContainEqual([c, b]);
  // every sequence connector carries an arrowhead
  const markers = await app
    .locator('g.connector path.react-flow__edge-path')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('marker-end') ?? ''));
  expect(markers).toHaveLength(2);
  for (const marker of markers) expect(marker).toMatch(/^url\(/);

  // a refused connection: into the start, with the reason at the cursor while dragging
  await drag(app, handle(app, a, 'left'), handle(app, start, 'right'), async () => {
    await expect(app.locator('.connection-refusal')).toContainText('开始之前不能有步骤流入');
  });
  await expect(app.locator('.connection-refusal')).toContainText('开始之前不能有步骤流入');
  await expect.poll(() => connectors(app)).toHaveLength(2);

  // reconnect: drag the target end of B → A onto C
  const edge = app.locator('.react-flow__edge', {
    has: app.locator(`g.connector[data-source="${b}"][data-target="${a}"]`),
  });
  await drag(app, edge.locator('.react-flow__edgeupdater-target'), handle(app, c, 'left'));
  await expect.poll(() => connectors(app)).toContainEqual([b, c]);
  expect(await connectors(app)).not.toContainEqual([b, a]);

  // a selected connector's middle segment can be dragged to move its bend; one undo step
  const bent = app.locator(`g.connector[data-source="${c}"][data-target="${b}"]`);
  const pathOf = () => bent.locator('path.react-flow__edge-path').getAttribute('d');
  const before = await pathOf();
  const middle = await bent.locator('path.react-flow__edge-path').evaluate((path) => {
    const line = path as SVGPathElement;
    const point = line.getPointAtLength(line.getTotalLength() / 2);
    const screen = point.matrixTransform(line.getScreenCTM() ?? undefined);
    return { x: screen.x, y: screen.y };
  });
  await app.mouse.click(middle.x, middle.y);
  const segment = bent.locator('.connector-segment').first();
  await expect(segment).toHaveCount(1);
  const box = await segment.boundingBox();
  if (!box) throw new Error('no segment');
  const horizontal = box.width > box.height;
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.mouse.down();
  await app.mouse.move(
    box.x + box.width / 2 + (horizontal ? 0 : 40),
    box.y + box.height / 2 + (horizontal ? 40 : 0),
    { steps: 8 },
  );
  await app.mouse.up();
  await expect.poll(pathOf).not.toBe(before);
  await app.keyboard.press('Control+z');
  await expect.poll(pathOf).toBe(before);

  // saved, and still the same directions after a reload
  await app.keyboard.press('Control+s');
  await expect(app.getByText('已保存')).toBeVisible();
  await app.reload();
  await app.getByText('工作流程', { exact: true }).click();
  await app.getByRole('option', { name: /画布测试/ }).click();
  await expect
    .poll(async () => (await connectors(app)).sort())
    .toEqual(
      [
        [b, c],
        [c, b],
      ].sort(),
    );
});

test('labels in place, quick-add, palette clicks, context menu and keyboard connect', async ({
  app,
}) => {
  const { lanes } = await newMap(app);
  const a = await dropStep(app, '活动', lanes.nth(0), 200);
  const step = (id: string) => app.locator(`.react-flow__node[data-id="${id}"]`);
  const editor = app.getByRole('textbox', { name: '标签' });

  // F2 edits the label in place; Enter commits
  await step(a).click();
  await app.keyboard.press('F2');
  await expect(editor).toBeFocused();
  await editor.fill('Check policy');
  await app.keyboard.press('Enter');
  await expect(step(a)).toContainText('Check policy');
  // just typing replaces the label; Escape cancels
  await app.keyboard.press('R');
  await expect(editor).toHaveValue('R');
  await app.keyboard.type('eview');
  await app.keyboard.press('Enter');
  await expect(step(a)).toContainText('Review');
  await app.keyboard.press('X');
  await app.keyboard.press('Escape');
  await expect(step(a)).toContainText('Review');
  // one undo step per edit
  await app.keyboard.press('Control+z');
  await expect(step(a)).toContainText('Check policy');
  await app.keyboard.press('Control+y');

  // quick-add: the arrow on the right of the hovered step adds the next one, connected
  // (the mouse comes onto the step from elsewhere, as a hand does)
  await app.mouse.move(5, 5);
  await step(a).hover();
  await app.locator('.quick-add[data-side="right"]').click();
  await expect(app.locator('.react-flow__node-step')).toHaveCount(2);
  const b = (await stepIds(app)).find((id) => id !== a) ?? '';
  await expect.poll(() => connectors(app)).toEqual([[a, b]]);
  const boxA = await step(a).boundingBox();
  const boxB = await step(b).boundingBox();
  expect(boxB?.x ?? 0).toBeGreaterThan((boxA?.x ?? 0) + (boxA?.width ?? 0));
  // each step is numbered on the shape as it is drawn, in flow order (10, 20 …)
  await expect(step(a).getByTestId('step-number')).toHaveText('10');
  await expect(step(b).getByTestId('step-number')).toHaveText('20');

  // a palette click adds the shape after the selected step (the new one is selected)
  await app.getByRole('button', { name: '添加判断' }).click();
  await expect(app.locator('.react-flow__node-step')).toHaveCount(3);
  const decision = await app.locator('.react-flow__node-step[data-id] [data-kind="decision"]');
  await expect(decision).toHaveCount(1);
  const d = (await stepIds(app)).find((id) => id !== a && id !== b) ?? '';
  await expect.poll(() => connectors(app)).toContainEqual([b, d]);

  // the context menu of a shape lists its commands, with shortcuts
  await step(a).click({ button: 'right' });
  const menu = app.getByTestId('context-menu');
  await expect(menu).toContainText('编辑标签');
  await expect(menu).toContainText('F2');
  await expect(menu).toContainText('连接到…');
  await expect(menu).toContainText('删除');
  // …and runs them: connect A to the decision by keyboard
  await menu.getByText('连接到…').click();
  await expect(app.getByTestId('pick-hint')).toBeVisible();
  await expect(app.getByTestId('pick-target')).toHaveAttribute('data-id', b);
  await app.keyboard.press('ArrowRight');
  await expect(app.getByTestId('pick-target')).toHaveAttribute('data-id', d);
  await app.keyboard.press('Enter');
  await expect.poll(() => connectors(app)).toContainEqual([a, d]);

  // the canvas's menu
  await app.locator('.react-flow__pane').click({ button: 'right', position: { x: 30, y: 30 } });
  await expect(menu).toContainText('撤销');
  await expect(menu).toContainText('自动布局');
  await app.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'canvas-drawing-zh-CN.png') });

  // Ctrl+K then arrows/Enter connects from the keyboard alone
  await step(d).click();
  await app.keyboard.press('Control+k');
  await expect(app.getByTestId('pick-target')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('pick-target')).toHaveCount(0);
});

test.describe('the insurer’s map', () => {
  test.use({ seed: 'sample' });

  test('drawn with arrows and routed connectors, in both languages', async ({ app }) => {
    await app.getByText('工作流程', { exact: true }).click();
    await app.getByRole('option', { name: /保单签发（现状）/ }).click();
    await expect(app.locator('.react-flow__node-lane')).toHaveCount(5);
    await expect(app.locator('g.connector')).not.toHaveCount(0);
    await app.getByRole('button', { name: '适应画面' }).click();
    await app.waitForTimeout(600);
    await app.screenshot({ path: path.join(SCREENSHOTS, 'canvas-insurer-fit-zh-CN.png') });
    for (let i = 0; i < 2; i += 1) await app.getByRole('button', { name: '放大' }).click();
    await app.waitForTimeout(600);
    await app.screenshot({ path: path.join(SCREENSHOTS, 'canvas-insurer-zh-CN.png') });
    // laid out again: every connector routed around the steps by the shared router
    await app.getByRole('button', { name: '自动布局' }).click();
    await expect(app.getByRole('button', { name: '保存' })).toBeEnabled();
    await app.getByRole('button', { name: '适应画面' }).click();
    for (let i = 0; i < 2; i += 1) await app.getByRole('button', { name: '放大' }).click();
    await app.waitForTimeout(600);
    await app.screenshot({ path: path.join(SCREENSHOTS, 'canvas-insurer-routed-zh-CN.png') });
    await app.getByText('English', { exact: true }).click();
    await expect(app.getByRole('button', { name: 'Auto-layout' })).toBeVisible();
    await app.locator('.react-flow__node-step').first().click({ button: 'right' });
    await expect(app.getByTestId('context-menu')).toContainText('Edit label');
    await app.screenshot({ path: path.join(SCREENSHOTS, 'canvas-insurer-en.png') });
  });
});
