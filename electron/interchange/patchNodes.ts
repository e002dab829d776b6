import { type ProcessNode } from '../../shared/process';
import { activityChanged, activityToXml, isEmptyActivity } from './activityXml';
import { exportElementOf, isFlowNodeKind } from './bpmnKinds';
import { element, textElement, shapeMarkup } from './bpmnMarkup';
import {
  appendRank,
  FLOW_NODE_RANK,
  LANE_RANK,
  PROCESS_RANK,
  rankInFlowNode,
  rankInLane,
  rankInProcess,
  rankInTextAnnotation,
  TEXT_ANNOTATION_RANK,
} from './bpmnOrder';
import { fromGraph, sameBounds } from './diGeometry';
import { nodeMarkup } from './patchMarkup';
import {
  addDi,
  processNames,
  refsTo,
  sameStyleName,
  xmlIdOf,
  type PatchContext,
} from './patchContext';
import { carryAlong } from './patchCarry';
import { setShapeBounds, translateLabel } from './patchDi';
import { patchStepMarks } from './patchSteps';
import { ROLEFLOW_NS } from './roleflowSchema';
import { type SourceNode } from './sourceTypes';
import { nameIn } from './xmlEditor';
import { firstChild, NS, type XmlElement } from './xmlIndex';
import { escapeText } from './xmlText';

/*
 * Nodes of an imported process: each change is written as the smallest edit that expresses
 * it — a name attribute, a shape's bounds, a flowNodeRef moved between lanes, the
 * <roleflow:activity> replaced — and the rest of the element (event definitions, other
 * tools' extensions, data inputs…) stays as it was. New nodes are written whole.
 */

/**
 * Decides which nodes are written anew: added ones, and those whose kind changed between
 * families (flow node / data / annotation), which no edit in place can express.
 */
export function planNodes(ctx: PatchContext): void {
  for (const node of ctx.now.nodes.values()) {
    const base = ctx.base.nodes.get(node.id);
    if (base === undefined) ctx.fresh.add(node.id);
    else if (!canEditInPlace(base, node)) {
      ctx.fresh.add(node.id);
      ctx.editor.removeElement(base.element);
      for (const di of ctx.source.di.byElement.get(node.id) ?? []) ctx.editor.removeElement(di);
      for (const ref of refsTo(ctx, 'flowNodeRef', node.id)) ctx.editor.removeElement(ref);
    }
  }
}

export function patchNodes(ctx: PatchContext): void {
  for (const node of ctx.now.nodes.values()) {
    const base = ctx.base.nodes.get(node.id);
    if (ctx.fresh.has(node.id)) addNode(ctx, node);
    else if (base !== undefined) patchNode(ctx, base, node);
  }
}

/** A kind change within flow nodes renames the element; other kind changes rewrite it. */
function canEditInPlace(base: SourceNode, node: ProcessNode): boolean {
  return (
    base.node.kind === node.kind || (isFlowNodeKind(base.node.kind) && isFlowNodeKind(node.kind))
  );
}

function patchNode(ctx: PatchContext, base: SourceNode, node: ProcessNode): void {
  const { editor } = ctx;
  if (node.kind !== base.node.kind) {
    // The file's own element is kept while the kind stays (a gateway type changed in RoleFlow
    // leaves the file's gateway as it is); a step turned into a decision takes its type.
    editor.rename(base.element, sameStyleName(base.element, exportElementOf(node)));
  }
  if (node.label !== base.node.label) setLabel(ctx, base, node);
  if (!sameBounds(node, base.node)) moveNode(ctx, base, node);
  if (node.laneId !== base.node.laneId && isFlowNodeKind(node.kind)) {
    for (const ref of refsTo(ctx, 'flowNodeRef', node.id)) {
      if (isInside(ref, ctx.base.element)) editor.removeElement(ref);
    }
    addLaneRef(ctx, node);
  }
  patchStepMarks(ctx, base, node);
  const changed = activityChanged(node.activity, base.node.activity, base.raci, ctx.input.refs);
  if (node.kind === 'activity' && changed) {
    patchActivity(ctx, base.element, node);
  }
}

