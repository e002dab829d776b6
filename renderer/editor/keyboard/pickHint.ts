import type { Translate } from '../../../shared/i18n/errorText';
import type { ProcessGraph } from '../../../shared/process';
import type { Picking } from '../useTargetPicker';

/**
 * The status line while a connector's end is picked from the keyboard. It says which end moves
 * and which stays: "从「A」连接到：…" for a new connector, "把终点改接到：…（起点「A」不变）" when
 * Ctrl+Shift+K moves a connector's end — a bare "连接到" did not tell a screen-reader user that
 * the connector they had selected keeps its start. A start without a label is named by its kind.
 */
export function pickHint(
  t: Translate,
  graph: ProcessGraph | null | undefined,
  picking: Picking,
): string {
  const start = graph?.nodes.find((node) => node.id === picking.source);
  const name = start ? start.label.trim() || t(`nodeKinds.${start.kind}`) : '';
  return picking.reconnecting
    ? t('canvas.hint.pickNewEnd', { start: name })
    : t('canvas.hint.pickTarget', { start: name });
}
