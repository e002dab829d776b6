import { patchBranch } from './branchXml';
import { bpmnNames, edgeMarkup, textElement } from './bpmnMarkup';
import { FLOW_NODE_RANK, PROCESS_RANK, rankInFlowNode, rankInProcess } from './bpmnOrder';
import { pointFromGraph, routeEdge, type Point } from './diGeometry';
import { routeThrough } from './diRoute';
import {
  addDi,
  diBoundsOf,
  processNames,
  refsTo,
  removeDiOf,
  sameStyleName,
  xmlIdOf,
  type EdgePlan,
  type PatchContext,
} from './patchContext';
import { setWaypoints } from './patchDi';
import { dataInputMarkup, dataOutputMarkup, flowMarkup } from './patchMarkup';
import { type SourceEdge } from './sourceTypes';
import { firstChild, NS } from './xmlIndex';

/*
 * Edges of an imported process. A kept edge gets only what changed (name, sourceRef /
 * targetRef and the matching incoming/outgoing, a new route when an end moved); a new one is
 * written whole, with its diagram edge. A removed edge takes its diagram edges, the
 * incoming/outgoing that list it and any gateway's default="…" naming it along.
 */

export function patchEdges(ctx: PatchContext): void {
  for (const plan of ctx.plans.values()) {
    if (plan.keep && plan.base) patchEdge(ctx, plan.base, plan);
    else {
      if (plan.base) removeEdge(ctx, plan.base, true);
      addEdge(ctx, plan);
    }
  }
  for (const base of ctx.base.edges.values()) {
    if (!ctx.plans.has(base.edge.id)) removeEdge(ctx, base, false);
  }
}

function patchEdge(ctx: PatchContext, base: SourceEdge, plan: EdgePlan): void {
  const { edge } = plan;
  const { editor } = ctx;
  const sourceChanged = edge.source !== base.edge.source;
  const targetChanged = edge.target !== base.edge.target;
  if (base.kind === 'sequenceFlow' && edge.label !== base.edge.label) {
    editor.setAttribute(base.element, 'name', edge.label);
  }
  if (base.kind === 'sequenceFlow') patchBranch(ctx, base, edge);
  if (base.kind === 'sequenceFlow' || base.kind === 'association') {
    if (sourceChanged) editor.setAttribute(base.element, 'sourceRef', xmlIdOf(ctx, edge.source));
    if (targetChanged) editor.setAttribute(base.element, 'targetRef', xmlIdOf(ctx, edge.target));
    if (base.kind === 'sequenceFlow') {
      if (sourceChanged) moveFlowRef(ctx, 'outgoing', edge.id, base.edge.source, edge.source);
      if (targetChanged) moveFlowRef(ctx, 'incoming', edge.id, base.edge.target, edge.target);
    }
  } else if (base.kind === 'dataInput' && sourceChanged) {
    const ref = firstChild(base.element, NS.bpmn, 'sourceRef');
    if (ref) editor.replaceContent(ref, xmlIdOf(ctx, edge.source));
  } else if (base.kind === 'dataOutput' && targetChanged) {
    const ref = firstChild(base.element, NS.bpmn, 'targetRef');
    if (ref) editor.replaceContent(ref, xmlIdOf(ctx, edge.target));
  }
  const endMoved = [edge.source, edge.target].some((id) => ctx.moved.has(id) || ctx.fresh.has(id));
  const rerouted =
    !samePoints(edge.waypoints ?? [], base.edge.waypoints ?? []) ||
    (edge.sourceSide ?? null) !== (base.edge.sourceSide ?? null) ||
    (edge.targetSide ?? null) !== (base.edge.targetSide ?? null);
  if (sourceChanged || targetChanged || endMoved || rerouted) route(ctx, plan, base);
}

/**
 * Draws an edge between the current shapes of its ends (if both are drawn): through the
 * route RoleFlow stores for it, or — a connector never routed — the simple orthogonal one.
 */
