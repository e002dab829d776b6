import { describe, expect, it } from 'vitest';
import { exportBpmn } from '../../../electron/interchange/bpmnExport';
import { importBpmn } from '../../../electron/interchange/bpmnImport';
import { fromLegacyVertical } from '../../../electron/interchange/verticalFit';
import { indexXml, attr } from '../../../electron/interchange/xmlIndex';
import { describeProblem } from '../../../electron/interchange/warnings';
import type { NodeKind, ProcessGraph, ProcessNode } from '../../../shared/process';
import { fixture, importText, only, preservedOf } from './helpers';

/*
 * What issue 8 added to a map travels through BPMN and back: the orientation (lanes as
 * columns: isHorizontal="false"), phases (groups across all lanes naming a category value),
 * each connector's stored route (DI waypoints), step numbers and joint lanes (roleflow:
 * attributes) — through a fresh export, and through the patched export of an imported file.
 */

function step(
  id: string,
  kind: NodeKind,
  laneId: string,
  x: number,
  y: number,
  extra: Partial<ProcessNode> = {},
): ProcessNode {
  const round = kind === 'start' || kind === 'end';
  return {
    id,
    kind,
    label: `步骤 ${id}`,
    laneId,
    x,
    y,
    width: round ? 48 : 140,
    height: round ? 48 : 64,
    ...extra,
  };
}

/** A vertical map: two lanes as columns (200 wide), two phases as rows, flow downwards. */
function verticalMap(): ProcessGraph {
  return {
    orientation: 'vertical',
    lanes: [
      { id: 'Lane_Clerk', name: '经办人', owner: { kind: 'none' }, size: 200 },
      { id: 'Lane_Boss', name: '主管', owner: { kind: 'none' }, size: 200 },
    ],
    phases: [
      { id: 'Phase_Apply', name: '申请', size: 260 },
      { id: 'Phase_Approve', name: '审批', size: 300 },
    ],
    nodes: [
      step('Start', 'start', 'Lane_Clerk', 76, 80, { phaseId: 'Phase_Apply' }),
      step('Fill', 'activity', 'Lane_Clerk', 30, 180, { stepNumber: 10, phaseId: 'Phase_Apply' }),
      step('Check', 'decision', 'Lane_Boss', 230, 340, {
        stepNumber: 20,
        phaseId: 'Phase_Approve',
      }),
      step('Sign', 'activity', 'Lane_Clerk', 130, 440, {
        stepNumber: 25,
        jointLaneId: 'Lane_Boss',
        phaseId: 'Phase_Approve',
      }),
      step('End', 'end', 'Lane_Boss', 276, 560, { phaseId: 'Phase_Approve' }),
    ],
    edges: [
      { id: 'F1', source: 'Start', target: 'Fill', label: '' },
      {
        id: 'F2',
        source: 'Fill',
        target: 'Check',
        label: '',
        waypoints: [
          { x: 100, y: 290 },
          { x: 300, y: 290 },
        ],
      },
      {
        id: 'F3',
        source: 'Check',
        target: 'Sign',
        label: '是',
        sourceSide: 'bottom',
        waypoints: [
          { x: 300, y: 420 },
          { x: 200, y: 420 },
        ],
      },
      { id: 'F4', source: 'Sign', target: 'End', label: '' },
    ],
  };
}

/** The connectors of verticalMap() with a stored route. */
const ROUTED = new Set(['F2', 'F3']);

const round2 = (value: number) => Math.round(value * 100) / 100;

/** What the round trip must keep of the new fields, nodes and edges by id. */
function marks(graph: ProcessGraph, routed: ReadonlySet<string> = ROUTED) {
  return {
    orientation: graph.orientation ?? 'horizontal',
    lanes: graph.lanes.map(({ id, name, size }) => ({ id, name, size })),
    phases: graph.phases ?? [],
    nodes: [...graph.nodes]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((n) => ({
        id: n.id,
        laneId: n.laneId,
        x: round2(n.x),
        y: round2(n.y),
        stepNumber: n.stepNumber ?? null,
        jointLaneId: n.jointLaneId ?? null,
        phaseId: n.phaseId ?? null,
      })),
    // A connector never routed comes back with the route the export drew: only stored routes
    // are compared (see routed).
    routes: Object.fromEntries(
      graph.edges.filter((e) => routed.has(e.id)).map((e) => [e.id, e.waypoints ?? []]),
    ),
  };
}

