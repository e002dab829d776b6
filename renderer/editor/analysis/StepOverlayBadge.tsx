import { useTranslation } from 'react-i18next';
import type { ValueClass } from '../../../shared/process';
import { useStepOverlay } from './overlayContext';
import { useFormat } from './useFormat';

/** Value-class colours: VA green, BVA amber, NVA red (the VSM convention), dark enough for text. */
export const VALUE_COLOURS: Record<ValueClass, { fill: string; ink: string }> = {
  VA: { fill: '#e3f4e8', ink: '#1d6b37' },
  BVA: { fill: '#fdf1d8', ink: '#8a5a00' },
  NVA: { fill: '#fde4e1', ink: '#b42318' },
};

/**
 * The analysis figures under a step on the map (§b6 item 3): work/wait, value class, cost per
 * case, as the overlays switched on in the dock ask. Drawn beside the shape, never over its
 * label; the value class also outlines the shape in its colour.
 */
export function StepOverlayBadge({ nodeId }: { nodeId: string }) {
  const overlay = useStepOverlay(nodeId);
  const { t } = useTranslation();
  const fmt = useFormat(overlay?.dayMinutes ?? 480, 'working');
  if (!overlay) return null;
  const { figures, overlays } = overlay;
  const valueClass = overlays.includes('value') ? figures.valueClass : null;
  const parts: { key: string; text: string; style?: React.CSSProperties }[] = [];
  if (overlays.includes('times')) {
    parts.push({
      key: 'times',
      text: t('analysis.view.overlay.times', {
        work: fmt.duration(figures.workMinutes),
        wait: fmt.duration(figures.waitMinutes),
      }),
    });
  }
  if (overlays.includes('value')) {
    parts.push({
      key: 'value',
      text: figures.valueClass ?? t('analysis.view.overlay.noValue'),
      style: valueClass
        ? { background: VALUE_COLOURS[valueClass].fill, color: VALUE_COLOURS[valueClass].ink }
        : { color: '#8c8c8c' },
    });
  }
  if (overlays.includes('cost')) parts.push({ key: 'cost', text: fmt.money(figures.costPerCase) });
  return (
    <>
      {valueClass && (
        <div
          aria-hidden
          style={{
            position: 'absolute',
            inset: -4,
            border: `2px solid ${VALUE_COLOURS[valueClass].ink}`,
            borderRadius: 8,
            pointerEvents: 'none',
          }}
        />
      )}
      <div
        data-testid="step-overlay"
        style={{
          position: 'absolute',
          top: 'calc(100% + 6px)',
          left: '50%',
          transform: 'translateX(-50%)',
          display: 'flex',
          gap: 3,
          whiteSpace: 'nowrap',
          pointerEvents: 'none',
          zIndex: 1,
        }}
      >
        {parts.map((part) => (
          <span
            key={part.key}
            data-overlay={part.key}
            style={{
              fontSize: 10,
              lineHeight: '14px',
              padding: '0 4px',
              borderRadius: 3,
              background: '#f0f4f8',
              color: '#1d2b3a',
              border: '1px solid #d0d7de',
              ...part.style,
            }}
          >
            {part.text}
          </span>
        ))}
      </div>
    </>
  );
}
