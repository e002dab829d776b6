import type { ReactElement } from 'react';
import type { GatewayType, NodeKind } from '../../../shared/process';
import { GatewayMark } from './GatewayMark';

/*
 * The outline of each kind of step, as the flowchart symbols consultants know them (Visio's
 * cross-functional shapes): rounded-rectangle activity, diamond decision, rounded terminators
 * for start and end, wavy-bottom document, cylinder for data / system, rectangle with double
 * side bars for a predefined (linked) sub-process, bracket for an annotation. Drawn in real
 * pixels of the drawn box, so corners and bars keep their size on a wide or tall shape.
 */

type Look = { fill: string; stroke: string; strokeWidth: number };

export const LOOKS: Readonly<Record<NodeKind, Look>> = {
  start: { fill: '#e9f5ea', stroke: '#3c8d40', strokeWidth: 1.5 },
  end: { fill: '#fbeaea', stroke: '#a83232', strokeWidth: 2.5 },
  activity: { fill: '#ffffff', stroke: '#4a6a8a', strokeWidth: 1.5 },
  decision: { fill: '#fff7e3', stroke: '#b7791f', strokeWidth: 1.5 },
  document: { fill: '#fffbe8', stroke: '#8a7a3a', strokeWidth: 1.5 },
  data: { fill: '#eef4fb', stroke: '#4a6a8a', strokeWidth: 1.5 },
  subProcess: { fill: '#ffffff', stroke: '#4a6a8a', strokeWidth: 1.5 },
  annotation: { fill: 'none', stroke: '#767676', strokeWidth: 1.5 },
};

/** Inset of the predefined-process side bars from the shape's edges, px. */
export const SUBPROCESS_BAR = 10;

function outline(kind: NodeKind, w: number, h: number, look: Look): ReactElement {
  const s = look.strokeWidth / 2;
  const common = { fill: look.fill, stroke: look.stroke, strokeWidth: look.strokeWidth };
  switch (kind) {
    case 'start':
    case 'end': {
      const r = Math.min(w, h) / 2 - s;
      return <rect x={s} y={s} width={w - 2 * s} height={h - 2 * s} rx={r} ry={r} {...common} />;
    }
    case 'activity':
      return <rect x={s} y={s} width={w - 2 * s} height={h - 2 * s} rx={8} {...common} />;
    case 'decision':
      return (
        <polygon
          points={`${w / 2},${s} ${w - s},${h / 2} ${w / 2},${h - s} ${s},${h / 2}`}
          {...common}
        />
      );
    case 'document': {
      const wave = Math.min(14, h * 0.18);
      const d = `M${s},${s} H${w - s} V${h - wave} C${w * 0.75},${h - 2.2 * wave} ${w * 0.55},${h + 0.2 * wave} ${w * 0.3},${h - wave * 0.6} C${w * 0.15},${h - wave * 0.25} ${w * 0.07},${h - wave * 0.4} ${s},${h - wave * 0.55} Z`;
      return <path d={d} {...common} />;
    }
    case 'data': {
      const ry = Math.min(10, h * 0.16);
      const body = `M${s},${ry} A${w / 2 - s},${ry - s} 0 0 1 ${w - s},${ry} V${h - ry} A${w / 2 - s},${ry - s} 0 0 1 ${s},${h - ry} Z`;
      const rim = `M${s},${ry} A${w / 2 - s},${ry - s} 0 0 0 ${w - s},${ry}`;
      return (
        <g>
          <path d={body} {...common} />
          <path d={rim} fill="none" stroke={look.stroke} strokeWidth={look.strokeWidth} />
        </g>
      );
    }
    case 'subProcess':
      return (
        <g>
          <rect x={s} y={s} width={w - 2 * s} height={h - 2 * s} {...common} />
          <line
            x1={SUBPROCESS_BAR}
            y1={s}
            x2={SUBPROCESS_BAR}
            y2={h - s}
            stroke={look.stroke}
            strokeWidth={look.strokeWidth}
          />
          <line
            x1={w - SUBPROCESS_BAR}
            y1={s}
            x2={w - SUBPROCESS_BAR}
            y2={h - s}
            stroke={look.stroke}
            strokeWidth={look.strokeWidth}
          />
        </g>
      );
    case 'annotation':
      return (
        <path
          d={`M12,${s} H${s} V${h - s} H12`}
          fill="none"
          stroke={look.stroke}
          strokeWidth={look.strokeWidth}
        />
      );
  }
}

type Props = {
  kind: NodeKind;
  width: number;
  height: number;
  selected: boolean;
  gateway?: GatewayType | undefined;
};

export function StepShape({ kind, width, height, selected, gateway }: Props) {
  const base = LOOKS[kind];
  const look = selected ? { ...base, stroke: '#1f5fa8', strokeWidth: base.strokeWidth + 1 } : base;
  return (
    <svg
      aria-hidden
      width={width}
      height={height}
      style={{ position: 'absolute', inset: 0, overflow: 'visible' }}
    >
      {outline(kind, width, height, look)}
      {kind === 'decision' && (
        <GatewayMark gateway={gateway} width={width} height={height} stroke={look.stroke} />
      )}
    </svg>
  );
}
