import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Locale } from '../../shared/i18n';
import { textOf } from './a11y/axe';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * The consultant's task with the keyboard alone (issue 13): in the process editor add steps,
 * rename one, connect, reconnect, delete a connector and a step, undo — with no mouse event
 * anywhere. Controls outside the map are reached with focus() and a key (what Tab would do,
 * without counting Tab stops); a listener on the window proves no pointer was used.
 */
test.setTimeout(150_000);

/** Pointer and mouse events on the window, counted from the start (a key's click has detail 0). */
async function countPointerEvents(app: Page): Promise<void> {
  await app.evaluate(() => {
    const counted = window as unknown as { pointerEvents: string[] };
    counted.pointerEvents = [];
    const kinds = ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove'];
    for (const kind of [...kinds, 'mouseover', 'wheel', 'dblclick', 'click']) {
      window.addEventListener(
        kind,
        (event) => {
          if (kind === 'click' && (event as MouseEvent).detail === 0) return;
          counted.pointerEvents.push(kind);
        },
        true,
      );
    }
  });
}

const pointerEvents = (app: Page) =>
  app.evaluate(() => (window as unknown as { pointerEvents: string[] }).pointerEvents);

/** The id (data-id) of the step or connector with the keyboard focus. */
const focusedId = (app: Page) =>
  app.evaluate(
    () => document.activeElement?.getAttribute('data-id') ?? document.activeElement?.tagName,
  );

function stepIds(app: Page): Promise<string[]> {
  return app
    .locator('.react-flow__node-step')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id') ?? ''));
}

