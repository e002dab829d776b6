import { isBranching, type FlowEdge, type FlowModel } from './flow';

/*
 * Expected visits per case (PROCESS-ANALYSIS.md §b1): v = e_start + Mᵀv, where an edge out of
 * an exclusive decision carries its probability and every other edge carries 1; a parallel
 * join takes the visits of its split (the mean of what reaches it). A map with several starts
 * shares the one case between them. A loop left with
 * probability 1 − p is visited 1 / (1 − p) times.
 *
 * Solved one strongly connected component at a time in flow order: straight parts are a sum,
 * and Gaussian elimination runs only over the nodes of a loop, so a 500-step map with a few
 * rework loops costs far less than one 500 × 500 system.
 */

export type Visits = {
  visits: Map<string, number>;
  /** Loops no case leaves (the system has no solution): their nodes, each loop a list. */
  endless: string[][];
};

export function expectedVisits(flow: FlowModel): Visits {
  const components = stronglyConnected(flow);
  const visits = new Map<string, number>();
  const endless: string[][] = [];
  const starts = new Set(flow.starts);
  // Tarjan yields components in reverse topological order; the flow runs the other way.
  for (const component of components.reverse()) {
    const members = new Set(component);
    const inflow = (id: string) => {
      let sum = starts.has(id) ? 1 / starts.size : 0;
      for (const edge of flow.incoming.get(id) ?? []) {
        if (!members.has(edge.source)) sum += contribution(flow, visits, edge);
      }
      return sum;
    };
    const [first] = component;
    if (first === undefined) continue;
    if (component.length === 1 && !selfLoop(flow, first)) {
      visits.set(first, joinScale(flow, first) * inflow(first));
      continue;
    }
    const solved = solveLoop(flow, component, members, inflow);
    if (solved) for (const [id, value] of solved) visits.set(id, value);
    else {
      endless.push(component);
      // Counted once each so the rest of the figures stay readable; the finding says why.
      for (const id of component) visits.set(id, inflow(id) > 0 ? 1 : 0);
    }
  }
  return { visits, endless };
}

function contribution(flow: FlowModel, visits: Map<string, number>, edge: FlowEdge): number {
  return (visits.get(edge.source) ?? 0) * edgeFactor(flow, edge);
}

function edgeFactor(flow: FlowModel, edge: FlowEdge): number {
  return isBranching(flow.nodes.get(edge.source)) ? edge.factor : 1;
}

/** A parallel join is reached once per branch of its split but runs once: the mean. */
function joinScale(flow: FlowModel, id: string): number {
  const node = flow.nodes.get(id);
  const arriving = flow.incoming.get(id)?.length ?? 0;
  return node?.gateway === 'parallel' && arriving > 1 ? 1 / arriving : 1;
}

function selfLoop(flow: FlowModel, id: string): boolean {
  return (flow.outgoing.get(id) ?? []).some((edge) => edge.target === id);
}

/** (I − scaled Mᵀ) v = inflow over the loop's nodes; null when singular (no way out). */
function solveLoop(
  flow: FlowModel,
  component: string[],
  members: Set<string>,
  inflow: (id: string) => number,
): Map<string, number> | null {
  const index = new Map(component.map((id, i) => [id, i]));
  const system = new LinearSystem(component.length);
  component.forEach((id, row) => {
    const scale = joinScale(flow, id);
    system.add(row, row, 1);
    system.setConstant(row, scale * inflow(id));
    for (const edge of flow.incoming.get(id) ?? []) {
      const column = index.get(edge.source);
      if (column !== undefined && members.has(edge.source)) {
        system.add(row, column, -scale * edgeFactor(flow, edge));
      }
    }
  });
  const solution = system.solve();
  if (!solution || solution.some((value) => !Number.isFinite(value) || value < -1e-9)) return null;
  return new Map(component.map((id, i) => [id, Math.max(0, solution[i] ?? 0)]));
}

/** A dense n × n system A·x = b, solved by Gaussian elimination with partial pivoting. */
export class LinearSystem {
  private readonly a: Float64Array;
  private readonly b: Float64Array;

  constructor(private readonly size: number) {
    this.a = new Float64Array(size * size);
    this.b = new Float64Array(size);
  }

  add(row: number, column: number, value: number): void {
    this.a[row * this.size + column] = this.at(row, column) + value;
  }

  setConstant(row: number, value: number): void {
    this.b[row] = value;
  }

  /** The solution, or null when the system is singular. Consumes the system. */
  solve(): number[] | null {
    const n = this.size;
    for (let column = 0; column < n; column++) {
      let pivot = column;
      for (let row = column + 1; row < n; row++) {
        if (Math.abs(this.at(row, column)) > Math.abs(this.at(pivot, column))) pivot = row;
      }
      if (Math.abs(this.at(pivot, column)) < 1e-12) return null;
      this.swapRows(column, pivot);
      for (let row = column + 1; row < n; row++) {
        const factor = this.at(row, column) / this.at(column, column);
        if (factor === 0) continue;
        for (let k = column; k < n; k++) {
          this.a[row * n + k] = this.at(row, k) - factor * this.at(column, k);
        }
        this.b[row] = (this.b[row] ?? 0) - factor * (this.b[column] ?? 0);
      }
    }
    const x = new Array<number>(n).fill(0);
    for (let row = n - 1; row >= 0; row--) {
      let sum = this.b[row] ?? 0;
      for (let k = row + 1; k < n; k++) sum -= this.at(row, k) * (x[k] ?? 0);
      x[row] = sum / this.at(row, row);
    }
    return x;
  }

  private at(row: number, column: number): number {
    return this.a[row * this.size + column] ?? 0;
  }

  private swapRows(one: number, other: number): void {
    if (one === other) return;
    const n = this.size;
    for (let k = 0; k < n; k++) {
      const kept = this.at(one, k);
      this.a[one * n + k] = this.at(other, k);
      this.a[other * n + k] = kept;
    }
    const kept = this.b[one] ?? 0;
    this.b[one] = this.b[other] ?? 0;
    this.b[other] = kept;
  }
}

/** Tarjan's algorithm, iterative; components come out in reverse topological order. */
function stronglyConnected(flow: FlowModel): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of flow.order) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    for (let frame = work.at(-1); frame; frame = work.at(-1)) {
      const edge = flow.outgoing.get(frame.id)?.[frame.next];
      if (edge) {
        frame.next++;
        const target = edge.target;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component.reverse());
      }
    }
  }
  return components;
}
