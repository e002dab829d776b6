import {
  ExpandOutlined,
  FullscreenExitOutlined,
  FullscreenOutlined,
  InfoCircleOutlined,
  AimOutlined,
} from '@ant-design/icons';
import {
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  useNodesInitialized,
  useReactFlow,
  useStore,
  type Node,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diagramFrame } from '../../../shared/layout/frame';
import { motionDuration } from '../../app/motion';
import type { ProcessGraph } from '../../../shared/process';
import { FindBar } from '../find/FindBar';
import { LOOKS } from '../nodes/StepShape';
import type { FlowNode } from '../mapping';
import { fitViewport } from './fitViewport';
import { setFocusMode, useFocusMode } from './focusMode';
import { Legend } from './Legend';
import { StickyLaneTitles } from './StickyLaneTitles';

function minimapColour(node: Node): string {
  const flowNode = node as FlowNode;
  if (flowNode.type === 'lane') return flowNode.data.index % 2 === 0 ? '#dfe8f2' : '#eef3f8';
  if (flowNode.type === 'phase') return 'transparent';
  return LOOKS[flowNode.data.kind].stroke;
}

/**
 * Everything drawn over the map: find, the legend, zoom controls (fit, zoom to selection,
 * focus mode), the minimap of lanes and steps, and the lane titles pinned while panning.
 * Rendered inside React Flow, so it reads the viewport from its store.
 */
export function CanvasChrome({ graph }: { graph: ProcessGraph }) {
  const { t } = useTranslation();
  const { setViewport, fitView, getNodes } = useReactFlow();
  const focused = useFocusMode();
  const frame = useMemo(() => diagramFrame(graph), [graph]);
  // The legend explains the marks on the steps. It opens on request (the button under the
  // zoom controls): shown by itself it covered the steps at the right of a fitted map.
  const [legend, setLegend] = useState(false);
  const screenWidth = useStore((state) => state.width);
  const screenHeight = useStore((state) => state.height);
  const initialised = useNodesInitialized();

  const fit = useCallback(
    (duration = 250) => {
      if (screenWidth === 0 || screenHeight === 0) return;
      void setViewport(
        fitViewport(frame.bounds, { width: screenWidth, height: screenHeight }, frame.orientation),
        { duration: motionDuration(duration) },
      );
    },
    [frame, screenWidth, screenHeight, setViewport],
  );

  // The map opens fitted, once the canvas has its size.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !initialised || screenWidth === 0) return;
    opened.current = true;
    fit(0);
  }, [initialised, screenWidth, fit]);

  // A new orientation or a folded side column changes what fits: fit again.
  const shape = `${frame.orientation}:${screenWidth}x${screenHeight}`;
  const lastShape = useRef(shape);
  useEffect(() => {
    if (!opened.current || lastShape.current === shape) return;
    lastShape.current = shape;
    fit();
  }, [shape, fit]);

  const zoomToSelection = () => {
    const selected = getNodes().filter((node) => node.selected && node.type === 'step');
    if (selected.length > 0)
      void fitView({
        nodes: selected,
        maxZoom: 1.5,
        duration: motionDuration(300),
        padding: 0.3,
      });
  };

  return (
    <>
      <StickyLaneTitles frame={frame} />
      <Panel position="top-right">
        <FindBar graph={graph} />
      </Panel>
      {legend && (
        // Under the find bar, in the right-hand column with the other controls: the lane
        // titles at the left and the start of the flow stay clear.
        <Panel position="top-right" style={{ marginTop: 48 }}>
          <Legend onClose={() => setLegend(false)} />
        </Panel>
      )}
      <Controls
        position="bottom-right"
        // Right-hand column, above the minimap: the lane titles at the left stay clear.
        style={{ marginBottom: 180 }}
        showFitView={false}
        showInteractive={false}
      >
        <ControlButton
          onClick={() => fit()}
          aria-label={t('processView.fit')}
          title={t('processView.fit')}
        >
          <ExpandOutlined />
        </ControlButton>
        <ControlButton
          onClick={zoomToSelection}
          aria-label={t('processView.zoomSelection')}
          title={t('processView.zoomSelection')}
        >
          <AimOutlined />
        </ControlButton>
        <ControlButton
          onClick={() => setFocusMode(!focused)}
          aria-label={focused ? t('processView.leaveFocus') : t('processView.focus')}
          aria-pressed={focused}
          title={focused ? t('processView.leaveFocus') : t('processView.focus')}
        >
          {focused ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
        </ControlButton>
        <ControlButton
          onClick={() => setLegend(!legend)}
          aria-label={legend ? t('processView.hideLegend') : t('processView.showLegend')}
          aria-pressed={legend}
          title={legend ? t('processView.hideLegend') : t('processView.showLegend')}
        >
          <InfoCircleOutlined />
        </ControlButton>
      </Controls>
      <MiniMap
        pannable
        zoomable
        nodeColor={minimapColour}
        nodeStrokeColor={(node) => (node.type === 'lane' ? '#9fb2c6' : 'transparent')}
        nodeStrokeWidth={2}
        maskColor="rgba(240, 244, 249, 0.55)"
      />
    </>
  );
}
