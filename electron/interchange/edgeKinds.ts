import { type NodeKind } from '../../shared/process';
import { isDataKind } from './bpmnKinds';
import { type EdgeKind } from './sourceTypes';

/*
 * How a RoleFlow edge is written in BPMN, which allows sequence flows only between flow
 * nodes: an edge to or from an annotation is an association; between an activity and a
 * document or data store it is a data input / output association (held by the activity);
 * any other edge touching data is a directed association.
 */
export function classifyEdge(source: NodeKind, target: NodeKind): EdgeKind {
  if (source === 'annotation' || target === 'annotation') return 'association';
  if (isDataKind(source) && hostsData(target)) return 'dataInput';
  if (hostsData(source) && isDataKind(target)) return 'dataOutput';
  if (isDataKind(source) || isDataKind(target)) return 'association';
  return 'sequenceFlow';
}

/** Activities hold data associations (events do too, but in another place of their schema). */
export function hostsData(kind: NodeKind): boolean {
  return kind === 'activity' || kind === 'subProcess';
}
