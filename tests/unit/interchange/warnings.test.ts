import { describe, expect, it } from 'vitest';
import { exportBpmn } from '../../../electron/interchange/bpmnExport';
import { importText, only, preservedOf } from './helpers';

/*
 * bpmn-moddle reads leniently and drops an unknown element, or one whose id is taken, with
 * only a warning. Those warnings reach the user in words — and the dropped elements are
 * still in the file RoleFlow writes back.
 */

const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

const withProblems = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="${MODEL}" xmlns:acme="https://acme.example/bpmn" id="defs" targetNamespace="x">
  <bpmn:process id="p1" name="Order">
    <bpmn:startEvent id="start"/>
    <bpmn:task id="check" name="Check order"/>
    <bpmn:task id="check" name="Duplicate of check"/>
    <bpmn:frobnicate id="unknown1" speed="11"/>
    <bpmn:task id="ship" name="Ship" bogus="1"><acme:sla hours="4"/></bpmn:task>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check"/>
    <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="nowhere"/>
  </bpmn:process>
</bpmn:definitions>`;

describe('parser warnings', () => {
  it('are problems with a code, their values and the line: duplicate id, unknown element, unknown attribute, dangling reference', async () => {
    const result = await importText(withProblems);
    expect(result.problems).toEqual([
      { code: 'duplicateId', params: { element: '<bpmn:task>', id: 'check' }, line: 6 },
      { code: 'unknownElement', params: { element: '<bpmn:frobnicate>' }, line: 7 },
      { code: 'unknownAttribute', params: { attribute: 'bogus' }, line: 8 },
      { code: 'unknownElement', params: { element: '<acme:sla>' }, line: 8 },
      { code: 'unresolvedReference', params: { reference: 'nowhere' }, line: 10 },
      // The flow to nowhere cannot be drawn: it is kept, not shown.
      {
        code: 'hiddenElements',
        params: { process: 'Order', kind: 'sequenceFlow', count: 1 },
        line: null,
      },
      { code: 'laidOut', params: { process: 'Order' }, line: null },
    ]);
    // No raw parser text (tabs, "nested error") reaches the user.
    expect(JSON.stringify(result.problems)).not.toMatch(/nested error|\\t/);
    const process = only(result.processes);
    expect(process.graph.nodes.map((node) => node.label)).toEqual(['', 'Check order', 'Ship']);
  });

  it('leave the dropped elements in the file written back', async () => {
    const result = await importText(withProblems);
    const process = only(result.processes);
    const graph = structuredClone(process.graph);
    const ship = graph.nodes.find((node) => node.id === 'ship');
    if (!ship) throw new Error('no ship');
    ship.label = 'Ship goods';
    const xml = await exportBpmn({ name: process.name, graph });
    expect(xml).toContain('<bpmn:task id="check" name="Duplicate of check"/>');
    expect(xml).toContain('<bpmn:frobnicate id="unknown1" speed="11"/>');
    expect(xml).toContain(
      '<bpmn:task id="ship" name="Ship goods" bogus="1"><acme:sla hours="4"/></bpmn:task>',
    );
    expect(preservedOf(process).mappedIds).not.toContain('unknown1');
  });

  it('tell what a process keeps but does not show', async () => {
    const xml = `<definitions xmlns="${MODEL}" id="d" targetNamespace="x">
      <process id="p">
        <startEvent id="s"/><task id="t"/>
        <boundaryEvent id="b1" attachedToRef="t"><timerEventDefinition/></boundaryEvent>
        <intermediateCatchEvent id="c1"><messageEventDefinition/></intermediateCatchEvent>
        <group id="g1"/>
      </process>
    </definitions>`;
    const result = await importText(xml);
    expect(result.problems).toEqual([
      {
        code: 'hiddenElements',
        params: { process: 'p', kind: 'boundaryEvent', count: 1 },
        line: null,
      },
      {
        code: 'hiddenElements',
        params: { process: 'p', kind: 'intermediateCatchEvent', count: 1 },
        line: null,
      },
      { code: 'hiddenElements', params: { process: 'p', kind: 'group', count: 1 }, line: null },
      { code: 'laidOut', params: { process: 'p' }, line: null },
    ]);
  });

  it('find no process in a file with only empty pools', async () => {
    const xml = `<definitions xmlns="${MODEL}" id="d" targetNamespace="x">
      <collaboration id="c"><participant id="black_box" name="Bank"/></collaboration>
    </definitions>`;
    const result = await importText(xml);
    expect(result.processes).toEqual([]);
    expect(result.counts.participants).toBe(1);
  });
});
