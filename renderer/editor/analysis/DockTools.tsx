import { CloseOutlined } from '@ant-design/icons';
import { Button, Checkbox, Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportSheetButton } from '../../features/sheets/ExportSheetButton';
import { OVERLAYS, toggleOverlay, updateDock, type DockState } from './analysisDock';

type Props = {
  processId: number;
  overlays: DockState['overlays'];
  /** The header row's line under the tabs, continued under the tools. */
  style: CSSProperties;
};

/**
 * The dock's tools beside its tabs: the map overlays' switches, the Excel export and close.
 * A toolbar of its own, not antd's tab bar extras: those sit inside role=tablist, whose
 * children may only be tabs (axe: aria-required-children).
 */
export function DockTools({ processId, overlays, style }: Props) {
  const { t } = useTranslation();
  return (
    <div
      role="toolbar"
      aria-label={t('analysis.view.tools')}
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        gap: 4,
        flex: '1 0 auto',
        minHeight: 32,
        ...style,
      }}
    >
      <span style={{ color: '#595959', fontSize: 12 }}>{t('analysis.view.overlay.label')}</span>
      {OVERLAYS.map((overlay) => (
        <Checkbox
          key={overlay}
          checked={overlays.includes(overlay)}
          onChange={() => toggleOverlay(overlay)}
        >
          {t(`analysis.view.overlay.${overlay}Switch`)}
        </Checkbox>
      ))}
      <ExportSheetButton
        compact
        size="small"
        scope={{ kind: 'analysis', processId }}
        title={t('sheets.savedMap')}
      />
      <Tooltip title={t('analysis.view.close')}>
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined />}
          aria-label={t('analysis.view.close')}
          onClick={() => updateDock({ open: false })}
        />
      </Tooltip>
    </div>
  );
}
