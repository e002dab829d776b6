import { emptyActivityDetails, type ProcessEdge, type ProcessNode } from '../../shared/process';
import { activityFromModdle, findActivityExtension, raciRefsFromModdle } from './activityXml';
import { LANE_TYPE } from './roleflowSchema';
import { readBranch } from './branchXml';
import { DEFAULT_LANE_SIZE, DEFAULT_SIZE, gatewayOf, isDataKind, nodeKindOf } from './bpmnKinds';
import {
  pointToGraph,
  readBounds,
  readWaypoints,
  toGraph,
  type Bounds,
  type DiTransform,
} from './diGeometry';
import { bendsOf } from './diRoute';
import { assignPhases, readPhases } from './sourcePhases';
import { readStepMarks } from './sourceSteps';
import { assignLanes, collectLeafLanes, laneTransform, orderLanes } from './sourceLanes';
import { bestPlane, type DiPlane } from './diIndex';
import { hiddenLabel, INSIDE_SUB_PROCESSES } from './hiddenElements';
import { idOf, many, one, str, walk, type ModdleObject } from './moddle';
import {
  type EdgeKind,
  type SourceContext,
  type SourceEdge,
  type SourceLane,
  type SourceNode,
  type SourceParticipant,
  type SourceProcess,
} from './sourceTypes';
import { type XmlElement } from './xmlIndex';

/*
 * One bpmn:process → RoleFlow's graph. Only the process's own flow elements and artifacts
 * become nodes and edges (bpmnKinds.ts says which); lanes are the leaf lanes of its lane
 * sets. Positions come from the plane that draws most of the process; a node without a shape
 * gets a default size and marks the process for auto-layout.
 */

/** The limits of shared/processSchema.ts, so an imported graph always validates. */
const MAX_ID = 200;
const MAX_LABEL = 2000;
const MAX_EDGE_LABEL = 500;
const MAX_LANE_NAME = 200;
const MAX_SIZE = 1e5;
const MAX_WAYPOINTS = 200;

type Counter = Map<string, number>;

export function mapProcess(
  context: SourceContext,
  process: ModdleObject,
  element: XmlElement,
  key: string,
): SourceProcess | undefined {
  const flowElements = many(process, 'flowElements');
  const artifacts = many(process, 'artifacts');
  const candidates = [...flowElements, ...artifacts].filter((e) => nodeKindOf(e) !== undefined);
  if (!candidates.some((e) => nodeKindOf(e) !== 'annotation' && !isData(e))) return undefined;

  const leafLanes = collectLeafLanes(process).filter((lane) => usableId(context, lane));
  const pool = context.pools.get(process);
  const drawnIds = [...candidates, ...leafLanes].map(idOf).filter(isString);
  const plane =
    bestPlane(context.di, drawnIds) ??
    context.di.planes.find(
      (p) =>
        p.target === idOf(process) || (pool !== undefined && p.target === idOf(pool.collaboration)),
    );
  const sourceLanes = leafLanes.map((lane) => readLane(context, lane, plane));
  const transform = laneTransform(sourceLanes);
  const orderedLanes = orderLanes(sourceLanes, transform);

  const hidden: Counter = new Map();
  const phases = readPhases(artifacts, plane, transform, orderedLanes);
  const laneIds = new Set(orderedLanes.map((entry) => entry.lane.id));
  const read: Reading = {
    context,
    plane,
    transform,
    hidden,
    nodes: new Map(),
    edges: new Map(),
    phaseGroups: phases.groupIds,
  };
  for (const candidate of candidates) readNode(read, candidate);
  assignLanes(read.nodes, leafLanes, orderedLanes, transform.vertical);
  const nodes = [...read.nodes.values()].map((entry) => entry.node);
  readStepMarks(read.nodes, laneIds);
  assignPhases(nodes, artifacts, plane, transform, phases.phases);
  readEdges(read, flowElements, artifacts);

  const needsLayout =
    sourceLanes.some((lane) => lane.bounds === undefined) ||
    [...read.nodes.values()].some((node) => node.bounds === undefined);
  const poolName = blankToUndefined(pool === undefined ? undefined : str(pool.participant, 'name'));
  return {
    key,
    name: (poolName ?? blankToUndefined(str(process, 'name')) ?? key).slice(0, MAX_LANE_NAME),
    element,
    participant: participantOf(context, pool?.participant, plane),
    graph: {
      ...(transform.vertical ? { orientation: 'vertical' as const } : {}),
      lanes: orderedLanes.map((entry) => entry.lane),
      ...(phases.phases.length > 0 ? { phases: phases.phases } : {}),
      nodes,
      edges: [...read.edges.values()].map((entry) => entry.edge),
    },
    needsLayout,
    transform,
    plane,
    nodes: read.nodes,
    edges: read.edges,
    lanes: new Map(sourceLanes.map((entry) => [entry.lane.id, entry])),
    hidden,
  };
}

