import { describe, expect, it } from 'vitest';
import type { ProcessGraph } from '../../../shared/process';
import { summarisePicture } from '../../../shared/picture';
import { buildScene } from '../../../shared/picture/scene';
import {
  chooseCuts,
  MAX_SCALE,
  MIN_SCALE,
  planPages,
  toFlow,
  type PictureOptions,
} from '../../../shared/picture/tiling';
import { insurerGraph, reimbursementGraph, vertical } from './fixtures';

const A4_LANDSCAPE: PictureOptions = { mode: 'tiled', paper: 'A4', pageOrientation: 'landscape' };

describe('cutting the flow into pages', () => {
  it('cuts in the gaps between shapes, each piece within the capacity', () => {
    const blocked = [
      { start: 100, end: 240 },
      { start: 300, end: 440 },
      { start: 500, end: 640 },
    ];
    const cuts = chooseCuts(0, 680, 420, blocked);
    expect(cuts).toEqual([270]);
  });

  it('prefers a free phase boundary to the middle of a gap', () => {
    expect(chooseCuts(0, 700, 420, [{ start: 100, end: 200 }], [300, 380])).toEqual([380]);
  });

  it('cuts at the capacity when a shape fills the whole range', () => {
    expect(chooseCuts(0, 1000, 400, [{ start: 0, end: 1000 }])).toEqual([400, 800]);
  });
});

describe('pages of the insurer map', () => {
  const graph = insurerGraph();
  const scene = buildScene(graph);

  it('keeps all five lanes on each A4 landscape page and cuts only along the flow', () => {
    const plan = planPages(scene, A4_LANDSCAPE);
    expect(plan.rows).toBe(1);
    expect(plan.columns).toBeGreaterThan(2);
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(plan.scale).toBeLessThanOrEqual(MAX_SCALE);
    // Every page's map fits the page's content area at that scale.
    for (const tile of plan.tiles) {
      const along =
        (tile.along.end - tile.along.start + plan.laneTitles.end - plan.laneTitles.start) *
        plan.scale;
      expect(along).toBeLessThanOrEqual(plan.content.width + 0.01);
    }
  });

  it('never cuts through a step: each lies wholly on one page', () => {
    const plan = planPages(scene, A4_LANDSCAPE);
    for (const step of scene.steps) {
      const r = toFlow(step.footprint, plan.orientation);
      const holders = plan.tiles.filter(
        (t) => r.x >= t.along.start && r.x + r.width <= t.along.end,
      );
      expect(holders, step.id).toHaveLength(1);
    }
  });

  it('needs fewer pages on A3 than on A4, and one page when fitted', () => {
    const a4 = summarisePicture(graph, A4_LANDSCAPE);
    const a3 = summarisePicture(graph, { ...A4_LANDSCAPE, paper: 'A3' });
    expect(a3.pages).toBeLessThanOrEqual(a4.pages);
    expect(a3.textPt).toBeGreaterThan(a4.textPt);
    const fitted = summarisePicture(graph, { ...A4_LANDSCAPE, mode: 'fit' });
    expect(fitted.pages).toBe(1);
    // 35 steps on one A4 page print far below the readable size: the dialog says so.
    expect(fitted.small).toBe(true);
    expect(a4.small).toBe(false);
  });

  it('tiles a vertical map down the page', () => {
    const plan = planPages(buildScene(vertical(graph)), {
      ...A4_LANDSCAPE,
      pageOrientation: 'portrait',
    });
    expect(plan.orientation).toBe('vertical');
    expect(plan.rows).toBe(1);
    expect(plan.columns).toBeGreaterThan(1);
    const along = (plan.tiles[0]?.along.end ?? 0) - (plan.tiles[0]?.along.start ?? 0);
    const lanesTitle = plan.laneTitles.end - plan.laneTitles.start;
    expect((along + lanesTitle) * plan.scale).toBeLessThanOrEqual(plan.content.height + 0.01);
  });
});

describe('maps too deep for one page across', () => {
  it('are cut across too, at the lane boundaries, at the readable minimum scale', () => {
    const base = reimbursementGraph();
    const lanes = Array.from({ length: 9 }, (_, i) => ({
      id: `l${i}`,
      name: `部门 ${i + 1}`,
      owner: { kind: 'none' as const },
      size: 160,
    }));
    const graph: ProcessGraph = { ...base, lanes: [...base.lanes, ...lanes] };
    const plan = planPages(buildScene(graph), A4_LANDSCAPE);
    expect(plan.scale).toBeCloseTo(MIN_SCALE);
    expect(plan.rows).toBeGreaterThan(1);
    for (const cut of plan.acrossCuts) expect(cut % 160).toBe(0);
  });
});
