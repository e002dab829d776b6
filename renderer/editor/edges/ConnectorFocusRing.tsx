import type { Point } from '../../../shared/process';

/** The focus blue of the app (focus.css, map-keyboard.css): 6.4:1 on white. */
const RING = '#1f5fa8';
/** Clear space between the line's centre and the ring, and the ring's width, at zoom ≥ 1. */
const GAP = 6;
const WIDTH = 2;

type Props = { edgeId: string; path: string; route: readonly Point[]; zoom: number };

/**
 * The keyboard focus ring of a connector: a 2 px band of the focus blue on each side of the
 * line, about 5 px clear of it and round at the ends — what a focused step's outline is,
 * drawn along a line (an SVG group takes no CSS outline). It is a wide stroke with the middle
 * cut out by a mask, so the lanes show through and no fill hides the line's neighbours.
 *
 * Rendered for the selected connector only (focus and selection are one on the map) and shown
 * by map-keyboard.css only while its connector has `:focus-visible`, so a connector selected
 * with the mouse keeps the plain selected look. Below zoom 1 it keeps its screen size, as an
 * outline would: 2 px on screen, never thinner.
 */
export function ConnectorFocusRing({ edgeId, path, route, zoom }: Props) {
  const scale = Math.max(1, 1 / zoom);
  const inner = 2 * GAP * scale;
  const outer = inner + 2 * WIDTH * scale;
  const maskId = `connector-focus-${edgeId.replace(/[^\w-]/g, '_')}`;
  const xs = route.map((point) => point.x);
  const ys = route.map((point) => point.y);
  // The hops' arcs stand a few units off the route; the margin covers them and the round caps.
  const margin = outer + 20;
  const box = {
    x: Math.min(...xs) - margin,
    y: Math.min(...ys) - margin,
    width: Math.max(...xs) - Math.min(...xs) + 2 * margin,
    height: Math.max(...ys) - Math.min(...ys) + 2 * margin,
  };
  const stroke = { fill: 'none', strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  return (
    <g className="connector-focus-ring" aria-hidden="true" pointerEvents="none">
      <mask id={maskId} maskUnits="userSpaceOnUse" {...box}>
        <rect {...box} fill="white" />
        <path d={path} stroke="black" strokeWidth={inner} {...stroke} />
      </mask>
      <path d={path} stroke={RING} strokeWidth={outer} mask={`url(#${maskId})`} {...stroke} />
    </g>
  );
}