/** State of reading one process's nodes and edges. */
type Reading = {
  context: SourceContext;
  plane: DiPlane | undefined;
  transform: DiTransform;
  hidden: Counter;
  nodes: Map<string, SourceNode>;
  edges: Map<string, SourceEdge>;
  /** Groups read as phases: shown, so not counted hidden. */
  phaseGroups: Set<string>;
};

function readLane(
  context: SourceContext,
  lane: ModdleObject,
  plane: DiPlane | undefined,
): SourceLane {
  const id = idOf(lane) ?? '';
  const shape = plane?.shapes.get(id);
  return {
    lane: {
      id,
      name: (str(lane, 'name') ?? '').slice(0, MAX_LANE_NAME),
      owner: { kind: 'none' },
      size: DEFAULT_LANE_SIZE,
    },
    ref: laneRef(lane),
    element: elementOf(context, lane),
    shape,
    bounds: readBounds(shape),
  };
}

/** The <roleflow:lane> a RoleFlow file puts in a lane's extension elements, if any. */
function laneRef(lane: ModdleObject): SourceLane['ref'] {
  const extensions = one(lane, 'extensionElements');
  const ref = extensions && many(extensions, 'values').find((value) => value.$type === LANE_TYPE);
  if (ref === undefined) return undefined;
  return {
    roleKey: str(ref, 'roleKey') || undefined,
    departmentKey: str(ref, 'departmentKey') || undefined,
  };
}

function readNode(read: Reading, candidate: ModdleObject): void {
  const kind = nodeKindOf(candidate);
  const id = idOf(candidate);
  if (kind === undefined || id === undefined || !usableId(read.context, candidate)) {
    count(read.hidden, hiddenLabel(candidate));
    return;
  }
  const shape = read.plane?.shapes.get(id);
  const bounds = readBounds(shape);
  const geometry =
    bounds === undefined ? { x: 0, y: 0, ...DEFAULT_SIZE[kind] } : toGraph(read.transform, bounds);
  const label = kind === 'annotation' ? str(candidate, 'text') : str(candidate, 'name');
  const node: ProcessNode = {
    id,
    kind,
    label: (label ?? '').slice(0, MAX_LABEL),
    laneId: null,
    ...clampGeometry(geometry),
  };
  const extension = kind === 'activity' ? findActivityExtension(candidate) : undefined;
  if (kind === 'activity') {
    node.activity =
      extension === undefined ? emptyActivityDetails() : activityFromModdle(extension);
  }
  const gateway = kind === 'decision' ? gatewayOf(candidate) : undefined;
  if (gateway !== undefined) node.gateway = gateway;
  if (kind === 'subProcess') {
    node.linkedProcessId = null;
    countContents(candidate, read.hidden);
  }
  read.nodes.set(id, {
    node,
    raci: extension === undefined ? [] : raciRefsFromModdle(extension),
    element: elementOf(read.context, candidate),
    moddle: candidate,
    shape,
    bounds,
  });
}

/**
 * Sequence flows and associations between shown nodes, and data associations between a
 * shown activity and a shown data object/store reference. Anything else is counted hidden.
 */
function readEdges(read: Reading, flowElements: ModdleObject[], artifacts: ModdleObject[]) {
  for (const flow of flowElements) {
    if (flow.$instanceOf('bpmn:SequenceFlow')) {
      addEdge(read, flow, 'sequenceFlow', refOf(flow, 'sourceRef'), refOf(flow, 'targetRef'));
    } else if (nodeKindOf(flow) === undefined && !flow.$instanceOf('bpmn:DataObject')) {
      count(read.hidden, hiddenLabel(flow));
    }
  }
  for (const artifact of artifacts) {
    if (artifact.$instanceOf('bpmn:Association')) {
      const [source, target] = [refOf(artifact, 'sourceRef'), refOf(artifact, 'targetRef')];
      addEdge(read, artifact, 'association', source, target);
    } else if (nodeKindOf(artifact) === undefined && !read.phaseGroups.has(idOf(artifact) ?? '')) {
      count(read.hidden, hiddenLabel(artifact));
    }
  }
  for (const { node, moddle } of [...read.nodes.values()]) {
    for (const input of many(moddle, 'dataInputAssociations')) {
      const sources = many(input, 'sourceRef').map(idOf);
      const source = sources.length === 1 ? sources[0] : undefined;
      addEdge(
        read,
        input,
        'dataInput',
        isDataNode(read.nodes, source) ? source : undefined,
        node.id,
      );
    }
    for (const output of many(moddle, 'dataOutputAssociations')) {
      const target = refOf(output, 'targetRef');
      addEdge(
        read,
        output,
        'dataOutput',
        node.id,
        isDataNode(read.nodes, target) ? target : undefined,
      );
    }
  }
}

