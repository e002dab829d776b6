import { describe, expect, it } from 'vitest';
import { renderPicturePages } from '../../../shared/picture';
import { buildScene } from '../../../shared/picture/scene';
import { drawnRect } from '../../../shared/picture/shapes';
import { LINE_HEIGHT, textWidth } from '../../../shared/picture/text';
import type { ProcessGraph } from '../../../shared/process';
import { EN, INFO, insurerGraph, reimbursementGraph, vertical, ZH } from './fixtures';
import { offPageLabels, squeeze, stepTexts, texts } from './svgPages';

const TILED = { mode: 'tiled', paper: 'A4', pageOrientation: 'landscape' } as const;

function everyLabelOnSomePage(graph: ProcessGraph, pages: string[]): void {
  const drawn = new Map<string, string>();
  for (const page of pages) for (const [id, text] of stepTexts(page)) drawn.set(id, text);
  for (const node of graph.nodes) {
    expect(squeeze(drawn.get(node.id) ?? ''), node.id).toContain(squeeze(node.label));
  }
}

describe('the pages of a picture', () => {
  const graph = insurerGraph();
  const pages = renderPicturePages(graph, TILED, INFO, ZH);

  it('draw every step label and every lane title', () => {
    everyLabelOnSomePage(graph, pages);
    for (const lane of graph.lanes) {
      const onPages = pages.filter((page) =>
        squeeze(texts(page).join('')).includes(squeeze(lane.name)),
      );
      // Lane titles are repeated on every page.
      expect(onPages, lane.name).toHaveLength(pages.length);
    }
  });

  it('carry a title block with name, code, version, date and page n of m', () => {
    pages.forEach((page, i) => {
      const block = /<g data-part="title-block">(.*?)<\/g>/.exec(page)?.[1] ?? '';
      const words = texts(block).join(' ');
      expect(squeeze(words)).toContain(squeeze(INFO.name));
      for (const value of [INFO.code, INFO.version, INFO.date, '流程编号', '版本', '日期'])
        expect(words).toContain(value);
      expect(words).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`);
    });
    const english = renderPicturePages(graph, TILED, INFO, EN);
    expect(texts(english[0] ?? '').join(' ')).toContain(`Page 1 of ${english.length}`);
  });

  it('pair each off-page connector: the same label on exactly the two pages it joins', () => {
    const counts = new Map<string, number>();
    for (const page of pages)
      for (const label of offPageLabels(page)) counts.set(label, (counts.get(label) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(0);
    for (const [label, count] of counts) {
      expect(label).toMatch(/^[A-Z]\d+$/);
      expect(count, label).toBe(2);
    }
    // Beside a circle, where there is room, the page the line continues on.
    const notes = pages.flatMap((page) => texts(page).filter((t) => /^(转|接)第 \d+ 页$/.test(t)));
    expect(notes.length).toBeGreaterThan(0);
  });

  it('are standalone SVG files sized to the paper', () => {
    expect(pages[0]).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="297mm" height="210mm"/,
    );
    expect(pages[0]).not.toContain('NaN');
  });
});

describe('labels inside their shapes', () => {
  for (const [name, graph] of [
    ['insurer', insurerGraph()],
    ['reimbursement', reimbursementGraph()],
    ['vertical reimbursement', vertical(reimbursementGraph())],
  ] as const) {
    it(`fit the ${name} map's shapes: every line within the inner region, never clipped`, () => {
      const scene = buildScene(graph);
      for (const step of scene.steps) {
        const node = graph.nodes.find((n) => n.id === step.id);
        const label = step.label;
        if (!node || !label) continue;
        expect(squeeze(label.set.lines.join(''))).toBe(squeeze(node.label));
        const height = label.set.lines.length * label.set.size * LINE_HEIGHT;
        expect(height, node.id).toBeLessThanOrEqual(label.region.height + 0.01);
        const widest = Math.max(...label.set.lines.map((l) => textWidth(l, label.set.size)));
        expect(widest, node.id).toBeLessThanOrEqual(label.region.width + 0.01);
        if (node.kind === 'start' || node.kind === 'end') continue;
        const rect = drawnRect(node, scene.frame);
        expect(label.region.x).toBeGreaterThanOrEqual(rect.x);
        expect(label.region.y).toBeGreaterThanOrEqual(rect.y);
        expect(label.region.x + label.region.width).toBeLessThanOrEqual(rect.x + rect.width);
        expect(label.region.y + label.region.height).toBeLessThanOrEqual(rect.y + rect.height);
      }
    });
  }
});

describe('the reimbursement map', () => {
  const graph = reimbursementGraph();
  const scene = buildScene(graph);
  const [page = ''] = renderPicturePages(graph, { ...TILED, mode: 'fit' }, INFO, ZH);

  it('shows phases, step numbers, the sub-process shape and the method-mark legend', () => {
    const words = texts(page);
    for (const phase of graph.phases ?? []) expect(words).toContain(phase.name);
    for (const number of ['10', '20', '30', '40', '50']) expect(words).toContain(number);
    const legend = /<g data-part="legend"[^>]*>(.*?)<\/g>$/m.exec(page)?.[1] ?? page;
    for (const item of ['增值 (VA)', '非增值 (NVA)', '审批', '检查', '交接'])
      expect(texts(legend)).toContain(item);
    everyLabelOnSomePage(graph, [page]);
    // 预定义流程: a rectangle with a bar inside each side.
    const subProcess = /<g data-step="pay">(.*?)<\/g>/.exec(page)?.[1] ?? '';
    expect(subProcess).toMatch(
      /<rect [^>]*\/><path d="M[\d.]+,[\d.]+ V[\d.]+ M[\d.]+,[\d.]+ V[\d.]+"/,
    );
  });

  it('draws a joint activity across every lane from its own to its joint lane', () => {
    const confirm = graph.nodes.find((n) => n.id === 'confirm');
    if (!confirm) throw new Error('fixture');
    const rect = drawnRect(confirm, scene.frame);
    expect(rect.y).toBeLessThan(160);
    expect(rect.y + rect.height).toBeGreaterThan(320);
  });

  it('ends every arrow on its target’s outline, not inside it', () => {
    for (const route of scene.routes) {
      const edge = graph.edges.find((e) => e.id === route.id);
      const target = graph.nodes.find((n) => n.id === edge?.target);
      const tip = route.points[route.points.length - 1];
      if (!target || !tip || route.association) continue;
      const r = drawnRect(target, scene.frame);
      const cx = r.x + r.width / 2;
      const cy = r.y + r.height / 2;
      if (target.kind === 'decision') {
        const d = Math.abs(tip.x - cx) / (r.width / 2) + Math.abs(tip.y - cy) / (r.height / 2);
        expect(d, route.id).toBeCloseTo(1, 2);
      } else if (target.kind === 'start' || target.kind === 'end') {
        const d = ((tip.x - cx) / (r.width / 2)) ** 2 + ((tip.y - cy) / (r.height / 2)) ** 2;
        expect(d, route.id).toBeCloseTo(1, 2);
      } else {
        const onSide =
          Math.abs(tip.x - r.x) < 0.01 ||
          Math.abs(tip.x - r.x - r.width) < 0.01 ||
          Math.abs(tip.y - r.y) < 0.01 ||
          Math.abs(tip.y - r.y - r.height) < 0.01;
        expect(onSide, route.id).toBe(true);
      }
    }
  });

  it('draws associations dotted without an arrow, and line hops where connectors cross', () => {
    const association = scene.routes.find((r) => r.id === 'e9');
    expect(association?.association).toBe(true);
    expect(association?.svg).toContain('stroke-dasharray');
    expect((association?.svg.match(/<path/g) ?? []).length).toBe(1);
    // A connector added across the 是 route's vertical leg hops over it (an arc).
    const crossing: ProcessGraph = {
      ...graph,
      edges: [
        ...graph.edges,
        {
          id: 'x',
          source: 's',
          target: 'check',
          label: '',
          waypoints: [
            { x: 200, y: 300 },
            { x: 1030, y: 300 },
          ],
        },
      ],
    };
    const hopped = buildScene(crossing).routes.find((r) => r.id === 'x');
    expect(hopped?.svg).toMatch(/ A4\.5,4\.5 0 0 1 /);
  });

  it('escapes text so every page stays well-formed XML', () => {
    const hostile: ProcessGraph = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 'fill' ? { ...n, label: 'a\u0001<b>&"' } : n)),
    };
    const [svg = ''] = renderPicturePages(
      hostile,
      { ...TILED, mode: 'fit' },
      { ...INFO, name: 'R&D <Plan>' },
      EN,
    );
    expect(svg).toContain('a&lt;b&gt;&amp;&quot;');
    expect(svg).toContain('R&amp;D &lt;Plan&gt;');
    expect(svg).not.toContain('\u0001');
  });
});

describe('titles in narrow columns', () => {
  it('stack Chinese phase titles and turn Latin ones to read upwards', () => {
    const turnedGraph = vertical(reimbursementGraph());
    const fit = { ...TILED, mode: 'fit', pageOrientation: 'portrait' } as const;
    const [chinese = ''] = renderPicturePages(turnedGraph, fit, INFO, ZH);
    expect(chinese).not.toContain('rotate(-90');
    expect(texts(chinese)).toEqual(expect.arrayContaining(['申', '请']));
    const latin = {
      ...turnedGraph,
      phases: (turnedGraph.phases ?? []).map((phase) => ({ ...phase, name: `${phase.id} phase` })),
    };
    const [english = ''] = renderPicturePages(latin, fit, INFO, EN);
    expect(english.match(/rotate\(-90 /g)).toHaveLength(3);
    expect(texts(english)).toContain('apply phase');
  });
});
