import { describe, expect, it } from 'vitest';
import { exportBpmn } from '../../../electron/interchange/bpmnExport';
import { importBpmn } from '../../../electron/interchange/bpmnImport';
import { readBounds, readWaypoints } from '../../../electron/interchange/diGeometry';
import { attr, indexXml, type XmlIndex } from '../../../electron/interchange/xmlIndex';
import { emptyActivityDetails, type ProcessGraph } from '../../../shared/process';
import { fixture, importText, only, preservedOf, structure, fileProblems } from './helpers';

/*
 * Edits of an imported process, each written as the smallest change to the source: what
 * the edit implies follows it (boundary events move with their task and go with it), and
 * nothing else changes.
 */

const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

async function importFixture(name: string) {
  const result = await importBpmn(fixture(name));
  return { result, process: only(result.processes) };
}

function node(graph: ProcessGraph, id: string) {
  const found = graph.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

function diOf(index: XmlIndex, target: string) {
  const found = index.all.find((element) => attr(element, 'bpmnElement') === target);
  if (!found) throw new Error(`no diagram element for ${target}`);
  return found;
}

const WAIT = 'ReceiveTask_WaitForDocument';

describe('editing an imported process (C.9.1: a task with two timer boundary events)', () => {
  it('moves boundary events, labels and the ends of hidden flows with a moved task', async () => {
    const { process } = await importFixture('C.9.1.bpmn');
    const graph = structuredClone(process.graph);
    node(graph, WAIT).x += 50;
    node(graph, WAIT).y += 20;
    const xml = await exportBpmn({ name: process.name, graph });
    const before = indexXml(preservedOf(process).sourceXml);
    const after = indexXml(xml);
    for (const id of [WAIT, 'BoundaryEvent_1', 'BoundaryEvent_2']) {
      const old = readBounds(diOf(before, id));
      expect(readBounds(diOf(after, id))).toEqual(old && { ...old, x: old.x + 50, y: old.y + 20 });
    }
    // The flow from a boundary event (not shown in RoleFlow) keeps starting at the event.
    const [oldStart] = readWaypoints(diOf(before, 'SequenceFlow_0i97ejj'));
    const [newStart] = readWaypoints(diOf(after, 'SequenceFlow_0i97ejj'));
    expect(newStart).toEqual(oldStart && { x: oldStart.x + 50, y: oldStart.y + 20 });
    // The mapped flows into and out of the task are routed again to its new place.
    const into = readWaypoints(diOf(after, 'SequenceFlow_18a0pzl'));
    expect(into[into.length - 1]?.x).toBe(readBounds(diOf(after, WAIT))?.x ?? 0);
    const again = await importText(xml);
    expect(structure(only(again.processes).graph)).toEqual(structure(graph));
  });

  it('removes a deleted task with its boundary events, their flows and every reference to them', async () => {
    const { result, process } = await importFixture('C.9.1.bpmn');
    const graph = structuredClone(process.graph);
    graph.nodes = graph.nodes.filter((candidate) => candidate.id !== WAIT);
    graph.edges = graph.edges.filter((edge) => edge.source !== WAIT && edge.target !== WAIT);
    const xml = await exportBpmn({ name: process.name, graph });
    for (const gone of [
      'BoundaryEvent_1',
      'BoundaryEvent_2',
      'SequenceFlow_0i97ejj',
      'SequenceFlow_1bqpxlf',
    ]) {
      expect(xml).not.toContain(`"${gone}"`);
      expect(xml).not.toContain(`>${gone}<`);
    }
    const again = await importText(xml);
    expect(fileProblems(again)).toEqual([]);
    expect(again.counts).toEqual({
      ...result.counts,
      flowNodes: result.counts.flowNodes - 3,
      sequenceFlows: result.counts.sequenceFlows - 4,
      eventDefinitions: result.counts.eventDefinitions - 2,
      shapes: result.counts.shapes - 3,
      edges: result.counts.edges - 4,
    });
    expect(structure(only(again.processes).graph)).toEqual(structure(graph));
  });

  it('adds RoleFlow activity details inside the task, next to other tools’ extensions', async () => {
    const { process } = await importFixture('C.9.1.bpmn');
    const graph = structuredClone(process.graph);
    const task = node(graph, 'SendTask_RequestDocument');
    task.activity = { ...emptyActivityDetails(), workMinutes: 5, isHandOff: true, outputs: '邮件' };
    const xml = await exportBpmn({ name: process.name, graph });
    expect(xml).toContain(
      '<zeebe:taskDefinition type="email" />\n        <roleflow:activity xmlns:roleflow="https://roleflow.app/schema/bpmn/1" workMinutes="5" isApproval="false" isInspection="false" isHandOff="true"><roleflow:outputs>邮件</roleflow:outputs></roleflow:activity>',
    );
    const again = only((await importText(xml)).processes);
    expect(node(again.graph, 'SendTask_RequestDocument').activity).toEqual(task.activity);

    // Clearing the details takes the element out again: the file is back to its source.
    const cleared = structuredClone(again.graph);
    node(cleared, 'SendTask_RequestDocument').activity = emptyActivityDetails();
    const restored = await exportBpmn({ name: again.name, graph: cleared });
    expect(restored).toBe(preservedOf(process).sourceXml);
  });

  it('re-points a flow, moving its incoming/outgoing, and renames a flow and a step', async () => {
    const { process } = await importFixture('C.9.1.bpmn');
    const graph = structuredClone(process.graph);
    const flow = graph.edges.find((edge) => edge.id === 'SequenceFlow_3');
    if (!flow) throw new Error('no flow');
    flow.target = 'EndEvent_GotDocument';
    flow.label = '已处理';
    node(graph, 'UserTask_CallCustomer').label = '致电客户';
    const xml = await exportBpmn({ name: process.name, graph });
    expect(xml).toContain(
      '<bpmn:sequenceFlow id="SequenceFlow_3" name="已处理" sourceRef="UserTask_CallCustomer" targetRef="EndEvent_GotDocument" />',
    );
    expect(xml).toMatch(
      /<bpmn:endEvent id="EndEvent_TalkedToCustomer" name="Answer received" camunda:asyncAfter="true">\s*<\/bpmn:endEvent>/,
    );
    expect(xml).toMatch(
      /<bpmn:incoming>SequenceFlow_6<\/bpmn:incoming>\s*<bpmn:incoming>SequenceFlow_3<\/bpmn:incoming>/,
    );
    expect(xml).toContain('<bpmn:userTask id="UserTask_CallCustomer" name="致电客户">');
    const again = await importText(xml);
    expect(structure(only(again.processes).graph)).toEqual(structure(graph));
  });

  it('adds documents with data associations inside the task, in schema order', async () => {
    const { process } = await importFixture('C.9.1.bpmn');
    const graph = structuredClone(process.graph);
    const call = node(graph, 'UserTask_CallCustomer');
    graph.nodes.push({
      id: 'notes',
      kind: 'document',
      label: '通话记录',
      laneId: null,
      x: call.x,
      y: call.y + 120,
      width: 36,
      height: 50,
    });
    graph.edges.push({ id: 'writes_notes', source: call.id, target: 'notes', label: '' });
    graph.edges.push({
      id: 'reads_notes',
      source: 'notes',
      target: 'SendTask_RequestDocument',
      label: '',
    });
    const xml = await exportBpmn({ name: process.name, graph });
    expect(xml).toMatch(
      /<bpmn:outgoing>SequenceFlow_3<\/bpmn:outgoing>\s*<bpmn:dataOutputAssociation id="writes_notes"><bpmn:targetRef>notes<\/bpmn:targetRef><\/bpmn:dataOutputAssociation>\s*<\/bpmn:userTask>/,
    );
    expect(xml).toMatch(
      /<bpmn:property id="reads_notes_target" name="__targetRef_placeholder"\/>\s*<bpmn:dataInputAssociation id="reads_notes">/,
    );
    const again = await importText(xml);
    expect(fileProblems(again)).toEqual([]);
    expect(structure(only(again.processes).graph)).toEqual(structure(graph));
  });

  it('renames the element when a step changes kind, keeping its content', async () => {
    const { process } = await importFixture('C.9.1.bpmn');
    const graph = structuredClone(process.graph);
    node(graph, 'UserTask_CallCustomer').kind = 'decision';
    const xml = await exportBpmn({ name: process.name, graph });
    expect(xml).toMatch(
      /<bpmn:exclusiveGateway id="UserTask_CallCustomer" name="Call customer">\s*<bpmn:incoming>SequenceFlow_0i97ejj<\/bpmn:incoming>/,
    );
    expect(node(only((await importText(xml)).processes).graph, 'UserTask_CallCustomer').kind).toBe(
      'decision',
    );
  });
});

describe('text of an imported file', () => {
  it('keeps CRLF line breaks in what it inserts', async () => {
    const crlf = fixture('C.9.1.bpmn').toString('utf8').replace(/\n/g, '\r\n');
    const process = only((await importBpmn(Buffer.from(crlf))).processes);
    const graph = structuredClone(process.graph);
    graph.nodes.push({
      id: 'extra',
      kind: 'end',
      label: '',
      laneId: null,
      x: 900,
      y: 100,
      width: 36,
      height: 36,
    });
    const xml = await exportBpmn({ name: process.name, graph });
    expect(xml.replace(/\r\n/g, '')).not.toContain('\n');
    expect(xml).toContain('\r\n    <bpmn:endEvent id="extra"/>');
  });

  it('drops characters XML cannot carry from labels instead of writing a broken file', async () => {
    const { process } = await importFixture('C.9.1.bpmn');
    const graph = structuredClone(process.graph);
    node(graph, 'UserTask_CallCustomer').label = 'Call\u0001 customer\u0000';
    const again = only(
      (await importText(await exportBpmn({ name: process.name, graph }))).processes,
    );
    expect(node(again.graph, 'UserTask_CallCustomer').label).toBe('Call customer');
  });
});

describe('lanes of an imported process (A.4.1: two pools, vertical lanes)', () => {
  it('reads vertical lanes as RoleFlow bands and writes changes back vertically', async () => {
    const result = await importBpmn(fixture('A.4.1.bpmn'));
    const pool = result.processes[1];
    if (!pool) throw new Error('no second pool');
    expect(pool.graph.lanes.map((lane) => lane.name)).toEqual(['Lane 2 ', 'Lane 3']);
    const graph = structuredClone(pool.graph);
    const [first, second] = graph.lanes;
    if (!first || !second) throw new Error('lanes');
    first.name = '审批岗';
    second.size += 40;
    graph.lanes.push({ id: 'rf_lane', name: '新岗位', owner: { kind: 'none' }, size: 120 });
    const xml = await exportBpmn({ name: pool.name, graph });
    expect(xml).toMatch(
      /<bpmndi:BPMNShape id="rf_lane_di" bpmnElement="rf_lane" isHorizontal="false">/,
    );
    const again = await importText(xml);
    expect(fileProblems(again)).toEqual([]);
    const back = again.processes[1];
    expect(back?.graph.lanes.map((lane) => [lane.name, Math.round(lane.size)])).toEqual(
      graph.lanes.map((lane) => [lane.name, Math.round(lane.size)]),
    );
    expect(structure(back?.graph ?? graph).nodes).toEqual(structure(graph).nodes);
    // The pool grows around its lanes; the other pool is untouched.
    const before = indexXml(preservedOf(pool).sourceXml);
    const after = indexXml(xml);
    const participants = after.all.filter((element) => element.local === 'participant');
    const [other, mine] = participants.map((p) => attr(p, 'id') ?? '');
    expect(readBounds(diOf(after, other ?? ''))).toEqual(readBounds(diOf(before, other ?? '')));
    const grown = readBounds(diOf(after, mine ?? ''));
    const old = readBounds(diOf(before, mine ?? ''));
    expect((grown?.width ?? 0) - (old?.width ?? 0)).toBeCloseTo(160, 0);
  });

  it('removes a lane with its shape and lists moved steps in their new lane', async () => {
    const result = await importBpmn(fixture('A.4.1.bpmn'));
    const pool = result.processes[1];
    if (!pool) throw new Error('no second pool');
    const graph = structuredClone(pool.graph);
    const [keep, drop] = graph.lanes;
    if (!keep || !drop) throw new Error('lanes');
    graph.lanes = [keep];
    for (const step of graph.nodes) if (step.laneId === drop.id) step.laneId = keep.id;
    const xml = await exportBpmn({ name: pool.name, graph });
    expect(xml).not.toContain(`id="${drop.id}"`);
    expect(xml).not.toContain(`bpmnElement="${drop.id}"`);
    const back = (await importText(xml)).processes[1];
    expect(back?.graph.lanes.map((lane) => lane.id)).toEqual([keep.id]);
    expect(new Set(back?.graph.nodes.map((step) => step.laneId))).toEqual(new Set([keep.id]));
  });
});

describe('a file without diagram information', () => {
  const undrawn = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="${MODEL}" id="d" targetNamespace="x">
  <process id="p" name="审批">
    <laneSet id="ls"><lane id="l1" name="经办"><flowNodeRef>s</flowNodeRef><flowNodeRef>t</flowNodeRef></lane>
      <lane id="l2" name="主管"><flowNodeRef>e</flowNodeRef></lane></laneSet>
    <startEvent id="s"/><task id="t" name="填写申请"/><endEvent id="e"/>
    <sequenceFlow id="f1" sourceRef="s" targetRef="t"/><sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
  </process>
</definitions>`;

  it('asks for a layout, and after it writes a diagram for the process', async () => {
    const result = await importText(undrawn);
    const process = only(result.processes);
    expect(process.needsLayout).toBe(true);
    expect(process.graph.lanes.map((lane) => lane.name)).toEqual(['经办', '主管']);
    // What the renderer's auto-layout would do: place every node in its lane's band.
    const graph = structuredClone(process.graph);
    node(graph, 's').x = 60;
    node(graph, 's').y = 57;
    node(graph, 't').x = 160;
    node(graph, 't').y = 35;
    node(graph, 'e').x = 320;
    node(graph, 'e').y = 207;
    const xml = await exportBpmn({ name: process.name, graph });
    const again = only((await importText(xml)).processes);
    expect(again.needsLayout).toBe(false);
    expect(structure(again.graph)).toEqual(structure(graph));
    const counts = (await importText(xml)).counts;
    expect([counts.diagrams, counts.shapes, counts.edges]).toEqual([1, 5, 2]);
  });
});
