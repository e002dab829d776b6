import { describe, expect, it } from 'vitest';
import {
  diagramFrame,
  LANE_HEADER_HEIGHT,
  laneAtPoint,
  PHASE_HEADER_SIZE,
  phaseAtPoint,
} from '../../../shared/layout/frame';
import { LANE_HEADER_WIDTH } from '../../../shared/layout/geometry';
import type { ProcessGraph } from '../../../shared/process';
import { lane, node } from './fixtures';

function graph(extra: Partial<ProcessGraph> = {}): ProcessGraph {
  const step = { ...node('s', 'b'), x: 300, y: 130 };
  return { lanes: [lane('a', 100), lane('b', 150)], nodes: [step], edges: [], ...extra };
}

describe('diagramFrame', () => {
  it('stacks horizontal lanes as rows with their titles at the left', () => {
    const frame = diagramFrame(graph());
    expect(frame.orientation).toBe('horizontal');
    expect(frame.lanes.map((l) => [l.rect.y, l.rect.height])).toEqual([
      [0, 100],
      [100, 150],
    ]);
    expect(frame.lanes[1]?.header).toEqual({ x: 0, y: 100, width: LANE_HEADER_WIDTH, height: 150 });
    expect(frame.flowStart).toBe(LANE_HEADER_WIDTH);
    expect(laneAtPoint(frame, { x: 370, y: 160 })?.laneId).toBe('b');
    // A band owns its first edge, not its last.
    expect(laneAtPoint(frame, { x: 370, y: 100 })?.laneId).toBe('b');
    expect(laneAtPoint(frame, { x: 370, y: 250 })).toBeUndefined();
  });

  it('turns lanes into columns with their titles on top when vertical', () => {
    const frame = diagramFrame(graph({ orientation: 'vertical' }));
    expect(frame.lanes.map((l) => [l.rect.x, l.rect.width])).toEqual([
      [0, 100],
      [100, 150],
    ]);
    expect(frame.lanes[0]?.header).toEqual({ x: 0, y: 0, width: 100, height: LANE_HEADER_HEIGHT });
    expect(frame.flowStart).toBe(LANE_HEADER_HEIGHT);
    expect(laneAtPoint(frame, { x: 120, y: 400 })?.laneId).toBe('b');
  });

  it('runs the lanes past the last step along the flow', () => {
    const far = { ...node('far', 'a'), x: 2000, y: 10 };
    const frame = diagramFrame(graph({ nodes: [far] }));
    expect(frame.flowEnd).toBeGreaterThan(far.x + far.width);
    expect(frame.lanes[0]?.rect.width).toBe(frame.flowEnd);
  });

  it('puts phases after the lane titles, their titles above the lanes, moving no step', () => {
    const phases = [
      { id: 'p1', name: '申请', size: 300 },
      { id: 'p2', name: '审批', size: 400 },
    ];
    const frame = diagramFrame(graph({ phases }));
    expect(frame.phases.map((p) => [p.rect.x, p.rect.width, p.rect.height])).toEqual([
      [LANE_HEADER_WIDTH, 300, 250],
      [LANE_HEADER_WIDTH + 300, 400, 250],
    ]);
    expect(frame.phases[0]?.header.y).toBe(-PHASE_HEADER_SIZE);
    expect(frame.bounds.top).toBe(-PHASE_HEADER_SIZE);
    expect(phaseAtPoint(frame, { x: 500, y: 50 })?.phaseId).toBe('p2');
    expect(frame.flowEnd).toBeGreaterThanOrEqual(LANE_HEADER_WIDTH + 700);
  });

  it('puts the phase titles of a vertical map left of the lanes', () => {
    const frame = diagramFrame(
      graph({ orientation: 'vertical', phases: [{ id: 'p1', name: '申请', size: 300 }] }),
    );
    expect(frame.phases[0]?.rect).toEqual({ x: 0, y: LANE_HEADER_HEIGHT, width: 250, height: 300 });
    expect(frame.phases[0]?.header.x).toBe(-PHASE_HEADER_SIZE);
    expect(frame.bounds.left).toBe(-PHASE_HEADER_SIZE);
  });

  it('bounds a map without lanes by its shapes', () => {
    const frame = diagramFrame({
      lanes: [],
      nodes: [{ ...node('s', null), x: -50, y: 40 }],
      edges: [],
    });
    expect(frame.lanes).toEqual([]);
    expect(frame.bounds.left).toBe(-50);
  });
});
