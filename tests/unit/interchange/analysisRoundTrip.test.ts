import { describe, expect, it } from 'vitest';
import { exportBpmn } from '../../../electron/interchange/bpmnExport';
import { emptyActivityDetails, type ProcessGraph, type ProcessNode } from '../../../shared/process';
import { importText, only, preservedOf } from './helpers';

/*
 * The process analysis's data travels through BPMN and back (issue 9): a decision's gateway
 * type as the gateway element, a branch's probability and outcome and an activity's wait in
 * days, fixed cost, first-pass yield and repetitive flag in the roleflow extension — through a
 * fresh export, and through the patched export of an imported file (the smallest edit).
 */

function node(id: string, kind: ProcessNode['kind'], x: number, extra: Partial<ProcessNode> = {}) {
  const round = kind === 'start' || kind === 'end';
  const size = kind === 'decision' ? 60 : round ? 40 : 120;
  return {
    id,
    kind,
    label: `步骤 ${id}`,
    laneId: 'Lane_Clerk',
    x,
    y: 40,
    width: size,
    height: round ? 40 : 60,
    ...extra,
  } satisfies ProcessNode;
}

/** Check, then an inclusive gateway, rework 20 % of the time; Sign waits 2 days. */
function inspectionMap(): ProcessGraph {
  return {
    lanes: [{ id: 'Lane_Clerk', name: '经办人', owner: { kind: 'none' }, size: 200 }],
    nodes: [
      node('Start', 'start', 100),
      node('Check', 'activity', 200, {
        activity: {
          ...emptyActivityDetails(),
          workMinutes: 10,
          waitDays: 2,
          fixedCost: 12.5,
          firstPassYield: 80,
          isRepetitive: true,
        },
      }),
      node('Ok', 'decision', 380, { gateway: 'inclusive' }),
      node('Split', 'decision', 500, { gateway: 'parallel' }),
      node('End', 'end', 640),
    ],
    edges: [
      { id: 'F1', source: 'Start', target: 'Check', label: '' },
      { id: 'F2', source: 'Check', target: 'Ok', label: '' },
      { id: 'F3', source: 'Ok', target: 'Split', label: '是', probability: 80, outcome: 'pass' },
      { id: 'F4', source: 'Ok', target: 'Check', label: '否', probability: 20, outcome: 'reject' },
      { id: 'F5', source: 'Split', target: 'End', label: '' },
    ],
  };
}

/** What the analysis reads of a graph, by element id. */
function analysisData(graph: ProcessGraph) {
  return {
    gateways: Object.fromEntries(
      graph.nodes.filter((n) => n.kind === 'decision').map((n) => [n.id, n.gateway ?? 'exclusive']),
    ),
    branches: Object.fromEntries(
      graph.edges.map((e) => [e.id, { p: e.probability ?? null, o: e.outcome ?? null }]),
    ),
    // An unset flag reads back absent: the same as false to the editor.
    check: { isRepetitive: false, ...graph.nodes.find((n) => n.id === 'Check')?.activity },
  };
}

describe('fresh export → import of the analysis data', () => {
  it('writes gateway elements by type and the branch and activity data, and reads them back', async () => {
    const graph = inspectionMap();
    const xml = await exportBpmn({ name: '检查', graph });
    expect(xml).toMatch(/<bpmn:inclusiveGateway id="Ok"/);
    expect(xml).toMatch(/<bpmn:parallelGateway id="Split"/);
    expect(xml).toMatch(/<bpmn:sequenceFlow id="F4"[^>]*roleflow:probability="20"/);
    expect(xml).toMatch(/<bpmn:sequenceFlow id="F4"[^>]*roleflow:outcome="reject"/);
    expect(xml).toMatch(/waitDays="2"/);
    const back = only((await importText(xml)).processes).graph;
    expect(analysisData(back)).toEqual(analysisData(graph));
  });

  it('writes nothing for data not given', async () => {
    const graph = inspectionMap();
    graph.edges = graph.edges.map(({ probability: _p, outcome: _o, ...edge }) => edge);
    const xml = await exportBpmn({ name: '检查', graph });
    expect(xml).not.toContain('roleflow:probability');
    expect(xml).not.toContain('roleflow:outcome');
  });
});

describe('patched export of an imported file', () => {
  it('sets, changes and removes branch and activity data as the smallest edit', async () => {
    const imported = only(
      (await importText(await exportBpmn({ name: 'x', graph: inspectionMap() }))).processes,
    );
    const source = preservedOf(imported).sourceXml;
    expect(await exportBpmn({ name: imported.name, graph: imported.graph })).toBe(source);
    const graph = structuredClone(imported.graph);
    const [f3, f4, f5] = ['F3', 'F4', 'F5'].map((id) => graph.edges.find((e) => e.id === id));
    const check = graph.nodes.find((n) => n.id === 'Check');
    if (!f3 || !f4 || !f5 || !check?.activity) throw new Error('missing');
    f3.probability = 90;
    f4.probability = 10;
    delete f4.outcome;
    f5.outcome = 'other';
    check.activity = { ...check.activity, waitDays: 3, isRepetitive: false };
    const xml = await exportBpmn({ name: imported.name, graph });
    expect(xml).toMatch(/<bpmn:sequenceFlow id="F5"[^>]*roleflow:outcome="other"/);
    const back = only((await importText(xml)).processes).graph;
    expect(analysisData(back)).toEqual(analysisData(graph));
  });

  it('keeps the file’s gateway element when the type changes in RoleFlow', async () => {
    const imported = only(
      (await importText(await exportBpmn({ name: 'x', graph: inspectionMap() }))).processes,
    );
    const graph = structuredClone(imported.graph);
    const ok = graph.nodes.find((n) => n.id === 'Ok');
    if (!ok) throw new Error('missing');
    ok.gateway = 'parallel';
    const xml = await exportBpmn({ name: imported.name, graph });
    expect(xml).toMatch(/<bpmn:inclusiveGateway id="Ok"/);
  });
});
