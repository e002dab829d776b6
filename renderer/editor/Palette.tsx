import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NODE_KINDS, type NodeKind } from '../../shared/process';
import { PaletteShape } from './PaletteShape';

/** The MIME type a palette item carries while it is dragged onto the canvas. */
export const PALETTE_MIME = 'application/x-roleflow-step';

/**
 * The shapes themselves, each with its name: drag one to where it goes, or click it to add it
 * after the selected step (same lane, connected) — or into the first lane when none is selected.
 */
export function Palette({
  onAdd,
  disabled,
}: {
  onAdd: (kind: NodeKind) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div
      role="toolbar"
      aria-label={t('editor2.palette')}
      style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('editor2.palette')}
      </Typography.Text>
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          draggable={!disabled}
          disabled={disabled}
          aria-label={t('editor2.add', { kind: t(`nodeKinds.${kind}`) })}
          title={t('editor2.add', { kind: t(`nodeKinds.${kind}`) })}
          onDragStart={(event) => {
            event.dataTransfer.setData(PALETTE_MIME, kind);
            event.dataTransfer.effectAllowed = 'move';
          }}
          onClick={() => onAdd(kind)}
          style={{
            cursor: disabled ? 'not-allowed' : 'grab',
            padding: '4px 4px 2px',
            border: '1px solid transparent',
            borderRadius: 6,
            background: 'transparent',
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            gap: 2,
            fontSize: 11,
            color: '#3d5166',
          }}
          onMouseEnter={(event) => (event.currentTarget.style.borderColor = '#c9d3de')}
          onMouseLeave={(event) => (event.currentTarget.style.borderColor = 'transparent')}
        >
          <PaletteShape kind={kind} />
          <span>{t(`nodeKinds.${kind}`)}</span>
        </button>
      ))}
    </div>
  );
}
