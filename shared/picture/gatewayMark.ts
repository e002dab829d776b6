import type { GatewayType } from '../process';

/*
 * The BPMN marker of a decision's gateway type, drawn near the diamond's top corner so the
 * label keeps the middle: none for exclusive (RoleFlow's plain decision), + for parallel, ○ for
 * inclusive. One geometry for the canvas and the picture export, so both draw the same mark.
 */

export type GatewayMarkGeometry = { cx: number; cy: number; half: number };

/** Where the marker of a `width` × `height` diamond sits, relative to its top-left corner. */
export function gatewayMarkGeometry(width: number, height: number): GatewayMarkGeometry {
  const half = Math.max(3.5, Math.min(width, height) * 0.065);
  return { cx: width / 2, cy: Math.max(half + 3, height * 0.2), half };
}

/** True when the type draws a marker (exclusive, the default, draws none). */
export function hasGatewayMark(
  gateway: GatewayType | undefined,
): gateway is 'parallel' | 'inclusive' {
  return gateway === 'parallel' || gateway === 'inclusive';
}

/** The marker as SVG markup at (x, y) = the diamond's top-left corner. */
export function gatewayMarkSvg(
  gateway: GatewayType | undefined,
  x: number,
  y: number,
  width: number,
  height: number,
  stroke: string,
): string {
  if (!hasGatewayMark(gateway)) return '';
  const { cx, cy, half } = gatewayMarkGeometry(width, height);
  const px = (value: number) => String(Math.round(value * 10) / 10);
  const X = x + cx;
  const Y = y + cy;
  const attrs = `fill="none" stroke="${stroke}" stroke-width="1.6"`;
  if (gateway === 'inclusive') {
    return `<circle data-gateway="inclusive" cx="${px(X)}" cy="${px(Y)}" r="${px(half)}" ${attrs}/>`;
  }
  return `<path data-gateway="parallel" d="M${px(X - half)},${px(Y)} H${px(X + half)} M${px(X)},${px(Y - half)} V${px(Y + half)}" ${attrs}/>`;
}
