/**
 * A binary min-heap of states keyed by estimated total cost; ties go to the state pushed
 * first, so the search — and with it the route — is the same on every run.
 */
export class MinHeap {
  private keys: number[] = [];
  private order: number[] = [];
  private values: number[] = [];
  private pushed = 0;
  /** Entries in use; the arrays keep their length, so a reused heap allocates nothing. */
  private count = 0;

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
    this.pushed = 0;
  }

  push(key: number, value: number): void {
    const at = this.count++;
    this.keys[at] = key;
    this.order[at] = this.pushed++;
    this.values[at] = value;
    this.up(at);
  }

  pop(): number {
    const top = this.values[0] ?? -1;
    const last = --this.count;
    if (last > 0) {
      this.keys[0] = this.keys[last] ?? 0;
      this.order[0] = this.order[last] ?? 0;
      this.values[0] = this.values[last] ?? -1;
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
      if (left < this.count && this.less(left, smallest)) smallest = left;
      if (right < this.count && this.less(right, smallest)) smallest = right;
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
