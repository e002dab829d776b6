import type { Orientation, Point } from '../process';
import type { DrawnRoute } from './connectors';
import type { PagePlan, Tile } from './tiling';

/*
 * Off-page connectors (MAP-CONVENTIONS "Pages"): where a page cut crosses a connector, both
 * pages get a small circle with the same label at that point — A1, A2 … for the first cut,
 * B1 … for the next — so the reader finds where the line goes on. Labels are given per cut in
 * order of position, so the same map always gets the same labels.
 */

export type OffPageMark = {
  label: string;
  routeId: string;
  /** The crossing in flow space: `along` on the cut, `across` where the line passes. */
  along: number;
  across: number;
  /** The cut runs across the flow (between columns of pages) or along it (between rows). */
  cut: 'along' | 'across';
  /** Index of the tile on the lower side of the cut and on the upper side. */
  lowerTile: number;
  upperTile: number;
  /** True when the connector runs from the lower tile into the upper one. */
  forward: boolean;
};

const flowPoint = (p: Point, orientation: Orientation): Point =>
  orientation === 'horizontal' ? p : { x: p.y, y: p.x };

function letter(index: number): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const base = letters[index % letters.length] ?? 'Z';
  return index < letters.length ? base : `${base}${Math.floor(index / letters.length)}`;
}

function tileAt(tiles: Tile[], along: number, across: number): number {
  return tiles.findIndex(
    (t) =>
      along >= t.along.start &&
      along < t.along.end &&
      across >= t.across.start &&
      across < t.across.end,
  );
}

/** Every crossing of a connector with a page cut, labelled in pairs. */
export function offPageMarks(routes: readonly DrawnRoute[], plan: PagePlan): OffPageMark[] {
  type Crossing = Omit<OffPageMark, 'label'> & { cutIndex: number };
  const crossings: Crossing[] = [];
  const cuts = [
    ...plan.alongCuts.map((at) => ({ at, cut: 'along' as const })),
    ...plan.acrossCuts.map((at) => ({ at, cut: 'across' as const })),
  ];
  for (const route of routes) {
    const points = route.points.map((p) => flowPoint(p, plan.orientation));
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (!a || !b) continue;
      cuts.forEach(({ at, cut }, cutIndex) => {
        const [from, to, other] = cut === 'along' ? [a.x, b.x, a.y] : [a.y, b.y, a.x];
        // Half-open, so a route whose bend sits exactly on the cut is counted once.
        const crosses = (from < at && to >= at) || (from >= at && to < at);
        // Only a leg perpendicular to the cut crosses it at one point.
        const perpendicular =
          cut === 'along' ? Math.abs(a.y - b.y) < 0.01 : Math.abs(a.x - b.x) < 0.01;
        if (!crosses || !perpendicular) return;
        const eps = 0.5;
        const lowerTile =
          cut === 'along'
            ? tileAt(plan.tiles, at - eps, other)
            : tileAt(plan.tiles, other, at - eps);
        const upperTile =
          cut === 'along'
            ? tileAt(plan.tiles, at + eps, other)
            : tileAt(plan.tiles, other, at + eps);
        if (lowerTile < 0 || upperTile < 0) return;
        crossings.push({
          routeId: route.id,
          along: cut === 'along' ? at : other,
          across: cut === 'along' ? other : at,
          cut,
          lowerTile,
          upperTile,
          forward: to > from,
          cutIndex,
        });
      });
    }
  }
  crossings.sort(
    (p, q) =>
      p.cutIndex - q.cutIndex ||
      (p.cut === 'along' ? p.across - q.across : p.along - q.along) ||
      p.routeId.localeCompare(q.routeId),
  );
  const counts = new Map<number, number>();
  return crossings.map(({ cutIndex, ...crossing }) => {
    const count = (counts.get(cutIndex) ?? 0) + 1;
    counts.set(cutIndex, count);
    return { ...crossing, label: `${letter(cutIndex)}${count}` };
  });
}
