import { type ProcessEdge } from '../../shared/process';
import { classifyEdge } from './edgeKinds';
import { type EdgePlan, type PatchContext } from './patchContext';
import { type EdgeKind, type SourceEdge } from './sourceTypes';

/*
 * How each edge of the edited graph is written: kept in place (and patched) when its source
 * element can still express it, else written anew. Decided before any node is written,
 * because a new node's markup lists its incoming/outgoing flows and holds its data
 * associations.
 */

export function planEdges(ctx: PatchContext): void {
  const plans = ctx.plans;
  for (const edge of ctx.now.edges.values()) {
    const source = ctx.now.nodes.get(edge.source);
    const target = ctx.now.nodes.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const base = ctx.base.edges.get(edge.id);
    const keep =
      base !== undefined && canKeep(ctx, base, edge, classifyEdge(source.kind, target.kind));
    plans.set(edge.id, {
      edge,
      kind: keep && base ? base.kind : classifyEdge(source.kind, target.kind),
      base,
      keep,
    });
  }
}

function canKeep(ctx: PatchContext, base: SourceEdge, edge: ProcessEdge, kind: EdgeKind): boolean {
  // Data associations live inside their activity: a rewritten activity takes them along.
  const host =
    base.kind === 'dataInput'
      ? base.edge.target
      : base.kind === 'dataOutput'
        ? base.edge.source
        : null;
  if (host !== null && ctx.fresh.has(host)) return false;
  if (edge.source === base.edge.source && edge.target === base.edge.target) {
    return base.kind !== 'sequenceFlow' || kind === 'sequenceFlow';
  }
  switch (base.kind) {
    case 'sequenceFlow':
      return kind === 'sequenceFlow';
    case 'association':
      return kind !== 'sequenceFlow';
    case 'dataInput':
      return kind === 'dataInput' && edge.target === base.edge.target;
    case 'dataOutput':
      return kind === 'dataOutput' && edge.source === base.edge.source;
  }
}

/** The edges written inside a new node's markup: its flows' refs and its data associations. */
export function edgesOf(plans: Map<string, EdgePlan>, nodeId: string) {
  const all = [...plans.values()];
  return {
    incoming: all.filter((plan) => plan.kind === 'sequenceFlow' && plan.edge.target === nodeId),
    outgoing: all.filter((plan) => plan.kind === 'sequenceFlow' && plan.edge.source === nodeId),
    inputs: all.filter(
      (plan) => !plan.keep && plan.kind === 'dataInput' && plan.edge.target === nodeId,
    ),
    outputs: all.filter(
      (plan) => !plan.keep && plan.kind === 'dataOutput' && plan.edge.source === nodeId,
    ),
  };
}
