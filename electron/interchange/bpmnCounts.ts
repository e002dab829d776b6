import { walk, type ModdleObject } from './moddle';

/*
 * What a BPMN file holds, counted on bpmn-moddle's tree: shown to the user after an import
 * ("2 pools, 31 steps, …") and compared by the round-trip tests (import → export → import
 * must count the same).
 */

export type BpmnCounts = {
  processes: number;
  participants: number;
  lanes: number;
  flowNodes: number;
  sequenceFlows: number;
  messageFlows: number;
  dataObjects: number;
  dataReferences: number;
  dataAssociations: number;
  artifacts: number;
  eventDefinitions: number;
  diagrams: number;
  shapes: number;
  edges: number;
};

const COUNTED: [keyof BpmnCounts, string][] = [
  ['processes', 'bpmn:Process'],
  ['participants', 'bpmn:Participant'],
  ['lanes', 'bpmn:Lane'],
  ['flowNodes', 'bpmn:FlowNode'],
  ['sequenceFlows', 'bpmn:SequenceFlow'],
  ['messageFlows', 'bpmn:MessageFlow'],
  ['dataObjects', 'bpmn:DataObject'],
  ['dataReferences', 'bpmn:DataObjectReference'],
  ['dataReferences', 'bpmn:DataStoreReference'],
  ['dataAssociations', 'bpmn:DataAssociation'],
  ['artifacts', 'bpmn:Artifact'],
  ['eventDefinitions', 'bpmn:EventDefinition'],
  ['diagrams', 'bpmndi:BPMNDiagram'],
  ['shapes', 'bpmndi:BPMNShape'],
  ['edges', 'bpmndi:BPMNEdge'],
];

export function countBpmn(definitions: ModdleObject): BpmnCounts {
  const counts: BpmnCounts = {
    processes: 0,
    participants: 0,
    lanes: 0,
    flowNodes: 0,
    sequenceFlows: 0,
    messageFlows: 0,
    dataObjects: 0,
    dataReferences: 0,
    dataAssociations: 0,
    artifacts: 0,
    eventDefinitions: 0,
    diagrams: 0,
    shapes: 0,
    edges: 0,
  };
  // Which counters a type feeds, worked out once per type: $instanceOf walks the type
  // hierarchy, and a large model has tens of thousands of elements of a dozen types.
  const keysOf = new Map<string, (keyof BpmnCounts)[]>();
  walk(definitions, (element) => {
    let keys = keysOf.get(element.$type);
    if (keys === undefined) {
      keys = COUNTED.filter(([, type]) => element.$instanceOf(type)).map(([key]) => key);
      keysOf.set(element.$type, keys);
    }
    for (const key of keys) counts[key]++;
  });
  return counts;
}
