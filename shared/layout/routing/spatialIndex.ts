import type { Box } from '../geometry';

/*
 * A uniform bucket grid over boxes: "which boxes touch this region" in time proportional to
 * the region, not to the map. The router asks it for the shapes near one connector and
 * whether a point lies inside a shape, thousands of times per layout.
 */

const DEFAULT_CELL = 160;

export class SpatialIndex<T extends Box> {
  private readonly buckets = new Map<number, number[]>();
  private readonly items: T[] = [];
  private readonly cell: number;
  /** Per item, the number of the last visit() that saw it: dedupes without a Set. */
  private readonly seenIn: number[] = [];
  private visits = 0;

  constructor(cell = DEFAULT_CELL) {
    this.cell = cell;
  }

  add(item: T): void {
    const index = this.items.length;
    this.items.push(item);
    this.seenIn.push(0);
    this.forCells(item, (key) => {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(index);
      else this.buckets.set(key, [index]);
    });
  }

  /** Every item whose box meets the region (touching counts), in insertion order. */
  query(region: Box): T[] {
    const seen = new Set<number>();
    this.forCells(region, (key) => {
      for (const i of this.buckets.get(key) ?? []) {
        const item = this.items[i];
        if (item && !seen.has(i) && meets(item, region)) seen.add(i);
      }
    });
    return [...seen].sort((a, b) => a - b).flatMap((i) => this.items[i] ?? []);
  }

  /** Calls `see` once for each item whose box meets the region, without allocating. */
  visit(region: Box, see: (item: T) => void): void {
    const visit = ++this.visits;
    this.forCells(region, (key) => {
      for (const i of this.buckets.get(key) ?? []) {
        const item = this.items[i];
        if (!item || this.seenIn[i] === visit) continue;
        this.seenIn[i] = visit;
        if (meets(item, region)) see(item);
      }
    });
  }

  /**
   * True when some item's box, shrunk by `shrink` on every side, holds the point strictly
   * inside (its edge does not count).
   */
  holdsStrictly(x: number, y: number, shrink = 0): boolean {
    const bucket = this.buckets.get(this.key(this.col(x), this.col(y)));
    if (!bucket) return false;
    for (const i of bucket) {
      const item = this.items[i];
      if (
        item &&
        x > item.left + shrink &&
        x < item.right - shrink &&
        y > item.top + shrink &&
        y < item.bottom - shrink
      ) {
        return true;
      }
    }
    return false;
  }

  private col(value: number): number {
    return Math.floor(value / this.cell);
  }

  /** Cantor-free packing: columns and rows stay far below 2^20 on any drawable map. */
  private key(col: number, row: number): number {
    return (col + 0x80000) * 0x100000 + (row + 0x80000);
  }

  private forCells(box: Box, visit: (key: number) => void): void {
    const c0 = this.col(box.left);
    const c1 = this.col(box.right);
    const r0 = this.col(box.top);
    const r1 = this.col(box.bottom);
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) visit(this.key(c, r));
  }
}

function meets(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
