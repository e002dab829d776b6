import { Spin, Tabs, theme } from 'antd';
import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANALYSIS_TABS,
  MAX_DOCK_SHARE,
  MIN_DOCK_HEIGHT,
  updateDock,
  type AnalysisTab,
  type DockState,
} from './analysisDock';
import { dismissalOf } from '../../../shared/analysis/findings';
import type { AnalysisHost } from './AnalysisFrame';
import { CompareTab } from './CompareTab';
import { DockTools } from './DockTools';
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
  const { token } = theme.useToken();
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
  const underline = { borderBottom: `${token.lineWidth}px solid ${token.colorBorderSecondary}` };
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
      {/*
        The tab bar holds the tabs only (role=tablist); the title and the tools sit beside it
        in one row, and antd's line under the tabs is drawn on under them. Where the row is too
        narrow for all of it (English, a narrow window), the tools go to a line of their own
        rather than tabs behind antd's "…" button, which is no tab yet sits in the tablist.
      */}
      <div style={{ flex: 'none', display: 'flex', flexWrap: 'wrap', padding: '0 12px' }}>
        <strong
          style={{
            flex: 'none',
            display: 'flex',
            alignItems: 'center',
            paddingRight: 16,
            color: '#17324d',
            ...underline,
          }}
        >
          {t('analysis.view.toggle')}
        </strong>
        <Tabs
          size="small"
          activeKey={dock.tab}
          onChange={(tab) => updateDock({ tab: tab as AnalysisTab })}
          style={{ flex: '1 1 auto', minWidth: 0 }}
          tabBarStyle={{ marginBottom: 0 }}
          items={ANALYSIS_TABS.map((tab) => ({
            key: tab,
            label:
              tab === 'findings' && openFindings > 0
                ? `${t('analysis.view.tab.findings')} (${openFindings})`
                : t(`analysis.view.tab.${tab}`),
          }))}
        />
        <DockTools processId={host.processId} overlays={dock.overlays} style={underline} />
      </div>
      {/*
        The tab bar is antd's; the view is ours, so it scrolls within the dock's height. It is a
        Tab stop of its own: a summary or timeline has nothing focusable, and the keyboard must
        be able to scroll it (axe: scrollable-region-focusable).
      */}
      <div
        role="tabpanel"
        aria-label={t(`analysis.view.tab.${dock.tab}`)}
        tabIndex={0}
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
