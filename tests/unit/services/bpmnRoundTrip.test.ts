import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/ipc/handlers';
import { importBpmn } from '../../../electron/interchange/bpmnImport';
import { readBounds } from '../../../electron/interchange/diGeometry';
import { createModdle } from '../../../electron/interchange/moddle';
import { attr, indexXml } from '../../../electron/interchange/xmlIndex';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { LaneChoice } from '../../../shared/bpmnImport';
import { emptyActivityDetails, type Process, type ProcessGraph } from '../../../shared/process';
import { openTempSession } from '../helpers/tempFiles';

/*
 * Defects found by round-tripping other tools' files, each as a user meets it: import through
 * the service, edit and save as the editor does (or not), export, and read the result.
 */

const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="${MODEL}" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:x="${MODEL}" id="defs" targetNamespace="t">`;

function setup() {
  const { session } = openTempSession();
  return createServices({ session, dialogs: NO_DIALOGS, settings: null });
}
type Services = ReturnType<typeof setup>;

async function importXml(
  services: Services,
  xml: string | Buffer,
  lanes: { name: string; choice: LaneChoice }[] = [],
): Promise<Process> {
  const bytes = typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml;
  const { processIds } = await services.bpmn.importFile(bytes, 'file.bpmn', lanes);
  const [id] = processIds;
  if (id === undefined) throw new Error('nothing imported');
  return services.processes.get(id);
}

/** Saves as the editor does: the record's fields and the edited graph. */
function save(services: Services, process: Process, graph: ProcessGraph): Process {
  const { id, code, name, processClass, ownerRoleId, departmentId, purpose, trigger, output } =
    process;
  const basics = { code, name, processClass, ownerRoleId, departmentId, purpose, trigger, output };
  return services.processes.save(id, { ...basics, kpis: process.kpis }, graph, process.editVersion);
}

async function exported(services: Services, id: number): Promise<string> {
  const result = await services.bpmn.exportFile(id);
  return Buffer.from(result.data ?? '', 'base64').toString('utf8');
}

const shape = (id: string, x: number, y: number, w: number, h: number, extra = '') =>
  `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"${extra}><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}"/></bpmndi:BPMNShape>`;

describe('names with surrounding white space', () => {
  const xml = `${HEAD}
  <bpmn:collaboration id="C"><bpmn:participant id="Pool" name="Order&#10;" processRef="P"/></bpmn:collaboration>
  <bpmn:process id="P">
    <bpmn:laneSet id="LS">
      <bpmn:lane id="L1" name=" Clerk"><bpmn:flowNodeRef>S</bpmn:flowNodeRef></bpmn:lane>
      <bpmn:lane id="L2" name="Lane 2 "><bpmn:flowNodeRef>T</bpmn:flowNodeRef></bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="S"/><bpmn:task id="T" name="Check"/>
    <bpmn:sequenceFlow id="F" sourceRef="S" targetRef="T"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="PL" bpmnElement="C">
    ${shape('Pool', 0, 0, 600, 200, ' isHorizontal="true"')}
    ${shape('L1', 30, 0, 570, 100, ' isHorizontal="true"')}
    ${shape('L2', 30, 100, 570, 100, ' isHorizontal="true"')}
    ${shape('S', 80, 30, 36, 36)}
    ${shape('T', 180, 110, 100, 80)}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

  it('are written back unchanged by an export without edits, also with lanes bound to roles', async () => {
    const services = setup();
    const process = await importXml(services, xml, [
      { name: 'Clerk', choice: { kind: 'newRole' } },
      { name: 'Lane 2', choice: { kind: 'newRole' } },
    ]);
    expect(process.name).toBe('Order');
    const out = await exported(services, process.id);
    expect(out).toContain('name="Order&#10;"');
    expect(out).toContain('name=" Clerk"');
    expect(out).toContain('name="Lane 2 "');
  });

  it('change when the user renames the process', async () => {
    const services = setup();
    const process = await importXml(services, xml);
    const renamed = save(services, { ...process, name: 'Order intake' }, process.graph);
    expect(await exported(services, renamed.id)).toContain('name="Order intake"');
  });
});

