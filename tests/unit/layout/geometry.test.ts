import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  boxOf,
  boxesOverlap,
  findOverlaps,
  laneAtY,
  laneBands,
  type Rect,
} from '../../../shared/layout/geometry';
import { seededRandom } from '../../bench/prng';
import { lane } from './fixtures';

type Item = Rect & { id: string };

function bruteForce(items: readonly Item[], gap: number): [string, string][] {
  const found: [string, string][] = [];
  items.forEach((a, i) =>
    items.slice(i + 1).forEach((b) => {
      if (boxesOverlap(boxOf(a), boxOf(b), gap)) found.push([a.id, b.id]);
    }),
  );
  return found;
}

describe('geometry', () => {
  it('counts boxes exactly `gap` apart as clear, closer ones as overlapping', () => {
    const a = boxOf({ x: 0, y: 0, width: 10, height: 10 });
    const touching = boxOf({ x: 10, y: 0, width: 10, height: 10 });
    const apart = boxOf({ x: 15, y: 0, width: 10, height: 10 });
    expect(boxesOverlap(a, touching)).toBe(false);
    expect(boxesOverlap(a, touching, 1)).toBe(true);
    expect(boxesOverlap(a, apart, 5)).toBe(false);
    expect(boxesOverlap(a, apart, 6)).toBe(true);
    // Close on one axis only is not an overlap.
    expect(boxesOverlap(a, boxOf({ x: 2, y: 40, width: 4, height: 4 }), 10)).toBe(false);
  });

  it('finds the same overlaps as the all-pairs check', () => {
    const random = seededRandom(42);
    const items: Item[] = Array.from({ length: 300 }, (_, i) => ({
      id: `r${i}`,
      x: random.int(0, 2000),
      y: random.int(0, 2000),
      width: random.int(1, 120),
      height: random.int(1, 80),
    }));
    for (const gap of [0, 10]) {
      const found = findOverlaps(items, gap);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(bruteForce(items, gap));
    }
    expect(findOverlaps([])).toEqual([]);
  });

  it('stacks lane bands in order and finds the band under a point', () => {
    const bands = laneBands([lane('a', 100), lane('b', 50)], 10);
    expect(bands).toEqual([
      { laneId: 'a', top: 10, bottom: 110 },
      { laneId: 'b', top: 110, bottom: 160 },
    ]);
    expect(laneAtY(bands, 110)?.laneId).toBe('b');
    expect(laneAtY(bands, 160)).toBeUndefined();
  });

  it('bounds a set of rectangles', () => {
    expect(boundsOf([])).toBeNull();
    expect(
      boundsOf([
        { x: 5, y: 5, width: 10, height: 10 },
        { x: -5, y: 20, width: 1, height: 1 },
      ]),
    ).toEqual({ left: -5, top: 5, right: 15, bottom: 21 });
  });
});
