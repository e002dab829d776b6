import { gatewayMarkGeometry, hasGatewayMark } from '../../../shared/picture/gatewayMark';
import type { GatewayType } from '../../../shared/process';

type Props = { gateway: GatewayType | undefined; width: number; height: number; stroke: string };

/** A decision's gateway marker on the canvas (+ parallel, ○ inclusive; see gatewayMark.ts). */
export function GatewayMark({ gateway, width, height, stroke }: Props) {
  if (!hasGatewayMark(gateway)) return null;
  const { cx, cy, half } = gatewayMarkGeometry(width, height);
  const line = { fill: 'none', stroke, strokeWidth: 1.6 };
  return gateway === 'inclusive' ? (
    <circle data-gateway="inclusive" cx={cx} cy={cy} r={half} {...line} />
  ) : (
    <path
      data-gateway="parallel"
      d={`M${cx - half},${cy} H${cx + half} M${cx},${cy - half} V${cy + half}`}
      {...line}
    />
  );
}
