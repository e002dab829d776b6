import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startHost } from '../../electron/host/server';
import { createHandlers, createServices } from '../../electron/ipc/handlers';
import { LibrarySession } from '../../electron/library/librarySession';
import { NO_DIALOGS } from '../../electron/services/libraryService';
import { layoutProcess } from '../../shared/layout/laneLayout';
import { emptyProcessKpis } from '../../shared/process';
import { generateProcess } from '../unit/layout/fixtures';

/*
 * The process editor in Chromium (Debian's, as the e2e tests use): first render of a
 * 1,000-step / 1,300-connector map (target ≤ 700 ms) and frames per second while panning at
 * zoom 1 (target ≥ 55 fps). Prints figures; never fails on them. Needs `npm run build` first.
 */

export type EditorBenchResult = {
  nodes: number;
  edges: number;
  firstRenderMs: number[];
  panFps: number;
};

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export async function benchEditor(): Promise<EditorBenchResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'roleflow-editor-bench-'));
  const session = new LibrarySession();
  session.open(path.join(folder, 'library.sqlite'), { create: true, seed: 'none' });
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const graph = layoutProcess(generateProcess({ nodes: 1000, edges: 1300, lanes: 6 }));
  const map = services.processes.create('Benchmark map', null);
  services.processes.save(
    map.id,
    {
      code: 'B-1',
      name: 'Benchmark map',
      processClass: 'key',
      ownerRoleId: null,
      departmentId: null,
      purpose: '',
      trigger: '',
      output: '',
      kpis: emptyProcessKpis(),
    },
    graph,
    map.editVersion,
  );
  const host = await startHost({
    handlers: createHandlers(services),
    rendererDir: path.resolve('dist', 'renderer'),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'en' });
    await page.goto(host.url);
    await page.getByText('Processes', { exact: true }).click();
    const firstRenderMs: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      // Leave and reopen the map: each run mounts the editor from nothing.
      await page.getByText('Roles', { exact: true }).click();
      await page.getByText('Processes', { exact: true }).click();
      const started = Date.now();
      await page.getByRole('option', { name: 'Benchmark map' }).click();
      await page.locator('.react-flow__node-step').first().waitFor();
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => resolve(null))),
      );
      firstRenderMs.push(Date.now() - started);
    }
    const panFps = await measurePanFps(page);
    return { nodes: graph.nodes.length, edges: graph.edges.length, firstRenderMs, panFps };
  } finally {
    await browser.close();
    await host.close();
    session.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Drags the canvas for two seconds at zoom 1 and counts the frames the page paints meanwhile. */
async function measurePanFps(page: Page): Promise<number> {
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('no canvas');
  // Zoom to 1 (React Flow's zoom: 1 is its default when fit view is off): use the wheel until
  // the viewport transform reads scale(1).
  // A string, not a function: tsx names functions (__name), which the page does not define.
  await page.evaluate(
    '(() => { window.__frames = 0; const tick = () => { window.__frames += 1; requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()',
  );
  for (let i = 0; i < 20; i += 1) {
    const scale = await page.evaluate(() => {
      const transform =
        document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? '1');
    });
    if (Math.abs(scale - 1) < 0.05) break;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, scale < 1 ? -100 : 100);
    await page.waitForTimeout(50);
  }
  const startX = box.x + box.width * 0.8;
  const y = box.y + box.height / 2;
  await page.mouse.move(startX, y);
  await page.mouse.down();
  const before = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  const started = Date.now();
  let x = startX;
  while (Date.now() - started < 2000) {
    x = x <= box.x + box.width * 0.2 ? startX : x - 8;
    await page.mouse.move(x, y);
  }
  const frames =
    (await page.evaluate(() => (window as unknown as { __frames: number }).__frames)) - before;
  await page.mouse.up();
  return frames / ((Date.now() - started) / 1000);
}
