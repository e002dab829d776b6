import { describe, expect, it } from 'vitest';
import {
  setAnalysisData,
  setBranch,
  setGateway,
} from '../../../renderer/editor/commands/analysisCommands';
import { renderPicturePages } from '../../../shared/picture';
import { graphSchema } from '../../../shared/processSchema';
import { decision, end, flow, graphOf, start, step } from '../analysis/graphs';
import { INFO, ZH } from '../picture/fixtures';

function inspection() {
  // Laid out left to right inside the lane, so the picture export draws every step.
  const nodes = [start(), step('check', 'l1'), decision('ok', 'l1', { label: '合格?' }), end()];
  return graphOf(
    { l1: 'none' },
    nodes.map((node, i) => ({ ...node, x: 200 + 160 * i, y: 40, width: 80, height: 80 })),
    [
      flow('start', 'check'),
      flow('check', 'ok'),
      { ...flow('ok', 'end'), id: 'pass' },
      { ...flow('ok', 'check'), id: 'reject' },
    ],
  );
}

describe('gateway type of a decision', () => {
  it('is set, stored absent for exclusive, and a no-op when unchanged', () => {
    const graph = inspection();
    const parallel = setGateway(graph, 'ok', 'parallel');
    expect(parallel.nodes.find((n) => n.id === 'ok')?.gateway).toBe('parallel');
    expect(setGateway(parallel, 'ok', 'parallel')).toBe(parallel);
    const back = setGateway(parallel, 'ok', 'exclusive');
    expect(back.nodes.find((n) => n.id === 'ok')).not.toHaveProperty('gateway');
    expect(setGateway(graph, 'ok', 'exclusive')).toBe(graph);
  });

  it('is refused on anything but a decision', () => {
    const graph = inspection();
    expect(setGateway(graph, 'check', 'parallel')).toBe(graph);
  });

  it('draws + for parallel and ○ for inclusive in the picture export, nothing for exclusive', () => {
    const options = { mode: 'fit', paper: 'A4', pageOrientation: 'landscape' } as const;
    const page = (g: ReturnType<typeof inspection>) =>
      renderPicturePages(g, options, INFO, ZH).join('');
    const graph = inspection();
    expect(page(graph)).not.toContain('data-gateway');
    expect(page(setGateway(graph, 'ok', 'parallel'))).toContain('data-gateway="parallel"');
    expect(page(setGateway(graph, 'ok', 'inclusive'))).toContain('data-gateway="inclusive"');
  });
});

describe('a branch’s probability and outcome', () => {
  it('are set, cleared with null, kept when not named', () => {
    const graph = inspection();
    const set = setBranch(graph, 'reject', { probability: 20, outcome: 'reject' });
    expect(set.edges.find((e) => e.id === 'reject')).toMatchObject({
      probability: 20,
      outcome: 'reject',
    });
    const cleared = setBranch(set, 'reject', { probability: null });
    const edge = cleared.edges.find((e) => e.id === 'reject');
    expect(edge).not.toHaveProperty('probability');
    expect(edge?.outcome).toBe('reject');
    expect(setBranch(cleared, 'reject', { outcome: 'reject' })).toBe(cleared);
    expect(graphSchema.safeParse(set).success).toBe(true);
  });
});

describe('the process’s analysis data', () => {
  it('merges fields, drops cleared ones, and removes the record when empty', () => {
    const graph = inspection();
    const volume = setAnalysisData(graph, { annualVolume: 12000 });
    expect(volume.analysis).toEqual({ annualVolume: 12000 });
    const limit = setAnalysisData(volume, { timeLimitDays: 5, timeLimitMinutes: 120 });
    expect(limit.analysis).toEqual({
      annualVolume: 12000,
      timeLimitDays: 5,
      timeLimitMinutes: 120,
    });
    expect(setAnalysisData(limit, { timeLimitDays: 5 })).toBe(limit);
    const fewer = setAnalysisData(limit, { timeLimitDays: null, timeLimitMinutes: null });
    expect(fewer.analysis).toEqual({ annualVolume: 12000 });
    expect(setAnalysisData(fewer, { annualVolume: null })).not.toHaveProperty('analysis');
    expect(setAnalysisData(graph, { variantOfId: null })).toBe(graph);
  });

  it('keeps the dismissed findings when a figure changes', () => {
    const dismissed = [{ key: 'E1:x', reason: '法规要求', at: '2026-12-01T00:00:00Z' }];
    const graph = { ...inspection(), analysis: { dismissed } };
    expect(setAnalysisData(graph, { variantOfId: 7 }).analysis).toEqual({
      dismissed,
      variantOfId: 7,
    });
  });
});
