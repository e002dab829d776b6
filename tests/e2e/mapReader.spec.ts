import path from 'node:path';
import type { Page } from '@playwright/test';
import { insurerProcesses } from '../../electron/library/seed/insurerProcess';
import type { Locale } from '../../shared/i18n';
import { countSteps } from '../../shared/stepNumbers';
import { audit, keepFigures, textOf } from './a11y/axe';
import { expect, SCREENSHOTS, test } from './fixtures';

/*
 * The insurer's as-is map for a screen reader and the eye, in both languages: a step and a
 * connector named in the interface language (never an id), the step table opened with its
 * key and a step selected on the map from it, the first view at a legible zoom, and axe-core
 * over the canvas and the step table with nothing to report.
 */
test.use({ seed: 'sample' });
test.setTimeout(120_000);

const LEGIBLE_ZOOM = 0.75;
const [asIs] = insurerProcesses({ department: () => 1, role: () => 1 });
const graph = asIs?.graph ?? { lanes: [], nodes: [], edges: [] };
const byLabel = (label: string) => graph.nodes.find((node) => node.label === label);
// The third step of the flow, and the connector into it from the second.
const check = byLabel('检查申请书填写是否完整');
const into = graph.edges.find((edge) => edge.target === check?.id);
const from = graph.nodes.find((node) => node.id === into?.source);
const laneOf = (laneId: string | null | undefined) =>
  graph.lanes.find((lane) => lane.id === laneId)?.name ?? '';

async function openInsurerMap(app: Page, locale: Locale): Promise<ReturnType<typeof textOf>> {
  const t = textOf(locale);
  if (locale === 'en') await app.getByText('English', { exact: true }).click();
  await app.getByText(t('views.processes'), { exact: true }).click();
  // Below 992 px the process list is folded into a drawer behind one button (reflow).
  const drawerButton = app.getByRole('button', { name: t('views.panes.processes') });
  if (await drawerButton.isVisible()) await drawerButton.click();
  await app.getByRole('option', { name: /保单签发（现状）|Policy issuing \(as-is\)/ }).click();
  // (the 40 shapes open in about a second; a busy shared machine has taken over 10 s)
  await expect(app.locator('.react-flow__node-step').first()).toBeVisible({ timeout: 30_000 });
  return t;
}

async function zoomOf(app: Page): Promise<number> {
  const style = (await app.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? 0);
}

/**
 * F6 into the map (the start), Ctrl+E to its connector: the focused connector shows its ring,
 * kept at least 2 px wide on screen at the first view's zoom (below 1).
 */
async function showConnectorFocus(app: Page, screenshot: string): Promise<void> {
  const start = graph.nodes.find((node) => node.kind === 'start');
  const out = graph.edges.find((edge) => edge.source === start?.id);
  await app.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('F6');
  await app.keyboard.press('Control+e');
  const connector = app.locator(`.react-flow__edge[data-id="${out?.id}"]`);
  await expect(connector).toBeFocused();
  // (shown by CSS; a straight connector's ring has no height to Playwright's toBeVisible)
  const ring = connector.locator('.connector-focus-ring');
  await expect(ring).toHaveCSS('display', 'inline');
  const band = await ring.locator('path[mask]').evaluate((path) => {
    const matrix = (path as SVGGraphicsElement).getScreenCTM();
    const inner = Number(
      path.closest('g')?.querySelector('mask path')?.getAttribute('stroke-width'),
    );
    return ((Number(path.getAttribute('stroke-width')) - inner) / 2) * (matrix?.a ?? 0);
  });
  expect(band).toBeGreaterThanOrEqual(2 - 0.01);
  await app.screenshot({ path: path.join(SCREENSHOTS, screenshot) });
}

