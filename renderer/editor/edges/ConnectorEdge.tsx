import { BaseEdge, EdgeLabelRenderer, useStore, type EdgeProps } from '@xyflow/react';
import { memo, useContext, useState, type PointerEvent } from 'react';
import type { Point, Side } from '../../../shared/process';
import type { ConnectorFlowEdge } from '../mapping';
import { ConnectorActions } from './connectorActions';
import { ConnectorFocusRing } from './ConnectorFocusRing';
import { pathWithHops } from './hops';
import { fallbackRoute, routeOf, simplify } from './route';

const LINE = '#4a6a8a';
const SELECTED = '#1f5fa8';

/** A segment being dragged: which one, and how far it has moved across its own direction. */
type SegmentDrag = { index: number; start: number; offset: number };

/**
 * A connector as Visio draws it: an orthogonal polyline through its stored bends, an arrowhead
 * at the target (associations to notes: dotted, no arrow), hops where it crosses another
 * connector, and its label where it was placed. Dragging a middle segment moves that bend;
 * the drop is one undoable command. With the keyboard focus it also has a ring of its own.
 */
export const ConnectorEdge = memo(function ConnectorEdge(props: EdgeProps<ConnectorFlowEdge>) {
  const { id, data, selected, markerEnd, label } = props;
  const actions = useContext(ConnectorActions);
  const zoom = useStore((state) => state.transform[2]);
  const [drag, setDrag] = useState<SegmentDrag | null>(null);
  if (!data) return null;

  // The ends follow the shapes live (while a shape is dragged); the bends stay where stored.
  const from = { x: props.sourceX, y: props.sourceY };
  const to = { x: props.targetX, y: props.targetY };
  const fromSide = props.sourcePosition as Side;
  const toSide = props.targetPosition as Side;
  const base = data.routed
    ? routeOf(from, fromSide, to, toSide, data.route.slice(1, -1))
    : fallbackRoute(from, fromSide, to, toSide);
  const route = drag ? moveSegment(base, drag.index, drag.offset) : base;
  const path = pathWithHops(route, data.hops);
  const colour = selected ? SELECTED : LINE;
  const association = data.kind === 'association';

  const startDrag = (index: number) => (event: PointerEvent<SVGPathElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    const vertical = isVertical(route, index);
    setDrag({ index, start: vertical ? event.clientX : event.clientY, offset: 0 });
  };
  const moveDrag = (event: PointerEvent<SVGPathElement>) => {
    if (!drag) return;
    const vertical = isVertical(base, drag.index);
    const now = vertical ? event.clientX : event.clientY;
    setDrag({ ...drag, offset: Math.round((now - drag.start) / zoom / 10) * 10 });
  };
  const endDrag = () => {
    if (!drag) return;
    setDrag(null);
    if (drag.offset !== 0) {
      actions.onMoveBends(id, moveSegment(base, drag.index, drag.offset).slice(1, -1));
    }
  };

  return (
    <g
      className="connector"
      data-source={props.source}
      data-target={props.target}
      data-source-side={fromSide}
      data-target-side={toSide}
    >
      {selected && <ConnectorFocusRing edgeId={id} path={path} route={route} zoom={zoom} />}
      <BaseEdge
        id={id}
        path={path}
        markerEnd={association ? undefined : markerEnd}
        style={{
          stroke: association ? '#767676' : colour,
          strokeWidth: selected ? 2.2 : 1.6,
          strokeDasharray: association ? '2 4' : undefined,
        }}
        interactionWidth={14}
      />
      {/* Middle segments can be dragged across their direction to move the bends. */}
      {selected &&
        route.slice(1, -2).map((point, offset) => {
          const index = offset + 1;
          const next = route[index + 1] as Point;
          return (
            <path
              key={index}
              className="nodrag nopan connector-segment"
              data-segment={index}
              d={`M ${point.x} ${point.y} L ${next.x} ${next.y}`}
              stroke="transparent"
              strokeWidth={12}
              fill="none"
              style={{
                cursor: isVertical(route, index) ? 'col-resize' : 'row-resize',
                pointerEvents: 'stroke',
              }}
              onPointerDown={startDrag(index)}
              onPointerMove={moveDrag}
              onPointerUp={endDrag}
            />
          );
        })}
      {label && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan connector-label"
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${data.labelAt.x}px, ${data.labelAt.y}px)`,
              background: 'rgba(255, 255, 255, 0.92)',
              padding: '0 4px',
              borderRadius: 3,
              fontSize: 12,
              color: selected ? SELECTED : '#1d2b3a',
              pointerEvents: 'all',
              whiteSpace: 'nowrap',
            }}
            onDoubleClick={() => actions.onEditLabel(id)}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </g>
  );
});

function isVertical(route: readonly Point[], index: number): boolean {
  return route[index]?.x === route[index + 1]?.x;
}

/** The route with segment `index` shifted across its direction by `offset`. */
export function moveSegment(route: readonly Point[], index: number, offset: number): Point[] {
  const vertical = isVertical(route, index);
  const moved = route.map((point, i) =>
    i === index || i === index + 1
      ? vertical
        ? { x: point.x + offset, y: point.y }
        : { x: point.x, y: point.y + offset }
      : point,
  );
  return simplify(moved);
}
