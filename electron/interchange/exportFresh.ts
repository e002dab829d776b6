import { branchProperties } from './branchXml';
import { type BpmnModdle } from 'bpmn-moddle';
import { type Lane, type ProcessEdge, type ProcessNode } from '../../shared/process';
import { activityToModdle, isEmptyActivity } from './activityXml';
import { isDataKind, isFlowNodeKind } from './bpmnKinds';
import { classifyEdge } from './edgeKinds';
import { freshLayout } from './freshLayout';
import { routeEdge } from './diGeometry';
import { IdAllocator } from './ids';
import { createModdle, type ModdleObject } from './moddle';
import { diEdge, nodeShapeFlags, shape } from './freshDi';
import { safeInput, type ExportInput } from './exportInput';
import { JOINT_LANE_ATTR, LANE_TYPE, STEP_NUMBER_ATTR } from './roleflowSchema';
import { freshPhases, type FreshPhases } from './freshPhases';
import { routeThrough } from './diRoute';

/*
 * BPMN for a process drawn in RoleFlow: one pool (participant) holding one process, a lane
 * per RoleFlow lane, the nodes as bpmnKinds.ts maps them, and a complete diagram (pool,
 * lanes, shapes, edges with waypoints) so any modeller opens it as drawn. Built as a
 * bpmn-moddle tree, so the output is schema-ordered and namespaced by bpmn-moddle itself.
 */

const ELEMENT_TYPE = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  activity: 'bpmn:Task',
  decision: 'bpmn:ExclusiveGateway',
  subProcess: 'bpmn:SubProcess',
  document: 'bpmn:DataObjectReference',
  data: 'bpmn:DataStoreReference',
  annotation: 'bpmn:TextAnnotation',
} as const;

type Build = {
  moddle: BpmnModdle;
  input: ExportInput;
  ids: IdAllocator;
  xmlIds: Map<string, string>;
  nodes: Map<string, ProcessNode>;
  /** Graph id → the element written for it (nodes and edges). */
  elements: Map<string, ModdleObject>;
  flowElements: ModdleObject[];
  artifacts: ModdleObject[];
};