for (const locale of ['zh-CN', 'en'] as const satisfies readonly Locale[]) {
  test(`the insurer map names its steps and connectors, in ${locale}`, async ({ app }) => {
    const t = await openInsurerMap(app, locale);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const kind = t(`nodeKinds.${check?.kind ?? 'activity'}`);
    // 第 30 步，活动：检查申请书填写是否完整，泳道：客户服务部 / Step 30, Activity: …, lane: …
    // (the seed numbers the sample's steps as the editor does: the third step is 30)
    expect(check?.stepNumber).toBe(30);
    const stepName = [
      t('processView.reader.stepNumber', { number: check?.stepNumber ?? '' }),
      t('processView.reader.stepWhat', { kind, label: check?.label ?? '' }),
      t('processView.reader.stepLane', { lane: laneOf(check?.laneId) }),
    ].join(t('processView.reader.separator'));
    const step = app.getByRole('group', { name: stepName, exact: true });
    await expect(step).toHaveCount(1);
    await expect(step).toHaveAttribute('data-id', check?.id ?? '');
    await expect(step).toHaveAttribute('aria-roledescription', t('processView.reader.step'));

    const ends = { from: from?.label ?? '', to: check?.label ?? '' };
    const connectorName = into?.label
      ? t('processView.reader.edgeLabelled', { ...ends, label: into.label })
      : t('processView.reader.edge', ends);
    const connector = app.getByRole('group', { name: connectorName, exact: true });
    await expect(connector).toHaveCount(1);
    await expect(connector).toHaveAttribute(
      'aria-roledescription',
      t('processView.reader.connector'),
    );
    // No part of the canvas is named by an internal id or in React Flow's English.
    const names = await app
      .locator('.react-flow [aria-label], .react-flow [aria-roledescription]')
      .evaluateAll((elements) =>
        elements.map(
          (e) => `${e.getAttribute('aria-label')} ${e.getAttribute('aria-roledescription')}`,
        ),
      );
    const text = names.join(' | ');
    expect(text).not.toContain('Edge from');
    expect(text).not.toMatch(/\b(node|edge)\b/);
    // As whole words: the id "end" is inside "legend".
    for (const node of graph.nodes) {
      expect(text).not.toMatch(new RegExp(`(^|[^\\w-])${escape(node.id)}([^\\w-]|$)`));
    }
  });

  test(`the step table opens with its key and selects a step on the map, in ${locale}`, async ({
    app,
  }) => {
    const t = await openInsurerMap(app, locale);
    await app.locator('.react-flow__pane').click({ position: { x: 400, y: 300 } });
    await app.keyboard.press('Control+Shift+L');
    const region = app.getByRole('region', { name: t('processView.reader.table') });
    await expect(region).toBeFocused();
    const table = region.getByRole('table', { name: t('processView.reader.tableCaption') });
    for (const column of ['number', 'label', 'kind', 'lane', 'next']) {
      await expect(
        table.getByRole('columnheader', { name: t(`processView.reader.${column}`), exact: true }),
      ).toBeVisible();
    }
    // (the step's own row: its label is also in the 下一步 column of the row before)
    const row = table
      .getByRole('row')
      .filter({ has: app.getByRole('rowheader', { name: check?.label ?? '', exact: true }) });
    await expect(row.getByRole('cell').first()).toHaveText(String(check?.stepNumber));
    // Every step of the map is listed with its number; only start, end and data have none.
    const numbers = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent ?? ''));
    const numbered = numbers.filter((text) => /^\d+$/.test(text));
    expect(numbered).toHaveLength(countSteps(graph));
    expect(numbered.map(Number)).toEqual(numbered.map((_, i) => (i + 1) * 10));
    await expect(row).toContainText(laneOf(check?.laneId));
    await row.getByRole('button', { name: check?.label ?? '' }).press('Enter');
    await expect(app.locator('.react-flow__node-step.selected')).toHaveCount(1);
    await expect(app.locator('.react-flow__node-step.selected')).toHaveAttribute(
      'data-id',
      check?.id ?? '',
    );
    await expect(row).toHaveAttribute('aria-current', 'true');
    await app.screenshot({ path: path.join(SCREENSHOTS, `map-reader-step-table-${locale}.png`) });

    // axe over the canvas and the step table: nothing to report.
    const findings = await audit(app, `editor canvas (${locale})`, [
      '[data-testid="process-canvas"]',
      '[data-testid="step-table"]',
    ]);
    keepFigures(`map-reader-${locale}`, findings);
    expect(findings).toEqual([]);

    await app.keyboard.press('Escape');
    await expect(region).toHaveCount(0);
  });

  test(`the insurer map opens at a legible zoom, in ${locale}`, async ({ app }) => {
    await openInsurerMap(app, locale);
    await expect.poll(() => zoomOf(app)).toBeGreaterThanOrEqual(LEGIBLE_ZOOM);
    // the start of the flow is in view
    const start = graph.nodes.find((node) => node.kind === 'start');
    await expect(app.locator(`.react-flow__node-step[data-id="${start?.id}"]`)).toBeInViewport();
    await app.screenshot({ path: path.join(SCREENSHOTS, `map-reader-first-view-${locale}.png`) });
    await showConnectorFocus(app, `map-reader-connector-focus-${locale}.png`);
  });
}

test('a small window still opens the map legibly, at its start', async ({ app }) => {
  // 680 × 410 CSS pixels: the window of 1360 × 820 at 200 % zoom.
  await app.setViewportSize({ width: 680, height: 410 });
  await openInsurerMap(app, 'zh-CN');
  await expect.poll(() => zoomOf(app)).toBeGreaterThanOrEqual(LEGIBLE_ZOOM);
  await app.screenshot({ path: path.join(SCREENSHOTS, 'map-reader-first-view-200pct.png') });
  await showConnectorFocus(app, 'map-reader-connector-focus-200pct.png');
});
