import { CloseOutlined } from '@ant-design/icons';
import { Button, Checkbox, Spin, Tabs, Tooltip } from 'antd';
import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANALYSIS_TABS,
  MAX_DOCK_SHARE,
  MIN_DOCK_HEIGHT,
  OVERLAYS,
  toggleOverlay,
  updateDock,
  type AnalysisTab,
  type DockState,
} from './analysisDock';
import { dismissalOf } from '../../../shared/analysis/findings';
import type { AnalysisHost } from './AnalysisFrame';
import { ExportSheetButton } from '../../features/sheets/ExportSheetButton';
import { CompareTab } from './CompareTab';
import { FindingsTab } from './FindingsTab';
import { HandOffTab } from './HandOffTab';
import { ParetoTab } from './ParetoTab';
import { RaciTab } from './RaciTab';
import { SummaryTab } from './SummaryTab';
import type { TabProps } from './tabProps';
import { TimelineTab } from './TimelineTab';
import { useFormat } from './useFormat';
import type { LiveAnalysis } from './useProcessAnalysis';

const TAB_VIEWS: Record<AnalysisTab, (props: TabProps) => React.ReactNode> = {
  summary: SummaryTab,
  timeline: TimelineTab,
  findings: FindingsTab,
  pareto: ParetoTab,
  handOffs: HandOffTab,
  raci: RaciTab,
  compare: CompareTab,
};

type Props = {
  host: AnalysisHost;
  live: LiveAnalysis | null;
  dock: DockState;
  frame: (ids: readonly string[]) => void;
};

/**
 * The analysis dock under the canvas (§b6): tabs for the summary, the timeline ladder, the
 * findings, Pareto tables, hand-offs, RACI and the as-is/to-be comparison; the map overlays'
 * switches in its header. Its height is dragged at the top edge and remembered.
 */
export function AnalysisDock({ host, live, dock, frame }: Props) {
  const { t } = useTranslation();
  const figures = live?.analysis.figures;
  const fmt = useFormat(figures?.dayMinutes ?? 480, figures?.basis ?? 'working');
  const drag = useRef<{ y: number; height: number } | null>(null);

  const startDrag = (event: ReactPointerEvent<HTMLDivElement>) => {
    drag.current = { y: event.clientY, height: dock.height };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const moveDrag = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const max = Math.max(MIN_DOCK_HEIGHT, window.innerHeight * MAX_DOCK_SHARE);
    const height = drag.current.height + drag.current.y - event.clientY;
    updateDock({ height: Math.round(Math.min(max, Math.max(MIN_DOCK_HEIGHT, height))) });
  };

  const openFindings =
    live?.analysis.findings.filter((found) => !dismissalOf(host.graph, found)).length ?? 0;
  const View = TAB_VIEWS[dock.tab];
  return (
    <section
      aria-label={t('analysis.view.dock')}
      data-testid="analysis-dock"
      style={{
        height: dock.height,
        flex: 'none',
        display: 'flex',
        flexDirection: 'column',
        borderTop: '1px solid #d0d7de',
        background: '#fff',
        position: 'relative',
      }}
    >
      <div
        role="separator"
        aria-orientation="horizontal"
        aria-label={t('analysis.view.resize')}
        onPointerDown={startDrag}
        onPointerMove={moveDrag}
        onPointerUp={() => (drag.current = null)}
        style={{
          position: 'absolute',
          top: -4,
          left: 0,
          right: 0,
          height: 8,
          cursor: 'ns-resize',
          zIndex: 5,
        }}
      />
      <Tabs
        size="small"
        activeKey={dock.tab}
        onChange={(tab) => updateDock({ tab: tab as AnalysisTab })}
        style={{ flex: 'none', padding: '0 12px' }}
        tabBarStyle={{ marginBottom: 0 }}
        tabBarExtraContent={{
          left: (
            <strong style={{ marginRight: 16, color: '#17324d' }}>
              {t('analysis.view.toggle')}
            </strong>
          ),
          right: (
            <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
              <span style={{ color: '#595959', fontSize: 12 }}>
                {t('analysis.view.overlay.label')}
              </span>
              {OVERLAYS.map((overlay) => (
                <Checkbox
                  key={overlay}
                  checked={dock.overlays.includes(overlay)}
                  onChange={() => toggleOverlay(overlay)}
                >
                  {t(`analysis.view.overlay.${overlay}Switch`)}
                </Checkbox>
              ))}
              <ExportSheetButton
                compact
                size="small"
                scope={{ kind: 'analysis', processId: host.processId }}
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
            </span>
          ),
        }}
        items={ANALYSIS_TABS.map((tab) => ({
          key: tab,
          label:
            tab === 'findings' && openFindings > 0
              ? `${t('analysis.view.tab.findings')} (${openFindings})`
              : t(`analysis.view.tab.${tab}`),
        }))}
      />
      {/* The tab bar is antd's; the view is ours, so it scrolls within the dock's height. */}
      <div
        role="tabpanel"
        aria-label={t(`analysis.view.tab.${dock.tab}`)}
        style={{ flex: 1, minHeight: 0, overflow: 'auto', padding: '4px 12px 12px' }}
      >
        {live ? (
          <View live={live} fmt={fmt} host={host} frame={frame} />
        ) : (
          <Spin style={{ margin: 24 }} />
        )}
      </div>
    </section>
  );
}
