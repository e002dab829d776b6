import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { PHASE_PREFIX, type PhaseFlowNode } from '../view/frameNodes';
import { useFrameActions } from '../view/frameActions';
import { BoundaryHandle, sizeAxis } from './BoundaryHandle';

// ≥ 3:1 against both phase bands and the lanes (WCAG 1.4.11 non-text contrast).
const PHASE_LINE = '#6e8094';

/**
 * A phase (阶段): its title band above horizontal lanes (left of vertical ones), and its body
 * across every lane, drawn as dashed boundaries only so the lanes stay readable beneath.
 */
export const PhaseNode = memo(function PhaseNode({ id, data, selected }: NodeProps<PhaseFlowNode>) {
  const actions = useFrameActions();
  const horizontal = data.orientation === 'horizontal';
  if (data.part === 'body') {
    const edge = `1.5px dashed ${PHASE_LINE}`;
    return (
      <div
        style={{
          width: data.width,
          height: data.height,
          boxSizing: 'border-box',
          [horizontal ? 'borderRight' : 'borderBottom']: edge,
          ...(data.index === 0 ? { [horizontal ? 'borderLeft' : 'borderTop']: edge } : {}),
        }}
      />
    );
  }
  const phaseId = id.slice(PHASE_PREFIX.length);
  return (
    <div
      data-testid="phase-title"
      style={{
        width: data.width,
        height: data.height,
        boxSizing: 'border-box',
        border: `1.5px solid ${PHASE_LINE}`,
        background: data.index % 2 === 0 ? '#eef1f5' : '#e4e9ef',
        outline: selected ? '2px solid #1f5fa8' : 'none',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontWeight: 600,
        fontSize: 13,
        color: '#34495e',
        position: 'relative',
        overflow: 'visible',
      }}
    >
      <span
        style={
          horizontal
            ? { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', padding: 4 }
            : { writingMode: 'vertical-rl', padding: 4 }
        }
        title={data.name}
      >
        {data.name}
      </span>
      {actions && (
        <BoundaryHandle
          axis={sizeAxis(data.orientation, 'phase')}
          size={horizontal ? data.width : data.height}
          onResize={(size) => actions.resizePhase(phaseId, size)}
        />
      )}
    </div>
  );
});
