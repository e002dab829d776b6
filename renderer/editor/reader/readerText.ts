import type { Translate } from '../../../shared/i18n/errorText';
import type { FlowText } from '../flowText';

/*
 * What a screen reader hears of the map, in the interface language: a step by its number,
 * kind, label and lane (第 3 步，活动：检查申请书填写是否完整，泳道：核保部), a connector by the
 * steps it joins and its label (从「A」到「B」：是), never an internal id. The part's kind
 * (步骤, 连接线, 泳道, 阶段) is its aria-roledescription, said after the name, so the names
 * do not repeat it.
 */
export function readerText(t: Translate): FlowText {
  const separator = t('processView.reader.separator');
  return {
    step: ({ kind, label, stepNumber, laneName }) =>
      [
        stepNumber === null ? null : t('processView.reader.stepNumber', { number: stepNumber }),
        t('processView.reader.stepWhat', { kind: t(`nodeKinds.${kind}`), label }),
        laneName ? t('processView.reader.stepLane', { lane: laneName }) : null,
      ]
        .filter((part): part is string => part !== null)
        .join(separator)
        .replace(/\s+/g, ' '),
    lane: (name) => name,
    phase: (name) => name,
    connector: (from, to, label) =>
      label
        ? t('processView.reader.edgeLabelled', { label, from, to })
        : t('processView.reader.edge', { from, to }),
    stepRole: t('processView.reader.step'),
    connectorRole: t('processView.reader.connector'),
    laneRole: t('editor2.lane'),
    phaseRole: t('processView.phase'),
  };
}
