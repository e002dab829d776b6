import { useConnection, ViewportPortal } from '@xyflow/react';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { SIDES, type ProcessGraph, type ProcessNode, type Side } from '../../shared/process';
import { refusalOf } from './edges/connectionCheck';

/*
 * What the canvas draws over the map while the user works: why a connection is refused (at
 * the cursor), the quick-add arrows of the step under the mouse, the target being picked by
 * keyboard, the in-place label editor, and how to start on an empty map.
 */

const TIP: CSSProperties = {
  position: 'absolute',
  zIndex: 10,
  pointerEvents: 'none',
  background: '#fff1f0',
  border: '1px solid #ffa39e',
  color: '#a8071a',
  borderRadius: 4,
  padding: '2px 8px',
  fontSize: 12,
  whiteSpace: 'nowrap',
  boxShadow: '0 2px 6px rgba(0,0,0,0.12)',
};

/** While a connector is dragged over a shape it may not reach, the reason, at the cursor. */
export function LiveRefusal({
  graph,
  replacing,
}: {
  graph: ProcessGraph;
  replacing: string | null;
}) {
  const { t } = useTranslation();
  const connection = useConnection();
  if (!connection.inProgress || connection.isValid !== false || !connection.toNode) return null;
  const fromIsTarget = connection.fromHandle.type === 'target';
  const fromNode = connection.fromNode.id;
  const toNode = connection.toNode.id;
  const refusal = refusalOf(
    graph,
    {
      source: fromIsTarget ? toNode : fromNode,
      target: fromIsTarget ? fromNode : toNode,
      sourceHandle: fromIsTarget ? connection.toHandle?.id : connection.fromHandle.id,
      targetHandle: fromIsTarget ? connection.fromHandle.id : connection.toHandle?.id,
    },
    replacing,
  );
  if (!refusal) return null;
  const { x, y } = connection.pointer;
  return (
    <div role="status" className="connection-refusal" style={{ ...TIP, left: x + 14, top: y + 14 }}>
      {t(`canvas.refused.${refusal}`)}
    </div>
  );
}

export type Tip = { text: string; x: number; y: number; seq: number };

/** A refusal or hint left at the point where it happened, for a few seconds. */
export function TimedTip({ tip }: { tip: Tip | null }) {
  const [expired, setExpired] = useState(0);
  useEffect(() => {
    if (!tip) return;
    const timer = window.setTimeout(() => setExpired(tip.seq), 3500);
    return () => window.clearTimeout(timer);
  }, [tip]);
  if (!tip || tip.seq === expired) return null;
  return (
    <div
      role="alert"
      className="connection-refusal"
      style={{ ...TIP, left: tip.x + 14, top: tip.y + 14 }}
    >
      {tip.text}
    </div>
  );
}

const ARROW_OFFSET = 22;

function arrowSpot(node: ProcessNode, side: Side): { left: number; top: number } {
  switch (side) {
    case 'top':
      return { left: node.x + node.width / 2, top: node.y - ARROW_OFFSET };
    case 'bottom':
      return { left: node.x + node.width / 2, top: node.y + node.height + ARROW_OFFSET };
    case 'left':
      return { left: node.x - ARROW_OFFSET, top: node.y + node.height / 2 };
    case 'right':
      return { left: node.x + node.width + ARROW_OFFSET, top: node.y + node.height / 2 };
  }
}

const GLYPH: Record<Side, string> = { top: '▲', right: '▶', bottom: '▼', left: '◀' };

/** Arrows on the four sides of the step under the mouse; a click adds and connects the next step. */
export function QuickAddArrows(props: {
  node: ProcessNode;
  onAdd: (side: Side) => void;
  onHover: (inside: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <ViewportPortal>
      {SIDES.map((side) => {
        const spot = arrowSpot(props.node, side);
        return (
          <button
            key={side}
            type="button"
            className="nodrag nopan quick-add"
            data-side={side}
            aria-label={t(`canvas.sides.${side}`)}
            title={t(`canvas.sides.${side}`)}
            onMouseEnter={() => props.onHover(true)}
            onMouseLeave={() => props.onHover(false)}
            onClick={() => props.onAdd(side)}
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${spot.left}px, ${spot.top}px)`,
              width: 22,
              height: 22,
              padding: 0,
              border: 'none',
              borderRadius: 11,
              background: 'rgba(31, 95, 168, 0.14)',
              color: '#1f5fa8',
              fontSize: 11,
              lineHeight: '22px',
              cursor: 'pointer',
              pointerEvents: 'all',
              zIndex: 5,
            }}
          >
            {GLYPH[side]}
          </button>
        );
      })}
    </ViewportPortal>
  );
}

/** The shape a keyboard connection would reach, outlined, with the keys to use. */
export function PickOutline({ node }: { node: ProcessNode }) {
  return (
    <ViewportPortal>
      <div
        data-testid="pick-target"
        data-id={node.id}
        style={{
          position: 'absolute',
          transform: `translate(${node.x - 6}px, ${node.y - 6}px)`,
          width: node.width + 12,
          height: node.height + 12,
          border: '2px dashed #1f5fa8',
          borderRadius: 8,
          pointerEvents: 'none',
        }}
      />
    </ViewportPortal>
  );
}

export type LabelEdit = {
  id: string;
  /** Where the editor is drawn, in diagram units. */
  rect: { x: number; y: number; width: number; height: number };
  text: string;
};

/** Edits a label in place: Enter commits, Shift+Enter starts a new line, Escape cancels. */
export function LabelEditor(props: {
  edit: LabelEdit;
  onCommit: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { edit } = props;
  const [text, setText] = useState(edit.text);
  const field = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const element = field.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) props.onCommit(text);
    else props.onCancel();
  };
  return (
    <ViewportPortal>
      <textarea
        ref={field}
        className="nodrag nopan nowheel label-editor"
        aria-label={t('canvas.hint.labelEditor')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => finish(true)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            finish(true);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            finish(false);
          }
        }}
        style={{
          position: 'absolute',
          transform: `translate(${edit.rect.x}px, ${edit.rect.y}px)`,
          width: Math.max(edit.rect.width, 80),
          height: Math.max(edit.rect.height, 28),
          zIndex: 20,
          resize: 'none',
          textAlign: 'center',
          fontSize: 12,
          lineHeight: 1.3,
          padding: 6,
          boxSizing: 'border-box',
          border: '2px solid #1f5fa8',
          borderRadius: 6,
          outline: 'none',
          background: '#fff',
          pointerEvents: 'all',
        }}
      />
    </ViewportPortal>
  );
}

/** How to start, on a map with no steps yet. */
export function EmptyHint() {
  const { t } = useTranslation();
  return (
    <div
      data-testid="empty-canvas-hint"
      style={{
        position: 'absolute',
        zIndex: 4,
        left: '50%',
        top: '40%',
        transform: 'translate(-50%, -50%)',
        maxWidth: 460,
        padding: '16px 20px',
        background: 'rgba(255,255,255,0.94)',
        border: '1px dashed #9fb3c8',
        borderRadius: 8,
        color: '#3d5166',
        fontSize: 13,
        lineHeight: 1.6,
        pointerEvents: 'none',
      }}
    >
      <div style={{ fontWeight: 600, marginBottom: 6 }}>{t('canvas.hint.emptyTitle')}</div>
      {t('canvas.hint.empty')}
    </div>
  );
}
