import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StepFlowNode } from '../mapping';
import { fitLabel, labelInsets } from '../view/labelFit';
import { StepOverlayBadge } from '../analysis/StepOverlayBadge';
import { StepMarksView } from './StepMarksView';
import { StepShape } from './StepShape';

/**
 * One step of the map: its flowchart shape, its label wrapped inside it (never clipped), its
 * number and method marks, and a connection handle on each side. A joint activity is drawn
 * across the lanes it spans; its node box (what moves and connects) stays in its own lane.
 */
export const StepNode = memo(function StepNode(props: NodeProps<StepFlowNode>) {
  const { data, selected } = props;
  const boxWidth = props.width ?? 0;
  const boxHeight = props.height ?? 0;
  const horizontal = data.orientation === 'horizontal';
  const before = data.span?.before ?? 0;
  const after = data.span?.after ?? 0;
  const width = horizontal ? boxWidth : boxWidth + before + after;
  const height = horizontal ? boxHeight + before + after : boxHeight;
  const fit = fitLabel(data.kind, data.label, width, height);
  const annotation = data.kind === 'annotation';
  return (
    <div style={{ width: '100%', height: '100%', position: 'relative' }} data-kind={data.kind}>
      <div
        data-testid="step-shape"
        style={{
          position: 'absolute',
          left: horizontal ? 0 : -before,
          top: horizontal ? -before : 0,
          width,
          height,
        }}
      >
        <StepShape
          kind={data.kind}
          width={width}
          height={height}
          selected={selected}
          gateway={data.gateway}
        />
        <div
          title={data.label}
          style={{
            position: 'absolute',
            ...labelInsets(data.kind, width, height),
            display: 'flex',
            alignItems: 'center',
            justifyContent: annotation ? 'flex-start' : 'center',
            textAlign: annotation ? 'left' : 'center',
            fontSize: fit.fontSize,
            lineHeight: 1.3,
            color: annotation ? '#595959' : '#1d2b3a',
            overflowWrap: 'anywhere',
            // Never clipped: a label too long for its shape runs past it (see labelFit.ts).
            overflow: 'visible',
          }}
        >
          <span data-testid="step-label">{data.label}</span>
        </div>
        <StepMarksView kind={data.kind} marks={data} width={width} height={height} />
        <StepOverlayBadge nodeId={props.id} />
      </div>
      {/* Every side both starts and ends connectors: the canvas connects loosely, from where
          the drag started to where it ended. A joint activity's handles sit on its drawn span.
          They are for the mouse only (hidden from assistive technology): the keyboard connects
          with the commands Ctrl+K and Ctrl+Shift+K. */}
      <Handle
        type="source"
        position={Position.Top}
        aria-hidden
        id="top"
        style={horizontal ? { top: -before } : {}}
      />
      <Handle
        type="source"
        position={Position.Right}
        aria-hidden
        id="right"
        style={horizontal ? {} : { right: -after }}
      />
      <Handle
        type="source"
        position={Position.Bottom}
        aria-hidden
        id="bottom"
        style={horizontal ? { bottom: -after } : {}}
      />
      <Handle
        type="source"
        position={Position.Left}
        aria-hidden
        id="left"
        style={horizontal ? {} : { left: -before }}
      />
    </div>
  );
});
