import { useStore } from '@xyflow/react';
import type { DiagramFrame } from '../../../shared/layout/frame';
import { LANE_LINE, LANE_TITLE_BACKGROUND } from '../nodes/LaneNode';

/** Screen size of a pinned title across its lane's edge, px. */
const PINNED = { min: 36, max: 120 } as const;

/**
 * Lane titles stay in sight while the map is panned along the flow: when a lane's own title
 * has scrolled out at the left (horizontal lanes) or the top (vertical lanes), a copy is
 * pinned to that edge of the canvas, level with its lane.
 */
export function StickyLaneTitles({ frame }: { frame: DiagramFrame }) {
  const [tx, ty, zoom] = useStore((state) => state.transform);
  const screenWidth = useStore((state) => state.width);
  const screenHeight = useStore((state) => state.height);
  const horizontal = frame.orientation === 'horizontal';
  const pinned = frame.lanes.flatMap((lane) => {
    const headerStart = horizontal ? tx + lane.header.x * zoom : ty + lane.header.y * zoom;
    if (headerStart >= 0) return [];
    const from = horizontal ? ty + lane.rect.y * zoom : tx + lane.rect.x * zoom;
    const to = from + (horizontal ? lane.rect.height : lane.rect.width) * zoom;
    const start = Math.max(0, from);
    const end = Math.min(horizontal ? screenHeight : screenWidth, to);
    if (end - start < 12) return [];
    const thickness = Math.min(
      PINNED.max,
      Math.max(PINNED.min, (horizontal ? lane.header.width : lane.header.height) * zoom),
    );
    return [{ lane, start, length: end - start, thickness }];
  });
  if (pinned.length === 0) return null;
  return (
    <div aria-hidden style={{ position: 'absolute', inset: 0, pointerEvents: 'none', zIndex: 4 }}>
      {pinned.map(({ lane, start, length, thickness }) => (
        <div
          key={lane.laneId}
          data-testid="sticky-lane-title"
          style={{
            position: 'absolute',
            ...(horizontal
              ? { left: 0, top: start, width: thickness, height: length }
              : { top: 0, left: start, width: length, minHeight: 28, maxHeight: 64 }),
            background: LANE_TITLE_BACKGROUND,
            border: `1px solid ${LANE_LINE}`,
            boxSizing: 'border-box',
            boxShadow: horizontal ? '2px 0 4px #0002' : '0 2px 4px #0002',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            padding: 4,
            fontSize: 12,
            lineHeight: 1.25,
            fontWeight: 600,
            color: '#17324d',
            textAlign: 'center',
            overflow: 'hidden',
            overflowWrap: 'anywhere',
          }}
        >
          {lane.name}
        </div>
      ))}
    </div>
  );
}
