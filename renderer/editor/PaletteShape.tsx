import type { ReactElement } from 'react';
import type { NodeKind } from '../../shared/process';

const STROKE = '#4a6a8a';

/** A small drawing of each shape, as it looks on the map (Visio's flowchart shapes). */
export function PaletteShape({ kind }: { kind: NodeKind }) {
  return (
    <svg width={64} height={34} viewBox="0 0 64 34" aria-hidden focusable="false">
      {SHAPES[kind]}
    </svg>
  );
}

const SHAPES: Record<NodeKind, ReactElement> = {
  start: <circle cx={32} cy={17} r={14} fill="#e8f5e9" stroke="#3c8d40" strokeWidth={1.5} />,
  end: <circle cx={32} cy={17} r={13} fill="#fdecec" stroke="#b23b3b" strokeWidth={3} />,
  activity: (
    <rect x={6} y={5} width={52} height={24} rx={5} fill="#fff" stroke={STROKE} strokeWidth={1.5} />
  ),
  decision: (
    <polygon points="32,2 56,17 32,32 8,17" fill="#fff8e6" stroke="#b7791f" strokeWidth={1.5} />
  ),
  document: (
    <path
      d="M8 4 H56 V26 C46 20 40 34 30 29 C22 25 16 27 8 30 Z"
      fill="#fffbe6"
      stroke={STROKE}
      strokeWidth={1.5}
    />
  ),
  data: (
    <g fill="#eef4fb" stroke={STROKE} strokeWidth={1.5}>
      <path d="M10 8 V26 A22 5 0 0 0 54 26 V8" />
      <ellipse cx={32} cy={8} rx={22} ry={5} />
    </g>
  ),
  subProcess: (
    <g fill="none" stroke={STROKE} strokeWidth={1.5}>
      <rect x={6} y={5} width={52} height={24} rx={3} fill="#fff" />
      <line x1={12} y1={5} x2={12} y2={29} />
      <line x1={52} y1={5} x2={52} y2={29} />
    </g>
  ),
  annotation: (
    <g fill="none" stroke="#8c8c8c" strokeWidth={1.5}>
      <path d="M18 5 H10 V29 H18" />
      <line x1={22} y1={12} x2={52} y2={12} strokeDasharray="3 3" />
      <line x1={22} y1={20} x2={46} y2={20} strokeDasharray="3 3" />
    </g>
  ),
};