describe('fresh export → import', () => {
  it('keeps a vertical map: orientation, phases, routes, step numbers and joint lanes', async () => {
    const graph = verticalMap();
    const xml = await exportBpmn({ name: '报销', graph });
    const index = indexXml(xml);
    const shapeOf = (id: string) =>
      index.all.find((e) => e.local === 'BPMNShape' && attr(e, 'bpmnElement') === id);
    expect(attr(shapeOf('Lane_Clerk') ?? index.root, 'isHorizontal')).toBe('false');
    expect(xml).toContain('roleflow:stepNumber="25"');
    expect(xml).toContain('roleflow:jointLane="Lane_Boss"');
    expect(xml).toMatch(/<bpmn:group id="Phase_Apply" categoryValueRef="Phase_Apply_name"/);
    expect(xml).toMatch(/<bpmn:categoryValue id="Phase_Apply_name" value="申请"/);
    const result = await importText(xml);
    expect(marks(only(result.processes).graph)).toEqual(marks(graph));
    // the phases are shown, so they are no hidden groups
    expect(result.problems).toEqual([]);
  });

  it('writes the stored route between the shapes’ borders as the DI waypoints', async () => {
    const xml = await exportBpmn({ name: '报销', graph: verticalMap() });
    const edge = indexXml(xml).all.find((e) => attr(e, 'bpmnElement') === 'F3');
    const points = (edge?.children ?? []).map((p) => [Number(attr(p, 'x')), Number(attr(p, 'y'))]);
    // leaves the decision by its bottom side, under the first bend; ends on Sign's right side
    expect(points).toEqual([
      [300, 404],
      [300, 420],
      [200, 420],
      [200, 440],
    ]);
  });

  it('keeps a horizontal map with phases, and leaves out what it does not have', async () => {
    const vertical = verticalMap();
    const graph: ProcessGraph = {
      lanes: vertical.lanes,
      phases: [
        { id: 'Phase_Apply', name: '申请', size: 400 },
        { id: 'Phase_Approve', name: '审批', size: 500 },
      ],
      nodes: vertical.nodes.map((n, i) => ({
        ...n,
        x: 160 + i * 160,
        y: n.laneId === 'Lane_Clerk' ? 60 : 260,
        phaseId: i < 2 ? 'Phase_Apply' : 'Phase_Approve',
      })),
      edges: vertical.edges.map(({ waypoints: _w, sourceSide: _s, ...edge }) => edge),
    };
    const xml = await exportBpmn({ name: '报销', graph });
    expect(xml).not.toContain('isHorizontal="false"');
    const back = only((await importText(xml)).processes).graph;
    expect(back.orientation).toBeUndefined();
    const { routes: _routes, ...kept } = marks(back);
    const { routes: _original, ...expected } = marks(graph);
    expect(kept).toEqual(expected);
  });
});

describe('patched export of an imported file', () => {
  it('writes a new route, a step number and a joint lane into the file, and reads them back', async () => {
    const imported = only(
      (await importText(await exportBpmn({ name: 'x', graph: verticalMap() }))).processes,
    );
    const source = preservedOf(imported).sourceXml;
    // unchanged: the file as it was
    expect(await exportBpmn({ name: imported.name, graph: imported.graph })).toBe(source);
    const graph = structuredClone(imported.graph);
    const f4 = graph.edges.find((e) => e.id === 'F4');
    const fill = graph.nodes.find((n) => n.id === 'Fill');
    if (!f4 || !fill) throw new Error('missing');
    f4.waypoints = [
      { x: 150, y: 540 },
      { x: 300, y: 540 },
    ];
    fill.stepNumber = 5;
    fill.jointLaneId = 'Lane_Boss';
    const xml = await exportBpmn({ name: imported.name, graph });
    const back = only((await importText(xml)).processes).graph;
    const routed = new Set([...ROUTED, 'F4']);
    expect(marks(back, routed)).toEqual(marks(graph, routed));
  });

  it('exports a map stored before vertical maps (shapes turned a quarter) as its file was', async () => {
    const imported = only(
      (await importText(await exportBpmn({ name: 'x', graph: verticalMap() }))).processes,
    );
    const source = preservedOf(imported).sourceXml;
    // what an earlier RoleFlow stored: no orientation, each centre's axes swapped
    const legacy: ProcessGraph = {
      ...imported.graph,
      orientation: undefined,
      nodes: imported.graph.nodes.map((n) => ({
        ...n,
        x: n.y - (n.width - n.height) / 2,
        y: n.x - (n.height - n.width) / 2,
      })),
    };
    expect(marks(fromLegacyVertical(legacy)).nodes).toEqual(marks(imported.graph).nodes);
    expect(await exportBpmn({ name: imported.name, graph: legacy })).toBe(source);
  });
});

