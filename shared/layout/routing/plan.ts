import type { Orientation, ProcessGraph, ProcessNode, Side } from '../../process';
import { chooseSides, flowExtent, flowSides } from './sides';

/*
 * Which sides each connector to be routed takes, and in which order they are routed.
 */

export type Plan = { index: number; source: ProcessNode; target: ProcessNode; sides: Sides };
export type Sides = { sourceSide: Side; targetSide: Side };

export function planSides(
  graph: ProcessGraph,
  selected: readonly boolean[],
  nodes: ReadonlyMap<string, ProcessNode>,
  resetSides: boolean,
): Plan[] {
  const orientation = graph.orientation ?? 'horizontal';
  const plans: Plan[] = [];
  const auto: Plan[] = [];
  graph.edges.forEach((edge, index) => {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!selected[index] || !source || !target) return;
    const chosen =
      source === target ? selfLoopSides(orientation) : chooseSides(orientation, source, target);
    const keep = !resetSides;
    const sides = {
      sourceSide: (keep ? edge.sourceSide : null) ?? chosen.sourceSide,
      targetSide: (keep ? edge.targetSide : null) ?? chosen.targetSide,
    };
    const plan = { index, source, target, sides };
    plans.push(plan);
    if (!(keep && edge.sourceSide)) auto.push(plan);
  });
  spreadExits(auto, orientation);
  return plans;
}

function selfLoopSides(orientation: Orientation): Sides {
  const sides = flowSides(orientation);
  return { sourceSide: sides.forward, targetSide: sides.acrossMinus };
}

/**
 * Several connectors leaving one shape forwards (a decision's 是 and 否) would share the
 * forward port and run on top of each other out of it. The one heading most straight on
 * keeps that port; the others leave across the flow, towards their target's side.
 */
function spreadExits(auto: Plan[], orientation: Orientation): void {
  const sides = flowSides(orientation);
  const bySource = new Map<string, Plan[]>();
  for (const plan of auto) {
    if (plan.sides.sourceSide !== sides.forward || plan.source === plan.target) continue;
    const list = bySource.get(plan.source.id) ?? [];
    list.push(plan);
    bySource.set(plan.source.id, list);
  }
  for (const list of bySource.values()) {
    if (list.length < 2) continue;
    const offsets = list.map((plan) => acrossOffset(orientation, plan.source, plan.target));
    let straight = 0;
    offsets.forEach((offset, i) => {
      if (Math.abs(offset) < Math.abs(offsets[straight] ?? 0)) straight = i;
    });
    list.forEach((plan, i) => {
      const offset = offsets[i] ?? 0;
      if (i === straight || offset === 0) return;
      plan.sides = { ...plan.sides, sourceSide: offset > 0 ? sides.acrossPlus : sides.acrossMinus };
    });
  }
}

/** How far the target's centre lies across the flow from the source's (+: below / right). */
function acrossOffset(orientation: Orientation, source: ProcessNode, target: ProcessNode): number {
  const s = flowExtent(orientation, source);
  const t = flowExtent(orientation, target);
  return (t.c0 + t.c1) / 2 - (s.c0 + s.c1) / 2;
}

/**
 * Short forward connectors first (they have the obvious routes), long ones after, loops
 * back last, so the loops go round what is already there rather than the other way round.
 */
export function routingOrder(plans: Plan[], graph: ProcessGraph): Plan[] {
  const orientation = graph.orientation ?? 'horizontal';
  const keyed = plans.map((plan) => {
    const s = flowExtent(orientation, plan.source);
    const t = flowExtent(orientation, plan.target);
    const back = t.a0 < s.a1 ? 1 : 0;
    const length = Math.abs(t.a0 - s.a1) + Math.abs(t.c0 - s.c0);
    return { plan, back, length };
  });
  keyed.sort((a, b) => a.back - b.back || a.length - b.length || a.plan.index - b.plan.index);
  return keyed.map((k) => k.plan);
}
