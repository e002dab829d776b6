import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowText } from '../flowText';
import { readerText } from '../reader/readerText';

/*
 * React Flow's own words (zoom controls, minimap, handles, keyboard hints) and the accessible
 * names of steps and connectors, in the interface language: a screen reader in the Chinese UI
 * hears 从「受理申请」到「核保」 (a 连接线), never "Edge from 90dbbdb7… to …".
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

/** The accessible names of steps, lanes, phases and connectors, in the interface language. */
export function useFlowText(): FlowText {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => readerText(t),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- as above: the language changes the words
    [t, i18n.language],
  );
}
