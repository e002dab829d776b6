import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { LANE_HEADER_WIDTH, type LaneFlowNode } from '../mapping';

/** A horizontal swim lane: the role or department's name in a header column on the left. */
export const LaneNode = memo(function LaneNode({ data, selected }: NodeProps<LaneFlowNode>) {
  return (
    <div
      style={{
        width: data.width,
        height: data.height,
        display: 'flex',
        borderTop: data.index === 0 ? '1.5px solid #7f93a8' : 'none',
        borderBottom: '1.5px solid #7f93a8',
        background: data.index % 2 === 0 ? 'rgba(240, 244, 249, 0.7)' : 'rgba(255, 255, 255, 0.7)',
        outline: selected ? '2px solid #1f5fa8' : 'none',
      }}
    >
      <div
        style={{
          width: LANE_HEADER_WIDTH,
          borderRight: '1.5px solid #7f93a8',
          background: '#dfe8f2',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          padding: 8,
          fontWeight: 600,
          fontSize: 13,
          color: '#17324d',
          textAlign: 'center',
        }}
      >
        {data.name}
      </div>
    </div>
  );
});
