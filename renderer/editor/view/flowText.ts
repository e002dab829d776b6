import type { AriaLabelConfig, Edge } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessGraph } from '../../../shared/process';
import type { FlowNode } from '../mapping';
import { isPhaseNodeId, phaseIdOf } from './frameNodes';

/*
 * React Flow's own words (zoom controls, minimap, handles, keyboard hints) and the accessible
 * names of steps and connectors, in the interface language: a screen reader in the Chinese UI
 * hears 连接线：从“受理申请”到“核保”, never "Edge from 90dbbdb7… to …".
 */

export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('processView.flow.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('processView.flow.nodeDescriptionKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ x, y }: { x: number; y: number }) =>
        t('processView.flow.moved', { x, y }),
      'edge.a11yDescription.default': t('processView.flow.edgeDescription'),
      'controls.ariaLabel': t('processView.flow.controls'),
      'controls.zoomIn.ariaLabel': t('processView.flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('processView.flow.zoomOut'),
      'controls.fitView.ariaLabel': t('processView.flow.fitView'),
      'controls.interactive.ariaLabel': t('processView.flow.interactive'),
      'minimap.ariaLabel': t('processView.flow.minimap'),
      'handle.ariaLabel': t('processView.flow.handle'),
    }),
    // The language is what changes the words; `t` keeps its identity across a switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}

/** The nodes and edges with accessible names in the interface language. */
export function withAriaLabels(
  flow: { nodes: FlowNode[]; edges: Edge[] },
  graph: ProcessGraph,
  t: TFunction,
): { nodes: FlowNode[]; edges: Edge[] } {
  const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const phaseNames = new Map((graph.phases ?? []).map((phase) => [phase.id, phase.name]));
  const nodes = flow.nodes.map((node): FlowNode => {
    if (node.type === 'step') {
      const { kind, label, stepNumber } = node.data;
      const ariaLabel = t('processView.stepAria', {
        kind: t(`nodeKinds.${kind}`),
        number: stepNumber ?? '',
        label,
      }).replace(/\s+/g, ' ');
      return { ...node, ariaLabel };
    }
    if (node.type === 'lane')
      return { ...node, ariaLabel: `${t('editor2.lane')} ${node.data.name}` };
    if (isPhaseNodeId(node.id)) {
      const name = phaseNames.get(phaseIdOf(node.id)) ?? '';
      return { ...node, ariaLabel: `${t('processView.phase')} ${name}` };
    }
    return node;
  });
  const edges = flow.edges.map((edge): Edge => {
    const from = labels.get(edge.source) ?? '';
    const to = labels.get(edge.target) ?? '';
    const label = typeof edge.label === 'string' ? edge.label : '';
    // The ends as attributes (not words): for tests and tools that look a connector up.
    const ends = { 'data-source': edge.source, 'data-target': edge.target };
    return {
      ...edge,
      domAttributes: ends as Edge['domAttributes'],
      ariaLabel: label
        ? t('processView.edgeAriaLabelled', { label, from, to })
        : t('processView.edgeAria', { from, to }),
    };
  });
  return { nodes, edges };
}