describe('deleting a step', () => {
  it('leaves no diagram edge naming its shape as source or target element', async () => {
    const services = setup();
    const xml = `${HEAD}
  <bpmn:process id="P">
    <bpmn:startEvent id="S"/><bpmn:task id="A" name="A"/><bpmn:task id="B" name="B"/>
    <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="A"/>
    <bpmn:sequenceFlow id="F2" sourceRef="A" targetRef="B"/>
    <bpmn:textAnnotation id="N"><bpmn:text>Note</bpmn:text></bpmn:textAnnotation>
    <bpmn:association id="AS" sourceRef="N" targetRef="A"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="PL" bpmnElement="P">
    ${shape('S', 0, 30, 36, 36)}${shape('A', 100, 8, 100, 80)}${shape('B', 260, 8, 100, 80)}
    ${shape('N', 100, 150, 100, 30)}
    <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1" sourceElement="S_di" targetElement="A_di"><di:waypoint x="36" y="48"/><di:waypoint x="100" y="48"/></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2" sourceElement="A_di" targetElement="B_di"><di:waypoint x="200" y="48"/><di:waypoint x="260" y="48"/></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="AS_di" bpmnElement="AS" sourceElement="N_di" targetElement="A_di"><di:waypoint x="150" y="150"/><di:waypoint x="150" y="88"/></bpmndi:BPMNEdge>
  </bpmn:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`.replace('</bpmn:BPMNPlane>', '</bpmndi:BPMNPlane>');
    const process = await importXml(services, xml);
    // The user deletes A; the editor deletes its connections and connects S to B instead.
    const graph = structuredClone(process.graph);
    graph.nodes = graph.nodes.filter((node) => node.id !== 'A');
    graph.edges = graph.edges.filter((edge) => edge.source !== 'A' && edge.target !== 'A');
    graph.edges.push({ id: 'F1', source: 'S', target: 'B', label: '' });
    save(services, process, graph);
    const out = await exported(services, process.id);
    const index = indexXml(out);
    const ids = new Set(index.all.map((element) => attr(element, 'id')));
    for (const edge of index.all.filter((element) => element.local === 'BPMNEdge')) {
      for (const end of ['sourceElement', 'targetElement']) {
        const target = attr(edge, end);
        if (target !== undefined) expect(ids, `${attr(edge, 'id')}@${end}`).toContain(target);
      }
    }
    const { warnings } = await createModdle().fromXML(out);
    expect(warnings.map((warning) => warning.message)).toEqual([]);
  });
});

describe('a new task in a narrow vertical lane', () => {
  it('fits the lane: the vertical lane (a column) widens to hold the new task', async () => {
    const services = setup();
    const xml = `${HEAD}
  <bpmn:collaboration id="C"><bpmn:participant id="Pool" name="Pool" processRef="P"/></bpmn:collaboration>
  <bpmn:process id="P">
    <bpmn:laneSet id="LS">
      <bpmn:lane id="L1" name="Clerk"><bpmn:flowNodeRef>S</bpmn:flowNodeRef></bpmn:lane>
      <bpmn:lane id="L2" name="Boss"><bpmn:flowNodeRef>E</bpmn:flowNodeRef></bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="S"/><bpmn:endEvent id="E"/>
    <bpmn:sequenceFlow id="F" sourceRef="S" targetRef="E"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="PL" bpmnElement="C">
    ${shape('Pool', 0, 0, 140, 500, ' isHorizontal="false"')}
    ${shape('L1', 0, 30, 70, 470, ' isHorizontal="false"')}
    ${shape('L2', 70, 30, 70, 470, ' isHorizontal="false"')}
    ${shape('S', 17, 80, 36, 36)}${shape('E', 87, 400, 36, 36)}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
    const process = await importXml(services, xml);
    const graph = structuredClone(process.graph);
    const lane = graph.lanes[0];
    if (!lane) throw new Error('no lane');
    // The editor adds a 120-wide task to the first lane (a 70-wide column), sticking out of it.
    graph.nodes.push({
      id: 'New',
      kind: 'activity',
      label: 'Sign',
      laneId: lane.id,
      x: 150,
      y: 10,
      width: 120,
      height: 80,
      activity: emptyActivityDetails(),
    });
    save(services, process, graph);
    const out = await exported(services, process.id);
    const index = indexXml(out);
    const boundsOf = (id: string) => {
      const di = index.all.find((element) => attr(element, 'bpmnElement') === id);
      const bounds = readBounds(di);
      if (!bounds) throw new Error(`no bounds for ${id}`);
      return bounds;
    };
    const task = boundsOf('New');
    const clerk = boundsOf('L1');
    expect(task.x).toBeGreaterThanOrEqual(clerk.x);
    expect(task.x + task.width).toBeLessThanOrEqual(clerk.x + clerk.width);
    expect(task.y + task.height).toBeLessThanOrEqual(clerk.y + clerk.height);
    const pool = boundsOf('Pool');
    expect(clerk.x + clerk.width).toBeLessThanOrEqual(pool.x + pool.width);
    const again = await importBpmn(Buffer.from(out));
    const node = again.processes[0]?.graph.nodes.find((n) => n.id === 'New');
    expect(node?.laneId).toBe('L1');
  });
});

describe('a processRef written as a QName', () => {
  it('is resolved: the pool holds its lanes after an edit', async () => {
    const services = setup();
    const xml = `${HEAD}
  <bpmn:collaboration id="C"><bpmn:participant id="Pool" name="Pool" processRef="x:P"/></bpmn:collaboration>
  <bpmn:process id="P">
    <bpmn:laneSet id="LS">
      <bpmn:lane id="L1" name="Clerk"><bpmn:flowNodeRef>S</bpmn:flowNodeRef><bpmn:flowNodeRef>T</bpmn:flowNodeRef></bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="S"/><bpmn:task id="T" name="Check"/>
    <bpmn:sequenceFlow id="F" sourceRef="S" targetRef="T"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="PL" bpmnElement="C">
    ${shape('Pool', 0, 0, 600, 120, ' isHorizontal="true"')}
    ${shape('L1', 30, 0, 570, 120, ' isHorizontal="true"')}
    ${shape('S', 80, 40, 36, 36)}${shape('T', 180, 20, 100, 80)}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
    const preview = await services.bpmn.preview(Buffer.from(xml), 'file.bpmn');
    expect(preview.problems.filter((p) => p.code === 'unresolvedReference')).toEqual([]);
    const process = await importXml(services, xml);
    expect(process.name).toBe('Pool');
    const graph = structuredClone(process.graph);
    const lane = graph.lanes[0];
    if (!lane) throw new Error('no lane');
    lane.size += 100;
    save(services, process, graph);
    const index = indexXml(await exported(services, process.id));
    const boundsOf = (id: string) =>
      readBounds(index.all.find((element) => attr(element, 'bpmnElement') === id));
    const pool = boundsOf('Pool');
    const clerk = boundsOf('L1');
    expect(clerk?.height).toBe(220);
    expect(pool?.height).toBe(220);
  });
});