function connectors(app: Page): Promise<string[][]> {
  return app
    .locator('g.connector')
    .evaluateAll((groups) =>
      groups.map((g) => [g.getAttribute('data-source') ?? '', g.getAttribute('data-target') ?? '']),
    );
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Presses a control outside the map as the keyboard does: focus, then Enter. */
async function press(app: Page, name: string, key = 'Enter'): Promise<void> {
  // The name may start with the icon's ("plus New process").
  const control = app.getByRole('button', { name: new RegExp(`(^|\\s)${escaped(name)}$`) });
  await control.focus();
  await app.keyboard.press(key);
}

for (const locale of ['zh-CN', 'en'] as const satisfies readonly Locale[]) {
  test(`the map from the keyboard alone, in ${locale}`, async ({ app }) => {
    const t = textOf(locale);
    await countPointerEvents(app);
    if (locale === 'en') {
      await app.getByRole('radio', { name: 'English', exact: true }).focus();
      await app.keyboard.press('Space');
    }
    await app.getByRole('radio', { name: t('views.processes'), exact: true }).focus();
    await app.keyboard.press('Space');
    await press(app, t('processes.add'));
    await expect(app.getByTestId('process-canvas')).toBeVisible({ timeout: 30_000 });
    await press(app, t('editor2.addLane'));
    await expect(app.locator('.react-flow__node-lane')).toHaveCount(1);

    // a palette button adds an activity (selected); F6 (the skip link's key) focuses it
    await press(app, t('editor2.add', { kind: t('nodeKinds.activity') }));
    await expect(app.locator('.react-flow__node-step')).toHaveCount(1);
    const [a = ''] = await stepIds(app);
    await app.keyboard.press('F6');
    await expect.poll(() => focusedId(app)).toBe(a);

    // rename with F2; Enter commits and gives focus back to the step
    await app.keyboard.press('F2');
    await app.keyboard.press('Control+a');
    await app.keyboard.type(locale === 'en' ? 'Receive claim' : '受理报案');
    await app.keyboard.press('Enter');
    const step = (id: string) => app.locator(`.react-flow__node[data-id="${id}"]`);
    await expect(step(a).getByTestId('step-label')).toHaveText(
      locale === 'en' ? 'Receive claim' : '受理报案',
    );
    await expect.poll(() => focusedId(app)).toBe(a);
    await app.screenshot({ path: path.join(SCREENSHOTS, `keyboard-map-focused-${locale}.png`) });

    // Ctrl+Enter adds the next step, connected, and focus moves on to it: A → B → C → D
    const added: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const before = await stepIds(app);
      await app.keyboard.press('Control+Enter');
      await expect(app.locator('.react-flow__node-step')).toHaveCount(before.length + 1);
      const id = (await stepIds(app)).find((candidate) => !before.includes(candidate)) ?? '';
      await expect.poll(() => focusedId(app)).toBe(id);
      added.push(id);
    }
    const [b = '', c = '', d = ''] = added;
    await expect
      .poll(() => connectors(app))
      .toEqual([
        [a, b],
        [b, c],
        [c, d],
      ]);

    // ← goes back step by step; Ctrl+K, → and Enter connect A to C
    await app.keyboard.press('ArrowLeft');
    await app.keyboard.press('ArrowLeft');
    await app.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedId(app)).toBe(a);
    await app.keyboard.press('Control+k');
    await expect(app.getByTestId('pick-target')).toHaveAttribute('data-id', b);
    await expect(app.getByTestId('pick-hint')).toHaveText(
      t('canvas.hint.pickTarget', { start: locale === 'en' ? 'Receive claim' : '受理报案' }),
    );
    await app.keyboard.press('ArrowRight');
    await expect(app.getByTestId('pick-target')).toHaveAttribute('data-id', c);
    await app.screenshot({ path: path.join(SCREENSHOTS, `keyboard-map-connect-${locale}.png`) });
    await app.keyboard.press('Enter');
    await expect.poll(() => connectors(app)).toContainEqual([a, c]);

    // Ctrl+E selects A's first connector (to B); Ctrl+Shift+K moves its end on to D
    await app.keyboard.press('Control+e');
    const edgeTo = async (source: string, target: string) =>
      (await app
        .locator('.react-flow__edge', {
          has: app.locator(`g.connector[data-source="${source}"][data-target="${target}"]`),
        })
        .getAttribute('data-id')) ?? '';
    const ab = await edgeTo(a, b);
    await expect.poll(() => focusedId(app)).toBe(ab);
    // the focused connector shows a ring of its own besides the selected look; no other does
    const ring = (id: string) =>
      app.locator(`.react-flow__edge[data-id="${id}"] .connector-focus-ring`);
    // (shown by CSS; a straight connector's ring has no height to Playwright's toBeVisible)
    await expect(ring(ab)).toHaveCSS('display', 'inline');
    await expect(app.locator('.connector-focus-ring')).toHaveCount(1);
    await app.screenshot({
      path: path.join(SCREENSHOTS, `keyboard-map-connector-focus-${locale}.png`),
    });
    // Ctrl+Shift+K: the hint says the end moves and the start stays
    await app.keyboard.press('Control+Shift+K');
    await expect(app.getByTestId('pick-target')).toHaveAttribute('data-id', b);
    await expect(app.getByTestId('pick-hint')).toHaveText(
      t('canvas.hint.pickNewEnd', { start: locale === 'en' ? 'Receive claim' : '受理报案' }),
    );
    await app.keyboard.press('ArrowRight');
    await app.keyboard.press('ArrowRight');
    await expect(app.getByTestId('pick-target')).toHaveAttribute('data-id', d);
    await app.keyboard.press('Enter');
    await expect.poll(() => connectors(app)).toContainEqual([a, d]);
    expect(await connectors(app)).not.toContainEqual([a, b]);

    // Ctrl+E again walks on to A → C; Delete removes it and focus goes back to A
    await app.keyboard.press('Control+e');
    const ac = await edgeTo(a, c);
    await expect.poll(() => focusedId(app)).toBe(ac);
    await expect(ring(ac)).toHaveCSS('display', 'inline');
    await expect(ring(ab)).toHaveCount(0);
    await app.keyboard.press('Delete');
    await expect.poll(() => connectors(app)).not.toContainEqual([a, c]);
    await expect.poll(() => focusedId(app)).toBe(a);

    // → to B; Delete removes the step; focus goes to the step after it, never the page
    await app.keyboard.press('ArrowRight');
    await expect.poll(() => focusedId(app)).toBe(b);
    await app.keyboard.press('Delete');
    await expect(step(b)).toHaveCount(0);
    await expect.poll(() => focusedId(app)).toBe(c);

    // Ctrl+Z brings B back, selected and focused
    await app.keyboard.press('Control+z');
    await expect(step(b)).toHaveCount(1);
    await expect.poll(() => focusedId(app)).toBe(b);
    await expect(step(b)).toHaveClass(/selected/);

    // the skip link (the editor's first Tab stop) leads into the map as F6 does
    const skip = app.getByRole('button', { name: t('mapKeyboard.skipToMap') });
    await skip.focus();
    await expect(skip).toBeInViewport();
    await app.screenshot({ path: path.join(SCREENSHOTS, `keyboard-map-skip-link-${locale}.png`) });
    await app.keyboard.press('Enter');
    await expect.poll(() => focusedId(app)).toBe(b);

    expect(await pointerEvents(app)).toEqual([]);
  });
}
