import type { GatewayType, NodeKind, ProcessNode } from '../../shared/process';
import { type ModdleObject } from './moddle';

/*
 * Which BPMN elements become which RoleFlow nodes, and back.
 *
 * Shown as nodes: start and end events; every task type and call activities (activity);
 * sub-processes of every kind (subProcess); every gateway (decision — RoleFlow has one
 * branching symbol; the gateway's own type is kept in the file); data object references
 * (document) and data store references (data); text annotations.
 * Not shown, kept unchanged: intermediate and boundary events (RoleFlow has no event node
 * between start and end, and a boundary event has no place without its host's outline), the
 * contents of sub-processes, groups, event definitions, data inputs/outputs and everything
 * in other namespaces.
 */

export function nodeKindOf(element: ModdleObject): NodeKind | undefined {
  if (element.$instanceOf('bpmn:StartEvent')) return 'start';
  if (element.$instanceOf('bpmn:EndEvent')) return 'end';
  if (element.$instanceOf('bpmn:SubProcess')) return 'subProcess';
  if (element.$instanceOf('bpmn:Task') || element.$instanceOf('bpmn:CallActivity')) {
    return 'activity';
  }
  if (element.$instanceOf('bpmn:Gateway')) return 'decision';
  if (element.$instanceOf('bpmn:DataObjectReference')) return 'document';
  if (element.$instanceOf('bpmn:DataStoreReference')) return 'data';
  if (element.$instanceOf('bpmn:TextAnnotation')) return 'annotation';
  return undefined;
}

/** The element a new RoleFlow node is written as (local name in the BPMN namespace). */
export const EXPORT_ELEMENT: Record<NodeKind, string> = {
  start: 'startEvent',
  end: 'endEvent',
  activity: 'task',
  decision: 'exclusiveGateway',
  subProcess: 'subProcess',
  document: 'dataObjectReference',
  data: 'dataStoreReference',
  annotation: 'textAnnotation',
};

/**
 * A gateway's type as RoleFlow records it on a decision (drawn as a marker): parallel and
 * inclusive gateways; every other gateway (exclusive, event-based, complex) reads as the
 * default, exclusive — the file keeps its own element either way.
 */
export function gatewayOf(element: ModdleObject): GatewayType | undefined {
  if (element.$instanceOf('bpmn:ParallelGateway')) return 'parallel';
  if (element.$instanceOf('bpmn:InclusiveGateway')) return 'inclusive';
  return undefined;
}

/** The element a node is written as when RoleFlow writes it anew: a decision by its type. */
export function exportElementOf(node: Pick<ProcessNode, 'kind' | 'gateway'>): string {
  if (node.kind !== 'decision' || node.gateway === undefined) return EXPORT_ELEMENT[node.kind];
  return `${node.gateway}Gateway`;
}

/** Sizes for nodes a file gives no diagram for (auto-layout moves them anyway). */
export const DEFAULT_SIZE: Record<NodeKind, { width: number; height: number }> = {
  start: { width: 36, height: 36 },
  end: { width: 36, height: 36 },
  activity: { width: 100, height: 80 },
  decision: { width: 50, height: 50 },
  subProcess: { width: 100, height: 80 },
  document: { width: 36, height: 50 },
  data: { width: 50, height: 50 },
  annotation: { width: 100, height: 30 },
};

export const DEFAULT_LANE_SIZE = 150;

/** Kinds that are BPMN flow nodes (can sit in a lane's flowNodeRef and on sequence flows). */
export function isFlowNodeKind(kind: NodeKind): boolean {
  return kind !== 'document' && kind !== 'data' && kind !== 'annotation';
}

export function isDataKind(kind: NodeKind): boolean {
  return kind === 'document' || kind === 'data';
}