function addEdge(
  read: Reading,
  connector: ModdleObject,
  kind: EdgeKind,
  source: string | undefined,
  target: string | undefined,
): void {
  const id = idOf(connector);
  if (
    id === undefined ||
    source === undefined ||
    target === undefined ||
    !read.nodes.has(source) ||
    !read.nodes.has(target) ||
    !usableId(read.context, connector)
  ) {
    count(read.hidden, hiddenLabel(connector));
    return;
  }
  const label = kind === 'sequenceFlow' ? (str(connector, 'name') ?? '') : '';
  const diEdge = read.plane?.edges.get(id);
  const edge: ProcessEdge = { id, source, target, label: label.slice(0, MAX_EDGE_LABEL) };
  if (kind === 'sequenceFlow') readBranch(connector, edge);
  // The drawn route's bends become the connector's stored route (its ends are the shapes').
  const bends = diEdge === undefined ? [] : bendsOf(readWaypoints(diEdge));
  if (bends.length > 0 && bends.length <= MAX_WAYPOINTS) {
    edge.waypoints = bends.map((point) => pointToGraph(read.transform, point));
  }
  read.edges.set(id, { edge, element: elementOf(read.context, connector), kind, diEdge });
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function isString(value: string | undefined): value is string {
  return value !== undefined;
}

function isData(element: ModdleObject): boolean {
  const kind = nodeKindOf(element);
  return kind !== undefined && isDataKind(kind);
}

function isDataNode(nodes: Map<string, SourceNode>, id: string | undefined): boolean {
  const kind = id === undefined ? undefined : nodes.get(id)?.node.kind;
  return kind !== undefined && isDataKind(kind);
}

function count(counter: Counter, label: string): void {
  counter.set(label, (counter.get(label) ?? 0) + 1);
}

/** Everything inside a sub-process stays in the file; the user hears how much. */
function countContents(subProcess: ModdleObject, hidden: Counter): void {
  let inside = 0;
  walk(subProcess, (element) => {
    if (element !== subProcess && element.$instanceOf('bpmn:FlowNode')) inside++;
  });
  if (inside > 0)
    hidden.set(INSIDE_SUB_PROCESSES, (hidden.get(INSIDE_SUB_PROCESSES) ?? 0) + inside);
}

/** An element RoleFlow can refer to: it has an id that fits the schema and its source is known. */
function usableId(context: SourceContext, element: ModdleObject): boolean {
  const id = idOf(element);
  return id !== undefined && id.length <= MAX_ID && context.index.byId.has(id);
}

function elementOf(context: SourceContext, element: ModdleObject): XmlElement {
  const found = context.index.byId.get(idOf(element) ?? '');
  if (found === undefined) throw new Error('sourceProcess: element without source');
  return found;
}

function refOf(element: ModdleObject, name: string): string | undefined {
  const target = one(element, name);
  return target === undefined ? undefined : idOf(target);
}

/**
 * Sizes are kept drawable; coordinates are not clamped — a model beyond the editor's reach is
 * refused by the import's limit check, not silently squeezed (and then moved on export).
 */
function clampGeometry(bounds: Bounds): Pick<ProcessNode, 'x' | 'y' | 'width' | 'height'> {
  const size = (value: number) => Math.min(MAX_SIZE, Math.max(1, value));
  return {
    x: bounds.x,
    y: bounds.y,
    width: size(bounds.width),
    height: size(bounds.height),
  };
}

function participantOf(
  context: SourceContext,
  participant: ModdleObject | undefined,
  plane: DiPlane | undefined,
): SourceParticipant | undefined {
  const id = participant === undefined ? undefined : idOf(participant);
  if (id === undefined) return undefined;
  const element = context.index.byId.get(id);
  if (element === undefined) return undefined;
  const shape =
    plane?.shapes.get(id) ?? context.di.byElement.get(id)?.find((di) => di.local === 'BPMNShape');
  return { id, element, shape };
}
