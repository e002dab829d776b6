import { useReactFlow, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_PREFIX, type LaneFlowNode } from '../view/frameNodes';
import { useFrameActions } from '../view/frameActions';
import { laneTitleFontSize } from '../view/labelFit';
import { usePointerDrag } from '../view/usePointerDrag';
import { BoundaryHandle, sizeAxis } from './BoundaryHandle';

// Lane and phase borders are graphics the map is read by: ≥ 3:1 against every band (WCAG 1.4.11).
export const LANE_LINE = '#6a7e93';
export const LANE_TITLE_BACKGROUND = '#dfe8f2';

/**
 * A swim lane: a row with its title at the left (horizontal maps) or a column with its title
 * on top (vertical maps). Dragging the title moves the lane to where it is dropped; dragging
 * the end boundary resizes it.
 */
export const LaneNode = memo(function LaneNode({ id, data, selected }: NodeProps<LaneFlowNode>) {
  const { t } = useTranslation();
  const actions = useFrameActions();
  const { screenToFlowPosition } = useReactFlow();
  const laneId = id.slice(LANE_PREFIX.length);
  const horizontal = data.orientation === 'horizontal';
  const axis = sizeAxis(data.orientation, 'lane');
  const size = horizontal ? data.height : data.width;
  const reorder = usePointerDrag((_delta, client) =>
    actions?.dropLane(laneId, screenToFlowPosition(client)),
  );
  const lift = reorder.delta ? reorder.delta[axis] : 0;
  const line = `1.5px solid ${LANE_LINE}`;
  return (
    <div
      style={{
        width: data.width,
        height: data.height,
        display: 'flex',
        flexDirection: horizontal ? 'row' : 'column',
        borderTop: horizontal ? (data.index === 0 ? line : 'none') : line,
        borderBottom: line,
        borderLeft: horizontal ? line : data.index === 0 ? line : 'none',
        borderRight: line,
        boxSizing: 'border-box',
        background: data.index % 2 === 0 ? 'rgba(240, 244, 249, 0.7)' : 'rgba(255, 255, 255, 0.7)',
        outline: selected ? '2px solid #1f5fa8' : 'none',
        transform: lift ? `translate${axis.toUpperCase()}(${lift}px)` : undefined,
        opacity: lift ? 0.8 : 1,
        position: 'relative',
      }}
    >
      <div
        data-testid="lane-title"
        className={actions ? 'nodrag nopan' : undefined}
        title={actions ? t('processView.dragLane') : undefined}
        {...(actions ? reorder.handlers : {})}
        style={{
          [horizontal ? 'width' : 'height']: data.header,
          flex: 'none',
          [horizontal ? 'borderRight' : 'borderBottom']: line,
          background: LANE_TITLE_BACKGROUND,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          padding: horizontal ? 8 : '3px 4px',
          boxSizing: 'border-box',
          fontWeight: 600,
          fontSize: horizontal
            ? laneTitleFontSize(data.name, data.header, data.height)
            : laneTitleFontSize(data.name, data.width, data.header),
          lineHeight: 1.25,
          color: '#17324d',
          textAlign: 'center',
          overflowWrap: 'anywhere',
          cursor: actions ? 'grab' : undefined,
        }}
      >
        {data.name}
      </div>
      {actions && (
        <BoundaryHandle
          axis={axis}
          size={size}
          onResize={(next) => actions.resizeLane(laneId, next)}
        />
      )}
    </div>
  );
});
