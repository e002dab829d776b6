import { describe, expect, it } from 'vitest';
import { diagramFrame } from '../../../../shared/layout/frame';
import type { ProcessGraph, ProcessNode } from '../../../../shared/process';
import { findSteps, stepThrough } from '../../../../renderer/editor/find/findSteps';
import { toFlow } from '../../../../renderer/editor/mapping';
import { fitViewport, LEGIBLE_ZOOM } from '../../../../renderer/editor/view/fitViewport';
import { fitLabel, laneTitleFontSize } from '../../../../renderer/editor/view/labelFit';
import { stepMarks } from '../../../../renderer/editor/view/stepMarks';

const node = (id: string, label: string, x: number, y: number, extra: Partial<ProcessNode> = {}) =>
  ({ id, kind: 'activity', label, laneId: 'a', x, y, width: 140, height: 64, ...extra }) as const;

const graph: ProcessGraph = {
  orientation: 'vertical',
  lanes: [
    { id: 'a', name: '客服部', owner: { kind: 'none' }, size: 200 },
    { id: 'b', name: '核保部', owner: { kind: 'none' }, size: 160 },
    { id: 'c', name: '出单部', owner: { kind: 'none' }, size: 160 },
  ],
  phases: [{ id: 'p', name: '受理', size: 300 }],
  nodes: [
    node('n3', '核保审批', 30, 400, { stepNumber: 30 }),
    node('n1', '受理投保申请', 30, 100, { stepNumber: 10, jointLaneId: 'c' }),
    node('n2', '录入核保系统', 230, 200, {
      laneId: 'b',
      stepNumber: 20,
      activity: {
        raci: [],
        workMinutes: null,
        waitMinutes: null,
        valueClass: 'NVA',
        isApproval: true,
        isInspection: false,
        isHandOff: true,
        inputs: '',
        outputs: '',
        formsAndSystems: '',
        instruction: '',
      },
    }),
  ],
  edges: [],
};

describe('toFlow for vertical maps', () => {
  it('draws lanes as columns with their titles on top, and phases as rows', () => {
    const { nodes } = toFlow(graph);
    const lanes = nodes.filter((n) => n.type === 'lane');
    expect(lanes.map((lane) => [lane.position.x, lane.position.y, lane.data.width])).toEqual([
      [0, 0, 200],
      [200, 0, 160],
      [360, 0, 160],
    ]);
    expect(lanes.every((lane) => lane.type === 'lane' && lane.data.header === 48)).toBe(true);
    const phases = nodes.filter((n) => n.type === 'phase');
    // the body across every lane, and the title band left of the lanes
    expect(phases.map((p) => [p.id, p.position, p.selectable])).toEqual([
      ['phase:p:body', { x: 0, y: 48 }, false],
      ['phase:p', { x: -32, y: 48 }, true],
    ]);
  });
});

describe('step marks', () => {
  it('carry the number, value class and flags of a step', () => {
    const frame = diagramFrame(graph);
    const marks = stepMarks(graph.nodes[2] as ProcessNode, frame);
    expect(marks).toMatchObject({
      stepNumber: 20,
      valueClass: 'NVA',
      approval: true,
      inspection: false,
      handOff: true,
      span: null,
    });
  });

  it('draw a joint activity across both lanes and the one between', () => {
    const frame = diagramFrame(graph);
    const span = stepMarks(graph.nodes[1] as ProcessNode, frame).span;
    // box 30…170 across; lanes a…c span 0…520; 12 kept clear at each outer edge
    expect(span).toEqual({ before: 18, after: 520 - 12 - 170 });
  });
});

describe('find', () => {
  it('finds by label or step number, in reading order along the flow', () => {
    expect(findSteps(graph, '核保')).toEqual(['n2', 'n3']);
    expect(findSteps(graph, '1')).toEqual(['n1']);
    expect(findSteps(graph, '  ')).toEqual([]);
  });

  it('steps through the hits both ways, wrapping round', () => {
    expect(stepThrough(3, -1, false)).toBe(0);
    expect(stepThrough(3, -1, true)).toBe(2);
    expect(stepThrough(3, 2, false)).toBe(0);
    expect(stepThrough(3, 0, true)).toBe(2);
    expect(stepThrough(0, 0, false)).toBe(-1);
  });
});

describe('fit to view', () => {
  const screen = { width: 900, height: 640 };

  it('shows a small map whole', () => {
    const fit = fitViewport({ left: -10, top: -32, right: 900, bottom: 480 }, screen, 'horizontal');
    expect(fit.zoom).toBeGreaterThan(LEGIBLE_ZOOM);
    expect(fit.zoom).toBeLessThan(1.2);
  });

  it('fits a long map to its lanes (the height), starting at the flow start', () => {
    // the insurer's as-is map: one strip of 35 steps across 5 lanes
    const bounds = { left: 0, top: 0, right: 12544, bottom: 860 };
    const tall = { width: 900, height: 760 };
    const fit = fitViewport(bounds, tall, 'horizontal');
    expect(fit.zoom).toBeCloseTo((760 - 48) / 860, 5);
    expect(fit.x).toBe(24);
    const vertical = fitViewport({ left: 0, top: 0, right: 860, bottom: 12544 }, tall, 'vertical');
    expect(vertical.zoom).toBeCloseTo((900 - 48) / 860, 5);
    expect(vertical.y).toBe(24);
  });

  it('never opens below the legible zoom: the start of the flow and the first lanes instead', () => {
    // the insurer's map in a small canvas (200 % zoom): its 5 lanes would fit only at 0.17
    const bounds = { left: -40, top: -32, right: 12544, bottom: 860 };
    const small = { width: 520, height: 200 };
    const fit = fitViewport(bounds, small, 'horizontal');
    expect(fit.zoom).toBe(LEGIBLE_ZOOM);
    // the top-left corner of the map (lane titles, first step) sits at the padding
    expect(fit.x + bounds.left * fit.zoom).toBe(24);
    expect(fit.y + bounds.top * fit.zoom).toBe(24);
    const vertical = fitViewport(
      { left: -32, top: -40, right: 860, bottom: 12544 },
      small,
      'vertical',
    );
    expect(vertical.zoom).toBe(LEGIBLE_ZOOM);
    expect(vertical.x + -32 * vertical.zoom).toBe(24);
    expect(vertical.y + -40 * vertical.zoom).toBe(24);
  });
});

describe('labels', () => {
  it('keep the full size when they fit, and shrink a little when long', () => {
    expect(fitLabel('activity', '登记投保申请台账', 140, 64)).toMatchObject({
      fontSize: 12,
      fits: true,
    });
    const long = fitLabel(
      'activity',
      '检查申请书填写是否完整并退回客户补齐资料后重新登记',
      140,
      64,
    );
    expect(long.fontSize).toBeLessThan(12);
    expect(fitLabel('decision', '资料齐全并且符合核保规则吗？还有别的吗', 80, 80).fits).toBe(false);
  });

  it('fit bilingual lane titles into a column header', () => {
    expect(laneTitleFontSize('核保部', 160, 48)).toBe(13);
    expect(laneTitleFontSize('客户服务部 / Customer Service', 120, 48)).toBeLessThan(13);
  });
});
