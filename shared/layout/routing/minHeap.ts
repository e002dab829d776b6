/**
 * A binary min-heap of states keyed by estimated total cost; ties go to the state pushed
 * first, so the search — and with it the route — is the same on every run.
 */
export class MinHeap {
  private keys: number[] = [];
  private order: number[] = [];
  private values: number[] = [];
  private pushed = 0;

  get size(): number {
    return this.values.length;
  }

  push(key: number, value: number): void {
    this.keys.push(key);
    this.order.push(this.pushed++);
    this.values.push(value);
    this.up(this.values.length - 1);
  }

  pop(): number {
    const top = this.values[0] ?? -1;
    const lastKey = this.keys.pop() ?? 0;
    const lastOrder = this.order.pop() ?? 0;
    const lastValue = this.values.pop() ?? -1;
    if (this.values.length > 0) {
      this.keys[0] = lastKey;
      this.order[0] = lastOrder;
      this.values[0] = lastValue;
      this.down(0);
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a] ?? 0;
    const kb = this.keys[b] ?? 0;
    return ka < kb || (ka === kb && (this.order[a] ?? 0) < (this.order[b] ?? 0));
  }

  private swap(a: number, b: number): void {
    swapIn(this.keys, a, b);
    swapIn(this.order, a, b);
    swapIn(this.values, a, b);
  }

  private up(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.values.length && this.less(left, smallest)) smallest = left;
      if (right < this.values.length && this.less(right, smallest)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }
}

function swapIn(list: number[], a: number, b: number): void {
  const t = list[a] ?? 0;
  list[a] = list[b] ?? 0;
  list[b] = t;
}