export async function exportFresh(unsafe: ExportInput): Promise<string> {
  const input = safeInput(unsafe);
  const { graph } = input;
  const ids = new IdAllocator();
  const build: Build = {
    moddle: createModdle(),
    input,
    ids,
    // Graph ids first, so they keep their value; the containers take what is left.
    xmlIds: new Map(
      [...graph.nodes, ...graph.edges, ...graph.lanes, ...(graph.phases ?? [])].map((item) => [
        item.id,
        ids.claim(item.id),
      ]),
    ),
    nodes: new Map(graph.nodes.map((node) => [node.id, node])),
    elements: new Map(),
    flowElements: [],
    artifacts: [],
  };
  const { moddle } = build;
  for (const node of graph.nodes) {
    const created = createNode(build, node, xmlIdOf(build, node.id));
    build.elements.set(node.id, created);
    (node.kind === 'annotation' ? build.artifacts : build.flowElements).push(created);
  }
  for (const edge of graph.edges) addEdge(build, edge);
  const lanes = graph.lanes.map((lane) =>
    moddle.create('bpmn:Lane', {
      id: xmlIdOf(build, lane.id),
      name: input.laneRoleNames?.[lane.id] ?? lane.name,
      ...laneExtension(moddle, lane, input),
      flowNodeRef: graph.nodes
        .filter((node) => node.laneId === lane.id && isFlowNodeKind(node.kind))
        .map((node) => build.elements.get(node.id))
        .filter((element) => element !== undefined),
    }),
  );
  const phases = freshPhases(moddle, ids, graph, (id) => xmlIdOf(build, id));
  build.artifacts.push(...phases.groups.map(({ group }) => group));
  const process = moddle.create('bpmn:Process', {
    id: ids.claim('Process_1'),
    name: input.name,
    isExecutable: false,
    laneSets:
      lanes.length > 0
        ? [moddle.create('bpmn:LaneSet', { id: ids.claim('LaneSet_1'), lanes })]
        : [],
    flowElements: build.flowElements,
    artifacts: build.artifacts,
  });
  const participant = moddle.create('bpmn:Participant', {
    id: ids.claim('Participant_1'),
    name: input.name,
    processRef: process,
  });
  const collaboration = moddle.create('bpmn:Collaboration', {
    id: ids.claim('Collaboration_1'),
    participants: [participant],
  });
  const definitions = moddle.create('bpmn:Definitions', {
    id: ids.claim('Definitions_1'),
    targetNamespace: 'https://roleflow.app/bpmn',
    exporter: 'RoleFlow',
    exporterVersion: '1',
    rootElements: [collaboration, ...(phases.category ? [phases.category] : []), process],
    diagrams: [diagram(build, collaboration, participant, lanes, phases.groups)],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}

function xmlIdOf(build: Build, id: string): string {
  return build.xmlIds.get(id) ?? build.ids.claim(id);
}

/** One edge as edgeKinds.ts classifies it. */
function addEdge(build: Build, edge: ProcessEdge): void {
  const { moddle } = build;
  const source = build.elements.get(edge.source);
  const target = build.elements.get(edge.target);
  const sourceNode = build.nodes.get(edge.source);
  const targetNode = build.nodes.get(edge.target);
  if (!source || !target || !sourceNode || !targetNode) return;
  const id = xmlIdOf(build, edge.id);
  const kind = classifyEdge(sourceNode.kind, targetNode.kind);
  let created: ModdleObject;
  if (kind === 'sequenceFlow') {
    created = moddle.create('bpmn:SequenceFlow', {
      id,
      sourceRef: source,
      targetRef: target,
      ...branchProperties(edge),
    });
    if (edge.label !== '') created.set('name', edge.label);
    push(source, 'outgoing', created);
    push(target, 'incoming', created);
    build.flowElements.push(created);
  } else if (kind === 'dataOutput') {
    created = moddle.create('bpmn:DataOutputAssociation', { id, targetRef: target });
    push(source, 'dataOutputAssociations', created);
  } else if (kind === 'dataInput') {
    // A data input association needs a target inside the activity; like bpmn-js, a
    // placeholder property stands in for the activity's (absent) input specification.
    const property = moddle.create('bpmn:Property', {
      id: build.ids.claim(`${id}_target`),
      name: '__targetRef_placeholder',
    });
    push(target, 'properties', property);
    created = moddle.create('bpmn:DataInputAssociation', {
      id,
      sourceRef: [source],
      targetRef: property,
    });
    push(target, 'dataInputAssociations', created);
  } else {
    const toData = isDataKind(sourceNode.kind) || isDataKind(targetNode.kind);
    created = moddle.create('bpmn:Association', {
      id,
      sourceRef: source,
      targetRef: target,
      associationDirection: toData ? 'One' : 'None',
    });
    build.artifacts.push(created);
  }
  build.elements.set(edge.id, created);
}

/** The pool, its lanes, every node and every edge, drawn where RoleFlow draws them. */
function diagram(
  build: Build,
  collaboration: ModdleObject,
  participant: ModdleObject,
  lanes: ModdleObject[],
  groups: FreshPhases['groups'],
): ModdleObject {
  const { moddle, ids, input } = build;
  const layout = freshLayout(input.graph);
  // Vertical maps' lanes are columns: isHorizontal="false", as BPMN DI says it.
  const isHorizontal = input.graph.orientation !== 'vertical' || input.graph.lanes.length === 0;
  const planeElements: ModdleObject[] = [
    shape(moddle, ids, participant, layout.pool, { isHorizontal }),
  ];
  input.graph.lanes.forEach((lane, i) => {
    const element = lanes[i];
    const bounds = layout.lanes.get(lane.id);
    if (element && bounds) {
      planeElements.push(shape(moddle, ids, element, bounds, { isHorizontal }));
    }
  });
  for (const { group, bounds } of groups) planeElements.push(shape(moddle, ids, group, bounds, {}));
  for (const node of input.graph.nodes) {
    const element = build.elements.get(node.id);
    if (element) planeElements.push(shape(moddle, ids, element, node, nodeShapeFlags(node)));
  }
  for (const edge of input.graph.edges) {
    const connector = build.elements.get(edge.id);
    const source = build.nodes.get(edge.source);
    const target = build.nodes.get(edge.target);
    if (connector && source && target) {
      // The connector's stored route, the one the screen and the pictures draw.
      const bends = edge.waypoints ?? [];
      const points =
        bends.length > 0
          ? routeThrough(source, target, bends, edge.sourceSide, edge.targetSide)
          : routeEdge(source, target);
      planeElements.push(diEdge(moddle, ids, connector, points));
    }
  }
  return moddle.create('bpmndi:BPMNDiagram', {
    id: ids.claim('BPMNDiagram_1'),
    plane: moddle.create('bpmndi:BPMNPlane', {
      id: ids.claim('BPMNPlane_1'),
      bpmnElement: collaboration,
      planeElement: planeElements,
    }),
  });
}

function createNode(build: Build, node: ProcessNode, id: string): ModdleObject {
  const { moddle, ids, flowElements } = build;
  if (node.kind === 'annotation')
    return moddle.create(ELEMENT_TYPE.annotation, { id, text: node.label });
  const properties: Record<string, unknown> = { id };
  if (node.label !== '') properties.name = node.label;
  if (typeof node.stepNumber === 'number') properties[STEP_NUMBER_ATTR] = node.stepNumber;
  if (typeof node.jointLaneId === 'string') {
    properties[JOINT_LANE_ATTR] = xmlIdOf(build, node.jointLaneId);
  }
  if (node.kind === 'document') {
    const dataObject = moddle.create('bpmn:DataObject', { id: ids.claim(`${id}_object`) });
    flowElements.push(dataObject);
    properties.dataObjectRef = dataObject;
  }
  if (node.kind === 'activity' && !isEmptyActivity(node.activity) && node.activity) {
    properties.extensionElements = moddle.create('bpmn:ExtensionElements', {
      values: [activityToModdle(moddle, node.activity, build.input.refs)],
    });
  }
  return moddle.create(elementTypeOf(node), properties);
}

/** bpmn-moddle's type of a node's element: a parallel or inclusive decision as that gateway. */
function elementTypeOf(node: ProcessNode): string {
  if (node.kind === 'decision' && node.gateway === 'parallel') return 'bpmn:ParallelGateway';
  if (node.kind === 'decision' && node.gateway === 'inclusive') return 'bpmn:InclusiveGateway';
  return ELEMENT_TYPE[node.kind];
}

/** A lane bound to a role or department names it by stable key, for the library importing it. */
function laneExtension(
  moddle: BpmnModdle,
  lane: Lane,
  input: ExportInput,
): { extensionElements?: ModdleObject } {
  const { owner } = lane;
  const ref =
    owner.kind === 'role'
      ? { roleKey: input.refs?.role(owner.roleId)?.key }
      : owner.kind === 'department'
        ? { departmentKey: input.refs?.department(owner.departmentId)?.key }
        : {};
  if (ref.roleKey === undefined && ref.departmentKey === undefined) return {};
  return {
    extensionElements: moddle.create('bpmn:ExtensionElements', {
      values: [moddle.create(LANE_TYPE, ref)],
    }),
  };
}

function push(element: ModdleObject, property: string, value: ModdleObject): void {
  const current = element.get(property);
  if (Array.isArray(current)) current.push(value);
  else element.set(property, [value]);
}
