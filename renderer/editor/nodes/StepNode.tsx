import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import type { NodeKind } from '../../../shared/process';
import type { StepFlowNode } from '../mapping';

const BASE: CSSProperties = {
  width: '100%',
  height: '100%',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  textAlign: 'center',
  fontSize: 12,
  lineHeight: 1.3,
  padding: 6,
  boxSizing: 'border-box',
  background: '#fff',
  border: '1.5px solid #4a6a8a',
  color: '#1d2b3a',
  overflow: 'hidden',
};

/** How each kind of step looks: Visio's cross-functional flowchart shapes. */
const SHAPES: Record<NodeKind, CSSProperties> = {
  start: { borderRadius: '50%', background: '#e8f5e9', borderColor: '#3c8d40' },
  end: { borderRadius: '50%', background: '#fdecec', borderColor: '#b23b3b', borderWidth: 3 },
  activity: { borderRadius: 8 },
  decision: { background: 'transparent', border: 'none' },
  document: { borderRadius: '2px 2px 40% 8px / 2px 2px 18px 8px', background: '#fffbe6' },
  data: { borderRadius: '50% / 14px', background: '#eef4fb' },
  subProcess: { borderRadius: 8, borderWidth: 3, borderStyle: 'double' },
  annotation: {
    border: 'none',
    borderLeft: '2px solid #8c8c8c',
    background: 'transparent',
    justifyContent: 'flex-start',
    textAlign: 'left',
    color: '#595959',
  },
};

/** One step of the map, with a connection handle on each side. */
export const StepNode = memo(function StepNode({ data, selected }: NodeProps<StepFlowNode>) {
  const style = { ...BASE, ...SHAPES[data.kind] };
  if (selected) style.boxShadow = '0 0 0 2px #1f5fa8';
  return (
    <div style={{ width: '100%', height: '100%', position: 'relative' }} data-kind={data.kind}>
      {data.kind === 'decision' && <Diamond selected={selected} />}
      <div style={style} title={data.label}>
        <span style={{ position: 'relative' }}>{data.label}</span>
      </div>
      {/* Every side both starts and ends connectors: the canvas connects loosely, from where
          the drag started to where it ended. */}
      <Handle type="source" position={Position.Top} id="top" />
      <Handle type="source" position={Position.Right} id="right" />
      <Handle type="source" position={Position.Bottom} id="bottom" />
      <Handle type="source" position={Position.Left} id="left" />
    </div>
  );
});

function Diamond({ selected }: { selected: boolean }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 100 100"
      preserveAspectRatio="none"
      style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }}
    >
      <polygon
        points="50,2 98,50 50,98 2,50"
        fill="#fff8e6"
        stroke={selected ? '#1f5fa8' : '#b7791f'}
        strokeWidth={selected ? 3 : 2}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