describe('an imported map turned to the other orientation', () => {
  it('is written with its lanes as columns, and read back vertical', async () => {
    const { orientation: _o, phases: _p, ...plain } = verticalMap();
    // the same map drawn horizontally: each shape's position transposed, lanes as rows
    const horizontal: ProcessGraph = {
      ...plain,
      nodes: plain.nodes.map(({ phaseId: _phase, ...n }) => ({ ...n, x: n.y, y: n.x })),
    };
    const imported = only(
      (await importText(await exportBpmn({ name: 'x', graph: horizontal }))).processes,
    );
    expect(imported.graph.orientation).toBeUndefined();
    const turned: ProcessGraph = {
      ...imported.graph,
      orientation: 'vertical',
      nodes: imported.graph.nodes.map((n) => ({ ...n, x: n.y, y: n.x })),
    };
    const xml = await exportBpmn({ name: imported.name, graph: turned });
    expect(xml).toMatch(/bpmnElement="Lane_Clerk" isHorizontal="false"/);
    const back = only((await importText(xml)).processes).graph;
    expect(back.orientation).toBe('vertical');
    const { routes: _r1, ...kept } = marks(back);
    const { routes: _r2, ...expected } = marks(turned);
    expect(kept).toEqual(expected);
  });
});

describe('phases of an imported file', () => {
  it('renames, resizes, removes and adds phases as the groups they are', async () => {
    const imported = only(
      (await importText(await exportBpmn({ name: 'x', graph: verticalMap() }))).processes,
    );
    const graph = structuredClone(imported.graph);
    const [apply, approve] = graph.phases ?? [];
    if (!apply || !approve) throw new Error('phases');
    apply.name = '提交申请';
    apply.size = 280;
    graph.phases = [apply, { id: 'Phase_Archive', name: '归档', size: 200 }];
    graph.nodes = graph.nodes.map((n) => ({
      ...n,
      phaseId: n.phaseId === approve.id ? null : n.phaseId,
    }));
    const xml = await exportBpmn({ name: imported.name, graph });
    expect(xml).not.toContain('id="Phase_Approve"');
    const back = only((await importText(xml)).processes).graph;
    expect(back.phases).toEqual([
      { id: 'Phase_Apply', name: '提交申请', size: 280 },
      { id: 'Phase_Archive', name: '归档', size: 200 },
    ]);
  });

  it('are added to a file that had none', async () => {
    const { phases: _phases, ...plain } = verticalMap();
    const graph: ProcessGraph = {
      ...plain,
      nodes: plain.nodes.map(({ phaseId: _p, ...n }) => n),
    };
    const imported = only((await importText(await exportBpmn({ name: 'x', graph }))).processes);
    expect(imported.graph.phases).toBeUndefined();
    const phased = { ...imported.graph, phases: [{ id: 'P1', name: '申请', size: 300 }] };
    const back = only(
      (await importText(await exportBpmn({ name: imported.name, graph: phased }))).processes,
    ).graph;
    expect(back.phases).toEqual([{ id: 'P1', name: '申请', size: 300 }]);
  });
});

describe('import of connectors that break a connection rule', () => {
  it('keeps them in the map and lists each with its reason', async () => {
    const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="${MODEL}" id="d" targetNamespace="x">
  <process id="p" name="审批">
    <startEvent id="s" name="开始"/><task id="t" name="填写申请"/><endEvent id="e" name="结束"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
    <sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
    <sequenceFlow id="back" sourceRef="e" targetRef="t"/>
    <sequenceFlow id="again" sourceRef="s" targetRef="t"/>
  </process>
</definitions>`;
    const result = await importText(xml);
    expect(only(result.processes).graph.edges.map((e) => e.id)).toEqual([
      'f1',
      'f2',
      'back',
      'again',
    ]);
    const listed = result.problems.filter((p) => p.code.startsWith('flow')).map(describeProblem);
    expect(listed).toEqual([
      'line 7: flowOutOfEnd process=审批 flow=back source=结束 target=填写申请',
      'line 8: flowDuplicate process=审批 flow=again source=开始 target=填写申请',
    ]);
  });
});

describe('vertical lanes of another tool’s file', () => {
  it('are read as a vertical map in the file’s own coordinates', async () => {
    const result = await importBpmn(fixture('A.4.1.bpmn'));
    const pool = result.processes[1];
    expect(pool?.graph.orientation).toBe('vertical');
    const lanes = pool?.graph.lanes ?? [];
    // each shape sits in its lane's column
    let left = 0;
    const columns = new Map(
      lanes.map((lane) => {
        const column = [left, left + lane.size] as const;
        left += lane.size;
        return [lane.id, column];
      }),
    );
    for (const node of pool?.graph.nodes ?? []) {
      const column = node.laneId === null ? undefined : columns.get(node.laneId);
      if (!column) continue;
      const centre = node.x + node.width / 2;
      expect(centre, node.id).toBeGreaterThanOrEqual(column[0]);
      expect(centre, node.id).toBeLessThan(column[1]);
    }
  });
});
