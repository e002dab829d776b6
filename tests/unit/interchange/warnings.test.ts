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
  it('are shown in words: duplicate id, unknown element, unknown attribute, dangling reference', async () => {
    const result = await importText(withProblems);
    const text = result.warnings.join('\n');
    expect(text).toContain(
      'Line 6: the element <bpmn:task> uses the id "check", which an earlier element already has; the parser dropped it (duplicate id).',
    );
    expect(text).toContain(
      'Line 7: the element <bpmn:frobnicate> is not part of BPMN 2.0 at this place (unknown element)',
    );
    expect(text).toContain('The attribute bogus (element "ship") is not part of BPMN 2.0');
    expect(text).toContain(
      'A reference to "nowhere" (element "f2") points to no element in this file',
    );
    // No raw parser text (tabs, "nested error") reaches the user.
    expect(text).not.toMatch(/nested error|\t/);
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
    expect(result.warnings).toEqual([
      'Process "p": RoleFlow does not show 1 boundary event, 1 intermediate catch event and 1 group; ' +
        'they are kept and written back unchanged when you export this process as BPMN.',
      'Process "p": the file has no complete diagram for it, so RoleFlow lays it out; ' +
        'exporting it adds a diagram.',
    ]);
  });

  it('say so when a file has nothing RoleFlow can show', async () => {
    const xml = `<definitions xmlns="${MODEL}" id="d" targetNamespace="x">
      <collaboration id="c"><participant id="black_box" name="Bank"/></collaboration>
    </definitions>`;
    const result = await importText(xml);
    expect(result.processes).toEqual([]);
    expect(result.warnings.join(' ')).toContain('nothing was imported');
    expect(result.counts.participants).toBe(1);
  });
});
