import { describe, expect, it } from 'vitest';
import { exportBpmn } from '../../../electron/interchange/bpmnExport';
import { createModdle, many, one, str } from '../../../electron/interchange/moddle';
import { indexXml, NS } from '../../../electron/interchange/xmlIndex';
import {
  emptyActivityDetails,
  type ActivityDetails,
  type ProcessGraph,
} from '../../../shared/process';
import { expectedRaciRefs, importText, only, structure, TEST_REFS } from './helpers';

/*
 * A process drawn in RoleFlow: exported as BPMN with diagram interchange, it opens with the
 * same structure when parsed again — by bpmn-moddle directly and by RoleFlow's import.
 */

function details(overrides: Partial<ActivityDetails>): ActivityDetails {
  return { ...emptyActivityDetails(), ...overrides };
}

function drawnProcess(): ProcessGraph {
  return {
    lanes: [
      { id: 'lane_clerk', name: '录入员', owner: { kind: 'role', roleId: 11 }, size: 150 },
      { id: 'lane_underwriter', name: '核保员', owner: { kind: 'role', roleId: 12 }, size: 160 },
      {
        id: 'lane_manager',
        name: '专案经理',
        owner: { kind: 'department', departmentId: 3 },
        size: 140,
      },
    ],
    nodes: [
      {
        id: 'start',
        kind: 'start',
        label: '收到投保单',
        laneId: 'lane_clerk',
        x: 60,
        y: 57,
        width: 36,
        height: 36,
      },
      {
        id: 'enter',
        kind: 'activity',
        label: '录入投保单',
        laneId: 'lane_clerk',
        x: 140,
        y: 35,
        width: 100,
        height: 80,
        activity: details({
          workMinutes: 12.5,
          waitMinutes: 30,
          valueClass: 'BVA',
          isHandOff: true,
          inputs: '投保单',
          outputs: '保单草稿',
          formsAndSystems: '核心系统 <Core> & 影像系统',
          instruction: '逐项核对"投保人"与"被保险人"信息。\n缺项退回。',
          raci: [{ roleId: 12, letter: 'I' }],
        }),
      },
      {
        id: 'review',
        kind: 'activity',
        label: '核保审核',
        laneId: 'lane_underwriter',
        x: 300,
        y: 190,
        width: 100,
        height: 80,
        activity: details({
          workMinutes: 45,
          valueClass: 'VA',
          isApproval: true,
          raci: [
            { roleId: 13, letter: 'A' },
            { roleId: 11, letter: 'C' },
          ],
        }),
      },
      {
        id: 'approved',
        kind: 'decision',
        label: '核保通过？',
        laneId: 'lane_underwriter',
        x: 460,
        y: 205,
        width: 50,
        height: 50,
      },
      {
        id: 'issue',
        kind: 'activity',
        label: '出具保单',
        laneId: 'lane_manager',
        x: 560,
        y: 340,
        width: 100,
        height: 80,
        activity: details({ workMinutes: 10, valueClass: 'VA', isInspection: true }),
      },
      {
        id: 'return',
        kind: 'activity',
        label: '退回补充资料',
        laneId: 'lane_clerk',
        x: 560,
        y: 35,
        width: 100,
        height: 80,
        activity: details({ waitMinutes: 1440, valueClass: 'NVA' }),
      },
      {
        id: 'end',
        kind: 'end',
        label: '结束',
        laneId: 'lane_manager',
        x: 720,
        y: 362,
        width: 36,
        height: 36,
      },
      {
        id: 'note',
        kind: 'annotation',
        label: '48 小时内完成核保',
        laneId: null,
        x: 300,
        y: 470,
        width: 140,
        height: 40,
      },
    ],
    edges: [
      { id: 'f_start', source: 'start', target: 'enter', label: '' },
      { id: 'f_enter', source: 'enter', target: 'review', label: '' },
      { id: 'f_review', source: 'review', target: 'approved', label: '' },
      { id: 'f_yes', source: 'approved', target: 'issue', label: '是' },
      { id: 'f_no', source: 'approved', target: 'return', label: '否' },
      { id: 'f_issue', source: 'issue', target: 'end', label: '' },
      { id: 'a_note', source: 'note', target: 'review', label: '' },
    ],
  };
}