function setLabel(ctx: PatchContext, base: SourceNode, node: ProcessNode): void {
  if (node.kind !== 'annotation') {
    ctx.editor.setAttribute(base.element, 'name', node.label);
    return;
  }
  const text = firstChild(base.element, NS.bpmn, 'text');
  if (text) ctx.editor.replaceContent(text, escapeText(node.label));
  else {
    ctx.editor.insertChild(
      base.element,
      textElement(sameStyleName(base.element, 'text'), node.label),
      TEXT_ANNOTATION_RANK.text,
      rankInTextAnnotation,
    );
  }
}

/**
 * New bounds for the node's shape. What hangs on it moves by the same offset: its label,
 * boundary events attached to it, the drawn contents of an expanded sub-process, and the ends
 * of connectors RoleFlow does not show (message flows, flows to intermediate events).
 */
function moveNode(ctx: PatchContext, base: SourceNode, node: ProcessNode): void {
  ctx.moved.add(node.id);
  const target = fromGraph(ctx.base.transform, node);
  if (base.shape === undefined || base.bounds === undefined) {
    addShape(ctx, node);
    return;
  }
  setShapeBounds(ctx, base.shape, target);
  const dx = target.x - base.bounds.x;
  const dy = target.y - base.bounds.y;
  if (dx === 0 && dy === 0) return;
  translateLabel(ctx, base.shape, dx, dy);
  carryAlong(ctx, base, dx, dy);
}

function addShape(ctx: PatchContext, node: ProcessNode): void {
  const id = xmlIdOf(ctx, node.id);
  const bounds = fromGraph(ctx.base.transform, node);
  const flags: [string, string | undefined][] =
    node.kind === 'decision'
      ? [['isMarkerVisible', 'true']]
      : node.kind === 'subProcess'
        ? [['isExpanded', 'false']]
        : [];
  addDi(ctx, (names, declare) =>
    shapeMarkup(names, ctx.ids.claim(`${id}_di`), id, bounds, flags, declare),
  );
}

function addLaneRef(ctx: PatchContext, node: ProcessNode): void {
  const lane = node.laneId === null ? undefined : ctx.base.lanes.get(node.laneId);
  // A lane that is new in RoleFlow lists its nodes itself (patchLanes).
  if (lane === undefined || !ctx.now.lanes.has(lane.lane.id)) return;
  ctx.editor.insertChild(
    lane.element,
    textElement(sameStyleName(lane.element, 'flowNodeRef'), xmlIdOf(ctx, node.id)),
    LANE_RANK.flowNodeRef,
    rankInLane,
  );
}

function patchActivity(ctx: PatchContext, host: XmlElement, node: ProcessNode): void {
  const extensions = firstChild(host, NS.bpmn, 'extensionElements');
  const existing = extensions?.children.find(
    (child) => child.ns === ROLEFLOW_NS && child.local === 'activity',
  );
  if (isEmptyActivity(node.activity) || node.activity === undefined) {
    if (existing) ctx.editor.removeElement(existing);
    return;
  }
  if (existing && extensions) {
    ctx.editor.replaceElement(
      existing,
      activityToXml(node.activity, nameIn(extensions, ROLEFLOW_NS, 'roleflow'), ctx.input.refs),
    );
  } else if (extensions) {
    ctx.editor.insertChild(
      extensions,
      activityToXml(node.activity, nameIn(extensions, ROLEFLOW_NS, 'roleflow'), ctx.input.refs),
      0,
      appendRank,
    );
  } else {
    const markup = activityToXml(
      node.activity,
      nameIn(host, ROLEFLOW_NS, 'roleflow'),
      ctx.input.refs,
    );
    ctx.editor.insertChild(
      host,
      element(sameStyleName(host, 'extensionElements'), [], markup),
      FLOW_NODE_RANK.extensionElements,
      rankInFlowNode,
    );
  }
}

function addNode(ctx: PatchContext, node: ProcessNode): void {
  const names = processNames(ctx);
  const rank = node.kind === 'annotation' ? PROCESS_RANK.artifact : PROCESS_RANK.flowElement;
  for (const markup of nodeMarkup(ctx, node, names)) {
    ctx.editor.insertChild(ctx.base.element, markup, rank, rankInProcess);
  }
  if (isFlowNodeKind(node.kind)) addLaneRef(ctx, node);
  ctx.moved.add(node.id);
  addShape(ctx, node);
}

function isInside(element: XmlElement, container: XmlElement): boolean {
  return element.start > container.start && element.end <= container.end;
}