function route(ctx: PatchContext, plan: EdgePlan, base: SourceEdge | undefined): void {
  const source = diBoundsOf(ctx, plan.edge.source);
  const target = diBoundsOf(ctx, plan.edge.target);
  if (source === undefined || target === undefined) return;
  const { edge } = plan;
  const bends = (edge.waypoints ?? []).map((point) => pointFromGraph(ctx.base.transform, point));
  const points =
    bends.length > 0
      ? routeThrough(source, target, bends, edge.sourceSide, edge.targetSide)
      : routeEdge(source, target);
  if (base?.diEdge) {
    setWaypoints(ctx, base.diEdge, points);
    return;
  }
  const id = xmlIdOf(ctx, plan.edge.id);
  addDi(ctx, (names, declare) => edgeMarkup(names, ctx.ids.claim(`${id}_di`), id, points, declare));
}

function moveFlowRef(
  ctx: PatchContext,
  local: 'incoming' | 'outgoing',
  flowId: string,
  from: string,
  to: string,
): void {
  const old = ctx.base.nodes.get(from);
  for (const ref of refsTo(ctx, local, flowId)) {
    if (ref.parent === old?.element) ctx.editor.removeElement(ref);
  }
  addFlowRef(ctx, local, flowId, to);
}

function addFlowRef(
  ctx: PatchContext,
  local: 'incoming' | 'outgoing',
  flowId: string,
  nodeId: string,
): void {
  const host = ctx.base.nodes.get(nodeId);
  // A node written anew lists its flows in its own markup.
  if (host === undefined || ctx.fresh.has(nodeId)) return;
  ctx.editor.insertChild(
    host.element,
    textElement(sameStyleName(host.element, local), xmlIdOf(ctx, flowId)),
    FLOW_NODE_RANK[local],
    rankInFlowNode,
  );
}

function addEdge(ctx: PatchContext, plan: EdgePlan): void {
  const { edge, kind } = plan;
  if (kind === 'sequenceFlow' || kind === 'association') {
    const rank = kind === 'sequenceFlow' ? PROCESS_RANK.flowElement : PROCESS_RANK.artifact;
    ctx.editor.insertChild(
      ctx.base.element,
      flowMarkup(ctx, plan, processNames(ctx)),
      rank,
      rankInProcess,
    );
    if (kind === 'sequenceFlow') {
      addFlowRef(ctx, 'outgoing', edge.id, edge.source);
      addFlowRef(ctx, 'incoming', edge.id, edge.target);
    }
  } else {
    const hostId = kind === 'dataInput' ? edge.target : edge.source;
    const host = ctx.base.nodes.get(hostId);
    if (host !== undefined && !ctx.fresh.has(hostId)) {
      const names = bpmnNames(host.element);
      if (kind === 'dataInput') {
        const [property, association] = dataInputMarkup(ctx, plan, names, true);
        if (property)
          ctx.editor.insertChild(host.element, property, FLOW_NODE_RANK.property, rankInFlowNode);
        if (association) {
          ctx.editor.insertChild(
            host.element,
            association,
            FLOW_NODE_RANK.dataInputAssociation,
            rankInFlowNode,
          );
        }
      } else {
        ctx.editor.insertChild(
          host.element,
          dataOutputMarkup(ctx, plan, names, true),
          FLOW_NODE_RANK.dataOutputAssociation,
          rankInFlowNode,
        );
      }
    }
  }
  route(ctx, plan, undefined);
}

/** Removes an edge's element and what points at it; `rewritten` keeps default="…". */
function removeEdge(ctx: PatchContext, base: SourceEdge, rewritten: boolean): void {
  const id = base.edge.id;
  ctx.editor.removeElement(base.element);
  removeDiOf(ctx, id);
  for (const local of ['incoming', 'outgoing']) {
    for (const ref of refsTo(ctx, local, id)) ctx.editor.removeElement(ref);
  }
  if (rewritten) return;
  for (const ref of ctx.refAttributes.get(id) ?? []) {
    if (ref.name === 'default') ctx.editor.removeAttribute(ref.element, 'default');
  }
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i]?.x && p.y === b[i]?.y);
}