describe('a file declared windows-1252 (Enterprise Architect)', () => {
  it('is decoded, and exported as UTF-8 with its characters', async () => {
    const services = setup();
    const xml =
      HEAD.replace('encoding="UTF-8"', 'encoding="windows-1252"') +
      `<bpmn:process id="P"><bpmn:startEvent id="S"/><bpmn:task id="T" name="“Prüfung” – 5 €"/>
      <bpmn:sequenceFlow id="F" sourceRef="S" targetRef="T"/></bpmn:process></bpmn:definitions>`;
    const bytes = Buffer.from(new TextEncoderWindows1252().encode(xml));
    expect(bytes.includes(0x80)).toBe(true); // € is one windows-1252 byte
    const process = await importXml(services, bytes);
    expect(process.graph.nodes.map((node) => node.label)).toContain('“Prüfung” – 5 €');
    const out = await exported(services, process.id);
    expect(out).toContain('encoding="UTF-8"');
    expect(out).toContain('name="“Prüfung” – 5 €"');
  });
});

/** The few windows-1252 characters the test uses beyond Latin-1. */
class TextEncoderWindows1252 {
  private static readonly EXTRA: Record<string, number> = {
    '€': 0x80,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
  };
  encode(text: string): Uint8Array {
    return Uint8Array.from(
      [...text].map((char) => TextEncoderWindows1252.EXTRA[char] ?? char.charCodeAt(0)),
    );
  }
}

describe('a file without diagram information, through the service', () => {
  it('is laid out with routed connectors, numbered on the first save, and exported as drawn', async () => {
    const services = setup();
    const xml = `${HEAD}
  <bpmn:process id="P" name="审批">
    <bpmn:laneSet id="LS">
      <bpmn:lane id="L1" name="经办"><bpmn:flowNodeRef>S</bpmn:flowNodeRef><bpmn:flowNodeRef>T</bpmn:flowNodeRef></bpmn:lane>
      <bpmn:lane id="L2" name="主管"><bpmn:flowNodeRef>G</bpmn:flowNodeRef><bpmn:flowNodeRef>E</bpmn:flowNodeRef></bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="S"/><bpmn:task id="T" name="填写申请"/>
    <bpmn:exclusiveGateway id="G" name="同意？"/><bpmn:endEvent id="E"/>
    <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T"/>
    <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="G"/>
    <bpmn:sequenceFlow id="F3" sourceRef="G" targetRef="E" name="是"/>
    <bpmn:sequenceFlow id="F4" sourceRef="G" targetRef="T" name="否"/>
  </bpmn:process>
</bpmn:definitions>`;
    const process = await importXml(services, xml);
    // layoutProcess placed the steps and routed the connectors across the lanes
    const routed = process.graph.edges.filter((edge) => (edge.waypoints ?? []).length > 0);
    expect(routed.length).toBeGreaterThan(0);
    const saved = save(services, process, process.graph);
    const numbers = Object.fromEntries(saved.graph.nodes.map((n) => [n.id, n.stepNumber ?? null]));
    expect(numbers).toEqual({ S: null, T: 10, G: 20, E: null });
    const out = await exported(services, process.id);
    expect(out).toContain('roleflow:stepNumber="20"');
    const back = await importBpmn(Buffer.from(out));
    const graph = back.processes[0]?.graph;
    for (const edge of routed) {
      const again = graph?.edges.find((e) => e.id === edge.id);
      expect(again?.waypoints, edge.id).toEqual(edge.waypoints);
    }
  });
});
