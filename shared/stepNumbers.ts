import { connectorKind } from './connectionRules';
import type { NodeKind, ProcessGraph, ProcessNode } from './process';

/*
 * 步骤编号: every step of a map carries a number, 10, 20, 30 … in flow order, given once and
 * never changed afterwards — the 流程说明书's step table, work instructions and audit findings
 * quote it, so it must survive insertions, moves and re-layouts. Only steps without a number
 * (new ones, or the second of two that share one after a paste) are numbered:
 *
 * - a run of k new steps between two numbered neighbours a < b in flow order takes the numbers
 *   a + round((b − a)·j / (k + 1)), j = 1 … k — one step between 20 and 30 gets 25, two get
 *   23 and 27; a number already taken elsewhere moves to the next free one in the gap;
 * - what does not fit in its gap (no room, no numbered step after it, or neighbours out of
 *   order) continues after the highest number of the map, in tens: 10, 20 … for a new map.
 */

/** The shapes the user counts as steps: activities, decisions (判断) and sub-processes. */
export const STEP_KINDS: readonly NodeKind[] = ['activity', 'decision', 'subProcess'];

export function isStep(kind: NodeKind): boolean {
  return STEP_KINDS.includes(kind);
}

/** How many steps the map has (the process list's "n 个步骤"). */
export function countSteps(graph: Pick<ProcessGraph, 'nodes'>): number {
  return graph.nodes.filter((node) => isStep(node.kind)).length;
}

const STEP = 10;

/**
 * The graph with a number on every step, keeping every valid number it already has. Of two
 * steps sharing a number, the one that had it in `previous` (the stored map) keeps it, else
 * the first in flow order. Shapes that are not steps carry no number.
 */
export function numberSteps(
  graph: ProcessGraph,
  previous?: Pick<ProcessGraph, 'nodes'>,
): ProcessGraph {
  const order = flowOrder(graph).filter((node) => isStep(node.kind));
  const had = new Map((previous?.nodes ?? []).map((node) => [node.id, node.stepNumber]));
  const numbers = keptNumbers(order, had);
  const used = new Set(numbers.values());
  let highest = Math.max(0, ...used);
  const fromTheEnd = () => {
    highest = (Math.floor(highest / STEP) + 1) * STEP;
    used.add(highest);
    return highest;
  };
  for (let i = 0; i < order.length;) {
    if (numbers.has(order[i]?.id ?? '')) {
      i++;
      continue;
    }
    let end = i;
    while (end < order.length && !numbers.has(order[end]?.id ?? '')) end++;
    const before = i > 0 ? numbers.get(order[i - 1]?.id ?? '') : 0;
    const after = end < order.length ? numbers.get(order[end]?.id ?? '') : undefined;
    const run = order.slice(i, end);
    run.forEach((node, j) => {
      const wanted =
        before !== undefined && after !== undefined && after > before
          ? freeBetween(
              used,
              before,
              after,
              before + Math.round(((after - before) * (j + 1)) / (run.length + 1)),
            )
          : undefined;
      if (wanted !== undefined) used.add(wanted);
      numbers.set(node.id, wanted ?? fromTheEnd());
    });
    i = end;
  }
  let changed = false;
  const nodes = graph.nodes.map((node): ProcessNode => {
    const number = numbers.get(node.id);
    if (number === undefined) {
      if (node.stepNumber === undefined || node.stepNumber === null) return node;
      changed = true;
      const { stepNumber: _dropped, ...rest } = node;
      return rest;
    }
    if (node.stepNumber === number) return node;
    changed = true;
    return { ...node, stepNumber: number };
  });
  return changed ? { ...graph, nodes } : graph;
}

/** Valid numbers (positive, unique) the steps keep; the step that had it before wins a tie. */
function keptNumbers(
  order: ProcessNode[],
  had: Map<string, number | null | undefined>,
): Map<string, number> {
  const owner = new Map<number, string>();
  for (const node of order) {
    const number = node.stepNumber;
    if (typeof number !== 'number' || number <= 0) continue;
    const holder = owner.get(number);
    if (holder === undefined || (had.get(node.id) === number && had.get(holder) !== number)) {
      owner.set(number, node.id);
    }
  }
  return new Map([...owner].map(([number, id]) => [id, number]));
}

