import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NODE_KINDS, type NodeKind } from '../../shared/process';

/** The MIME type a palette item carries while it is dragged onto the canvas. */
export const PALETTE_MIME = 'application/x-roleflow-step';

/** Step kinds to drag onto the map; Enter on a focused item adds it to the first lane. */
export function Palette({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  const { t } = useTranslation();
  return (
    <div
      role="toolbar"
      aria-label={t('editor2.palette')}
      style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('editor2.palette')}
      </Typography.Text>
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          draggable
          aria-label={t('editor2.add', { kind: t(`nodeKinds.${kind}`) })}
          onDragStart={(event) => {
            event.dataTransfer.setData(PALETTE_MIME, kind);
            event.dataTransfer.effectAllowed = 'move';
          }}
          onClick={() => onAdd(kind)}
          style={{
            cursor: 'grab',
            padding: '6px 8px',
            border: '1px solid #c9d3de',
            borderRadius: 6,
            background: '#fff',
            textAlign: 'left',
            fontSize: 12,
          }}
        >
          {t(`nodeKinds.${kind}`)}
        </button>
      ))}
    </div>
  );
}
