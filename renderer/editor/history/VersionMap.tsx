import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessGraph } from '../../../shared/process';
import type { ProcessDiff } from '../../../shared/processDiff';
import { edgeTypes } from '../edges/edgeTypes';
import { nodeTypes } from '../nodes/nodeTypes';
import { useFlowAriaLabels } from '../view/flowText';
import { diffFlow } from './diffFlow';

/**
 * A version's map, read-only: nothing can be moved, connected, selected or deleted. Its own
 * React Flow store, so it never touches the editor's canvas behind the drawer.
 */
export function VersionMap({ graph, diff }: { graph: ProcessGraph; diff: ProcessDiff | null }) {
  const { t } = useTranslation();
  const flow = useMemo(() => diffFlow(graph, diff), [graph, diff]);
  const ariaLabelConfig = useFlowAriaLabels();
  return (
    <section
      aria-label={t('processHistory.map')}
      className="version-map"
      style={{ height: '100%', minHeight: 360, border: '1px solid #e5e9ef', borderRadius: 6 }}
    >
      {/* Nothing connects on a read-only map: its shapes show no connection points. */}
      <style>{'.version-map .react-flow__handle { visibility: hidden; }'}</style>
      <ReactFlowProvider>
        <ReactFlow
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          // The connectors as the editor draws them: along their stored routes, with arrows.
          edgeTypes={edgeTypes}
          // Every handle of a step is a source; a connector ends on one only in loose mode.
          connectionMode={ConnectionMode.Loose}
          ariaLabelConfig={ariaLabelConfig}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          edgesFocusable={false}
          deleteKeyCode={null}
          fitView
          minZoom={0.05}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={40} size={1} color="#d5dce4" />
          <Controls showInteractive={false} />
          <FitOnResize />
        </ReactFlow>
      </ReactFlowProvider>
    </section>
  );
}

/**
 * Fits the map whenever its box changes size: the drawer opens narrow and widens to show a
 * map, and a fit made at the first size would leave the map a speck in the corner.
 */
function FitOnResize() {
  const { fitView } = useReactFlow();
  const probe = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const box = probe.current?.closest('.react-flow');
    if (!box) return;
    const observer = new ResizeObserver(() => void fitView({ padding: 0.08 }));
    observer.observe(box);
    return () => observer.disconnect();
  }, [fitView]);
  return <span ref={probe} hidden />;
}
