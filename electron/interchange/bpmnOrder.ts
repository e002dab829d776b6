import { type RankOf } from './xmlEditor';
import { NS, type XmlElement } from './xmlIndex';

/*
 * The BPMN 2.0 schema fixes the order of child elements (xsd:sequence), so a new child must
 * go to its place, not just to the end: a flow element after the last flow element but
 * before the artifacts, an <incoming> before <ioSpecification>, and so on. These ranks
 * follow BPMN20.xsd / Semantic.xsd; unknown children rank last.
 */

const FLOW_ELEMENTS = new Set([
  'startEvent',
  'endEvent',
  'intermediateCatchEvent',
  'intermediateThrowEvent',
  'boundaryEvent',
  'implicitThrowEvent',
  'task',
  'userTask',
  'serviceTask',
  'sendTask',
  'receiveTask',
  'manualTask',
  'businessRuleTask',
  'scriptTask',
  'callActivity',
  'subProcess',
  'transaction',
  'adHocSubProcess',
  'exclusiveGateway',
  'inclusiveGateway',
  'parallelGateway',
  'eventBasedGateway',
  'complexGateway',
  'sequenceFlow',
  'dataObject',
  'dataObjectReference',
  'dataStoreReference',
  'callChoreography',
  'choreographyTask',
  'subChoreography',
]);
const ARTIFACTS = new Set(['textAnnotation', 'association', 'group']);

function ranked(order: Record<string, number>, rest: number): RankOf {
  return (child: XmlElement) => (child.ns === NS.bpmn ? (order[child.local] ?? rest) : rest);
}

const PROCESS_ORDER: Record<string, number> = {
  documentation: 0,
  extensionElements: 1,
  supportedInterfaceRef: 2,
  ioSpecification: 2,
  ioBinding: 2,
  auditing: 3,
  monitoring: 4,
  property: 5,
  laneSet: 6,
};
export const PROCESS_RANK = {
  laneSet: 6,
  flowElement: 7,
  artifact: 8,
};
/** Children of a process or sub-process. */
export const rankInProcess: RankOf = (child) => {
  if (child.ns !== NS.bpmn) return 10;
  if (FLOW_ELEMENTS.has(child.local)) return PROCESS_RANK.flowElement;
  if (ARTIFACTS.has(child.local)) return PROCESS_RANK.artifact;
  return PROCESS_ORDER[child.local] ?? 9;
};

/** Children of a flow node (activities, events, gateways). */
export const FLOW_NODE_RANK = {
  documentation: 0,
  extensionElements: 1,
  auditing: 2,
  monitoring: 3,
  categoryValueRef: 4,
  incoming: 5,
  outgoing: 6,
  ioSpecification: 7,
  property: 8,
  dataInputAssociation: 9,
  dataOutputAssociation: 10,
};
export const rankInFlowNode = ranked(FLOW_NODE_RANK, 11);

export const LANE_RANK = {
  documentation: 0,
  extensionElements: 1,
  partitionElement: 2,
  flowNodeRef: 3,
  childLaneSet: 4,
};
export const rankInLane = ranked(LANE_RANK, 5);

export const TEXT_ANNOTATION_RANK = { documentation: 0, extensionElements: 1, text: 2 };
export const rankInTextAnnotation = ranked(TEXT_ANNOTATION_RANK, 3);

/** Children of <definitions>: a new diagram goes after the root elements. */
export const DEFINITIONS_RANK = { diagram: 3 };
export const rankInDefinitions: RankOf = (child) => {
  if (child.ns === NS.bpmndi && child.local === 'BPMNDiagram') return 3;
  if (child.ns !== NS.bpmn) return 2;
  if (child.local === 'import') return 0;
  if (child.local === 'extension') return 1;
  if (child.local === 'relationship') return 4;
  return 2;
};

/** Everything is appended (lane sets, extension elements, planes). */
export const appendRank: RankOf = () => 0;