describe('export of a process drawn in RoleFlow', () => {
  it('re-imports with the same ids, labels, lanes, positions and activity details', async () => {
    const graph = drawnProcess();
    const xml = await exportBpmn({ name: '个险新契约核保流程', graph, refs: TEST_REFS });
    const result = await importText(xml);
    expect(result.problems).toEqual([]);
    const process = only(result.processes);
    expect(process.name).toBe('个险新契约核保流程');
    expect(process.needsLayout).toBe(false);
    // Lanes come back named and unbound: the service layer matches names to roles.
    expect(process.graph.lanes.map((lane) => lane.owner)).toEqual([
      { kind: 'none' },
      { kind: 'none' },
      { kind: 'none' },
    ]);
    expect(structure(process.graph)).toEqual(structure(graph));
    // …with the roles they are bound to named by stable key, as are the RACI entries.
    expect([...process.laneRefs.values()]).toEqual([
      { roleKey: 'role-11', departmentKey: undefined },
      { roleKey: 'role-12', departmentKey: undefined },
      { roleKey: undefined, departmentKey: 'department-3' },
    ]);
    expect(process.raciRefs).toEqual(expectedRaciRefs(graph));
    expect(xml).not.toMatch(/roleId=/);
  });

  it('writes lanes, an exclusive gateway, labelled flows, the roleflow extension and full DI', async () => {
    const graph = drawnProcess();
    const xml = await exportBpmn({
      name: '核保流程',
      graph,
      laneRoleNames: { lane_underwriter: '高级核保员' },
    });
    const { rootElement, warnings } = await createModdle().fromXML(xml);
    expect(warnings).toEqual([]);
    const roots = many(rootElement, 'rootElements');
    const process = roots.find((root) => root.$instanceOf('bpmn:Process'));
    const collaboration = roots.find((root) => root.$instanceOf('bpmn:Collaboration'));
    if (!process || !collaboration) throw new Error('no process or pool');
    expect(many(collaboration, 'participants').map((p) => str(p, 'name'))).toEqual(['核保流程']);

    const laneSet = only(many(process, 'laneSets'));
    const lanes = many(laneSet, 'lanes');
    expect(lanes.map((lane) => str(lane, 'name'))).toEqual(['录入员', '高级核保员', '专案经理']);
    expect(many(lanes[1] ?? laneSet, 'flowNodeRef').map((node) => str(node, 'id'))).toEqual([
      'review',
      'approved',
    ]);

    const elements = many(process, 'flowElements');
    const gateway = only(
      elements.filter((element) => element.$instanceOf('bpmn:ExclusiveGateway')),
    );
    expect(str(gateway, 'name')).toBe('核保通过？');
    const flows = elements.filter((element) => element.$instanceOf('bpmn:SequenceFlow'));
    expect(flows.map((flow) => [str(flow, 'id'), str(flow, 'name') ?? ''])).toContainEqual([
      'f_yes',
      '是',
    ]);
    expect(flows.map((flow) => [str(flow, 'id'), str(flow, 'name') ?? ''])).toContainEqual([
      'f_no',
      '否',
    ]);
    expect(elements.filter((element) => element.$type === 'bpmn:Task')).toHaveLength(4);

    const annotation = only(
      many(process, 'artifacts').filter((a) => a.$instanceOf('bpmn:TextAnnotation')),
    );
    expect(str(annotation, 'text')).toBe('48 小时内完成核保');
    const association = only(
      many(process, 'artifacts').filter((a) => a.$instanceOf('bpmn:Association')),
    );
    expect(str(one(association, 'targetRef') ?? association, 'id')).toBe('review');

    // Diagram interchange: the pool, three lanes and every node as shapes, every edge routed.
    const plane = one(only(many(rootElement, 'diagrams')), 'plane');
    if (!plane) throw new Error('no plane');
    const drawn = many(plane, 'planeElement');
    expect(drawn.filter((e) => e.$type === 'bpmndi:BPMNShape')).toHaveLength(
      1 + 3 + graph.nodes.length,
    );
    const edges = drawn.filter((e) => e.$type === 'bpmndi:BPMNEdge');
    expect(edges).toHaveLength(graph.edges.length);
    for (const edge of edges) expect(many(edge, 'waypoint').length).toBeGreaterThanOrEqual(2);

    // Our data is namespaced: one roleflow:activity per activity, declared once at the root.
    const index = indexXml(xml);
    expect(index.root.scope.get('roleflow')).toBe('https://roleflow.app/schema/bpmn/1');
    expect(
      index.all.filter((element) => element.local === 'activity' && element.ns !== NS.bpmn),
    ).toHaveLength(4);
  });

  it('writes documents and data stores as data objects with data associations', async () => {
    const graph = drawnProcess();
    graph.nodes.push(
      {
        id: 'form',
        kind: 'document',
        label: '投保单',
        laneId: 'lane_clerk',
        x: 160,
        y: 120,
        width: 36,
        height: 50,
      },
      {
        id: 'core',
        kind: 'data',
        label: '核心系统',
        laneId: 'lane_underwriter',
        x: 320,
        y: 280,
        width: 50,
        height: 50,
      },
    );
    graph.edges.push(
      { id: 'd_out', source: 'enter', target: 'form', label: '' },
      { id: 'd_in', source: 'form', target: 'review', label: '' },
      { id: 'd_gate', source: 'core', target: 'approved', label: '' },
    );
    const xml = await exportBpmn({ name: '核保流程', graph });
    expect(xml).toContain('<bpmn:dataOutputAssociation id="d_out">');
    expect(xml).toContain('<bpmn:dataInputAssociation id="d_in">');
    expect(xml).toMatch(/<bpmn:association id="d_gate" associationDirection="One"/);
    const result = await importText(xml);
    expect(result.problems).toEqual([]);
    expect(structure(only(result.processes).graph)).toEqual(structure(graph));
  });

  it('drops characters XML cannot carry from labels', async () => {
    const graph = drawnProcess();
    const enter = graph.nodes.find((candidate) => candidate.id === 'enter');
    if (!enter) throw new Error('no enter');
    enter.label = '录入\u0007投保单\uFFFF';
    const result = await importText(await exportBpmn({ name: 'P\u0000', graph }));
    expect(result.problems).toEqual([]);
    const process = only(result.processes);
    expect(process.name).toBe('P');
    expect(process.graph.nodes.find((candidate) => candidate.id === 'enter')?.label).toBe(
      '录入投保单',
    );
  });

  it('rewrites ids that are not XML names, and keeps them unique', async () => {
    const graph = drawnProcess();
    const start = graph.nodes[0];
    if (!start) throw new Error('no start');
    start.id = '1-开始';
    for (const edge of graph.edges) if (edge.source === 'start') edge.source = '1-开始';
    const result = await importText(await exportBpmn({ name: 'P', graph }));
    expect(result.problems).toEqual([]);
    const ids = only(result.processes).graph.nodes.map((node) => node.id);
    expect(ids).toContain('id_1-__');
    expect(only(result.processes).graph.edges).toContainEqual({
      id: 'f_start',
      source: 'id_1-__',
      target: 'enter',
      label: '',
    });
  });
});
