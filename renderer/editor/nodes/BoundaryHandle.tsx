import { useTranslation } from 'react-i18next';
import type { Orientation } from '../../../shared/process';
import { usePointerDrag } from '../view/usePointerDrag';

type Props = {
  /** Which way the band's size runs: across the flow for lanes, along it for phases. */
  axis: 'x' | 'y';
  size: number;
  onResize: (size: number) => void;
};

/** Least size a band can be dragged to (the schema's minimum for a lane). */
export const MIN_BAND_SIZE = 20;

/**
 * The end boundary of a lane or phase band: dragging it resizes the band, with a guide line
 * showing the new boundary while the button is held. The grip lies just inside the band: the
 * next band is drawn after this one and would cover any part of it that reached across.
 */
export function BoundaryHandle({ axis, size, onResize }: Props) {
  const { t } = useTranslation();
  const { delta, handlers } = usePointerDrag((moved) =>
    onResize(Math.max(MIN_BAND_SIZE, Math.round((size + moved[axis]) / 10) * 10)),
  );
  const shift = delta ? Math.max(MIN_BAND_SIZE, size + delta[axis]) - size : 0;
  const vertical = axis === 'x';
  return (
    <div
      className="nodrag nopan"
      role="separator"
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-label={t('processView.dragBoundary')}
      title={t('processView.dragBoundary')}
      {...handlers}
      style={{
        position: 'absolute',
        ...(vertical
          ? { top: 0, bottom: 0, right: -shift, width: 8, cursor: 'col-resize' }
          : { left: 0, right: 0, bottom: -shift, height: 8, cursor: 'row-resize' }),
        borderColor: '#1f5fa8',
        borderStyle: delta ? 'dashed' : 'none',
        borderWidth: vertical ? '0 0 0 0' : 0,
        background: delta ? 'rgba(31, 95, 168, 0.25)' : 'transparent',
        zIndex: 1,
      }}
    />
  );
}

export function sizeAxis(orientation: Orientation, band: 'lane' | 'phase'): 'x' | 'y' {
  const horizontal = orientation === 'horizontal';
  return (band === 'lane') === horizontal ? 'y' : 'x';
}