/** `wanted` if free, else the next free number after it and before `after`. */
function freeBetween(used: Set<number>, before: number, after: number, wanted: number) {
  for (let n = Math.max(wanted, before + 1); n < after; n++) if (!used.has(n)) return n;
  return undefined;
}

/**
 * The shapes in flow order: a step comes after every step that leads to it (loops back are
 * not followed), and shapes that are ready together are taken in reading order — along the
 * flow first, then across it (lane order).
 */
export function flowOrder(
  graph: Pick<ProcessGraph, 'nodes' | 'edges' | 'orientation'>,
): ProcessNode[] {
  const vertical = graph.orientation === 'vertical';
  const key = (node: ProcessNode): [number, number] => {
    const cx = node.x + node.width / 2;
    const cy = node.y + node.height / 2;
    return vertical ? [cy, cx] : [cx, cy];
  };
  const before = (a: ProcessNode, b: ProcessNode) => {
    const [a1, a2] = key(a);
    const [b1, b2] = key(b);
    return a1 !== b1 ? a1 < b1 : a2 !== b2 ? a2 < b2 : a.id < b.id;
  };
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const next = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target || source === target) continue;
    if (connectorKind(source.kind, target.kind) !== 'sequence') continue;
    next.get(source.id)?.push(target.id);
  }
  const forward = withoutLoopsBack(graph.nodes, next, before);
  const waiting = new Map(graph.nodes.map((node) => [node.id, 0]));
  for (const targets of forward.values()) {
    for (const target of targets) waiting.set(target, (waiting.get(target) ?? 0) + 1);
  }
  const ready = new Heap<ProcessNode>(before);
  for (const node of graph.nodes) if (waiting.get(node.id) === 0) ready.push(node);
  const order: ProcessNode[] = [];
  for (let node = ready.pop(); node !== undefined; node = ready.pop()) {
    order.push(node);
    for (const target of forward.get(node.id) ?? []) {
      const left = (waiting.get(target) ?? 0) - 1;
      waiting.set(target, left);
      const targetNode = byId.get(target);
      if (left === 0 && targetNode) ready.push(targetNode);
    }
  }
  return order;
}

/**
 * The connectors without those that close a loop: a depth-first walk from the starts (then
 * from any shape not reached, in reading order) drops each connector back to a shape still
 * on its path. Iterative, so a long map does not exhaust the stack.
 */
function withoutLoopsBack(
  nodes: readonly ProcessNode[],
  next: Map<string, string[]>,
  before: (a: ProcessNode, b: ProcessNode) => boolean,
): Map<string, string[]> {
  const sorted = [...nodes].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  const roots = [...sorted.filter((node) => node.kind === 'start'), ...sorted];
  const state = new Map<string, 'open' | 'done'>();
  const forward = new Map<string, string[]>();
  for (const root of roots) {
    if (state.has(root.id)) continue;
    const stack: { id: string; at: number }[] = [{ id: root.id, at: 0 }];
    state.set(root.id, 'open');
    forward.set(root.id, []);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const targets = next.get(top.id) ?? [];
      const target = targets[top.at++];
      if (target === undefined) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(target);
      if (seen === 'open') continue;
      forward.get(top.id)?.push(target);
      if (seen === undefined) {
        state.set(target, 'open');
        forward.set(target, []);
        stack.push({ id: target, at: 0 });
      }
    }
  }
  return forward;
}

/** A binary min-heap by `before`. */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const [child, up] = [items[i], items[parent]];
      if (child === undefined || up === undefined || !this.before(child, up)) break;
      [items[i], items[parent]] = [up, child];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let best = i;
      const at = (k: number) => items[k];
      const better = (k: number) => {
        const [a, b] = [at(k), at(best)];
        return a !== undefined && b !== undefined && this.before(a, b);
      };
      if (l < items.length && better(l)) best = l;
      if (r < items.length && better(r)) best = r;
      if (best === i) break;
      const [a, b] = [items[i], items[best]];
      if (a === undefined || b === undefined) break;
      [items[i], items[best]] = [b, a];
      i = best;
    }
    return top;
  }
}
