import { AuditOutlined, FileSearchOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../../../shared/process';
import { VALUE_COLOURS, type StepMarks } from '../view/stepMarks';

type Props = { kind: NodeKind; marks: StepMarks; width: number; height: number };

/** Icon and colour of each method flag; the legend uses the same. */
export const FLAG_ICONS = {
  approval: AuditOutlined,
  inspection: FileSearchOutlined,
  handOff: SwapOutlined,
} as const;

/**
 * The step number in the top-left corner, the method flags as small icons in the top-right
 * corner, and the value class as a colour band along the bottom edge inside the shape.
 */
export function StepMarksView({ kind, marks, width, height }: Props) {
  const { t } = useTranslation();
  const flags = (['approval', 'inspection', 'handOff'] as const).filter((flag) => marks[flag]);
  const inset = kind === 'subProcess' ? 14 : 6;
  return (
    <>
      {marks.stepNumber !== null && (
        <span
          data-testid="step-number"
          style={{
            position: 'absolute',
            left: kind === 'decision' ? 0 : inset,
            top: kind === 'decision' ? 0 : 2,
            fontSize: 10,
            fontWeight: 600,
            color: '#5a6b7d',
            lineHeight: '12px',
            pointerEvents: 'none',
          }}
        >
          {marks.stepNumber}
        </span>
      )}
      {flags.length > 0 && (
        <span
          style={{
            position: 'absolute',
            right: kind === 'decision' ? 0 : inset,
            top: 2,
            display: 'flex',
            gap: 2,
            fontSize: 11,
            color: '#8a5a00',
            lineHeight: '12px',
          }}
        >
          {flags.map((flag) => {
            const Icon = FLAG_ICONS[flag];
            return (
              <Icon
                key={flag}
                role="img"
                aria-label={t(`processView.flags.${flag}`)}
                data-flag={flag}
              />
            );
          })}
        </span>
      )}
      {marks.valueClass && (
        <span
          data-value-class={marks.valueClass}
          title={t(`processView.valueClass.${marks.valueClass}`)}
          style={{
            position: 'absolute',
            left: inset,
            width: Math.max(0, width - 2 * inset),
            top: height - 8,
            height: 4,
            borderRadius: 2,
            background: VALUE_COLOURS[marks.valueClass],
          }}
        />
      )}
    </>
  );
}
