import type { NodeKind } from '../../process';
import { count, finding, text } from '../findings';
import type { FlowNode } from '../flow';
import type { AnalysisFinding } from '../types';
import type { RuleContext } from './context';
import { nameOf } from './names';

/*
 * The structural modelling rules of PROCESS-ANALYSIS.md §c6 (bpmnlint's and 7PMG's): labels
 * (M1), start and end events (M3), disconnected nodes (M4), implicit splits and joins (M5),
 * superfluous and inclusive gateways (M6, M7), size (M8), and RoleFlow's own M14.
 */

/** Shapes that do work: M1 and M5 treat a sub-process like an activity (bpmnlint does). */
const WORK_KINDS: ReadonlySet<NodeKind> = new Set(['activity', 'subProcess']);

export function structureRules(context: RuleContext): AnalysisFinding[] {
  return [
    ...labelRule(context),
    ...eventRules(context),
    ...disconnectedRule(context),
    ...implicitFlowRules(context),
    ...gatewayRules(context),
    ...sizeRule(context),
    ...endlessLoopRule(context),
  ];
}

function outgoingCount({ flow }: RuleContext, node: FlowNode): number {
  return flow.outgoing.get(node.id)?.length ?? 0;
}

function incomingCount({ flow }: RuleContext, node: FlowNode): number {
  return flow.incoming.get(node.id)?.length ?? 0;
}

/** M1: an activity, an event, or a gateway that branches (2+ ways out) without a label. */
function labelRule(context: RuleContext): AnalysisFinding[] {
  return [...context.flow.nodes.values()]
    .filter((node) => {
      if (node.node.label.trim()) return false;
      if (node.kind === 'decision') return outgoingCount(context, node) > 1;
      return true;
    })
    .map((node) => finding('M1', 'error', [node.id], { id: text(nameOf(node)) }));
}

/**
 * M3: no start or no end event is an error; several start events a warning (bpmnlint
 * `single-blank-start-event`). An empty map is not reported: there is nothing to analyse yet.
 */
function eventRules({ flow }: RuleContext): AnalysisFinding[] {
  const nodes = [...flow.nodes.values()];
  if (nodes.length === 0) return [];
  const starts = nodes.filter((node) => node.kind === 'start').map((node) => node.id);
  const hasEnd = nodes.some((node) => node.kind === 'end');
  const found: AnalysisFinding[] = [];
  if (starts.length === 0 || !hasEnd) found.push(finding('M3', 'error', []));
  if (starts.length > 1) {
    found.push(finding('M3', 'warning', starts, { n: count(starts.length) }, 'manyStarts'));
  }
  return found;
}

/** M4: a flow node with no sequence flow in or out (documents and data stores are not flow). */
function disconnectedRule(context: RuleContext): AnalysisFinding[] {
  return [...context.flow.nodes.values()]
    .filter((node) => outgoingCount(context, node) + incomingCount(context, node) === 0)
    .map((node) => finding('M4', 'error', [node.id], { id: text(nameOf(node)) }));
}

/**
 * M5: an activity with 2+ ways out splits without a gateway (error: every way is taken, which
 * the reader rarely means); with 2+ ways in it joins without one (warning, variant `join`).
 * RoleFlow's connectors out of an activity carry no condition, so every one is unconditional.
 */
function implicitFlowRules(context: RuleContext): AnalysisFinding[] {
  const found: AnalysisFinding[] = [];
  for (const node of context.flow.nodes.values()) {
    if (!WORK_KINDS.has(node.kind)) continue;
    const a = text(nameOf(node));
    if (outgoingCount(context, node) > 1) found.push(finding('M5', 'error', [node.id], { a }));
    if (incomingCount(context, node) > 1) {
      found.push(finding('M5', 'warning', [node.id], { a }, 'join'));
    }
  }
  return found;
}

/** M6: a gateway with one way in and one way out decides nothing; M7: avoid OR gateways. */
function gatewayRules(context: RuleContext): AnalysisFinding[] {
  const found: AnalysisFinding[] = [];
  for (const node of context.flow.nodes.values()) {
    if (node.kind !== 'decision') continue;
    const g = text(nameOf(node));
    if (incomingCount(context, node) === 1 && outgoingCount(context, node) === 1) {
      found.push(finding('M6', 'warning', [node.id], { g }));
    }
    if (node.gateway === 'inclusive') found.push(finding('M7', 'warning', [node.id], { g }));
  }
  return found;
}

/**
 * M8: too many elements (7PMG G7: decompose a model with more than 50 elements). The
 * guideline's size is the number of nodes of the model, connectors not counted, so RoleFlow
 * counts the flow nodes and the documents and data stores; annotations are comments, not
 * elements, and a lane is a frame.
 */
function sizeRule({ flow, thresholds }: RuleContext): AnalysisFinding[] {
  const elements = flow.graph.nodes.filter((node) => node.kind !== 'annotation').length;
  if (elements <= thresholds.maxElements) return [];
  return [finding('M8', 'warning', [], { n: count(elements) })];
}

/**
 * M14 (RoleFlow's own): a loop no case can leave — every way out of it has probability 0 or
 * there is none — so the expected visits are infinite and lead time and PCE cannot be given.
 */
function endlessLoopRule({ visits }: RuleContext): AnalysisFinding[] {
  return visits.endless.map((loop) => finding('M14', 'error', loop, { n: count(loop.length) }));
}
