import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALIGNMENT_SEVERITY, type AlignmentFinding } from '../../../shared/rules/library/types';
import type { Formatter } from '../../editor/analysis/useFormat';
import { alignmentFix, alignmentMessage, alignmentTitle } from './alignmentText';

const SEVERITY_COLOURS = { error: 'red', warning: 'orange', hint: 'blue' } as const;

type Props = {
  finding: AlignmentFinding;
  fmt: Formatter;
  /** The finding last framed on the map. */
  active?: boolean;
  /** Selects and frames the finding's steps; without it the row is only read. */
  onFrame?: () => void;
};

/** One J finding on a map, in the look of the analysis findings (FindingItem). */
export function AlignmentItem({ finding, fmt, active = false, onFrame }: Props) {
  const { t } = useTranslation();
  const canFrame = Boolean(onFrame) && finding.nodeIds.length > 0;
  return (
    <div
      data-testid="alignment-finding"
      data-rule={finding.rule}
      aria-current={active || undefined}
      role={canFrame ? 'button' : undefined}
      tabIndex={canFrame ? 0 : undefined}
      onClick={canFrame ? onFrame : undefined}
      onKeyDown={(event) => {
        if (canFrame && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          onFrame?.();
        }
      }}
      style={{
        display: 'flex',
        gap: 10,
        padding: '6px 8px',
        borderRadius: 4,
        border: active ? '1px solid #2f6fae' : '1px solid #eef0f3',
        boxShadow: active ? 'inset 3px 0 0 #2f6fae' : undefined,
        marginBottom: 4,
        cursor: canFrame ? 'pointer' : 'default',
        background: '#fff',
      }}
    >
      <div style={{ flex: 'none' }}>
        <Tag color={SEVERITY_COLOURS[ALIGNMENT_SEVERITY[finding.rule]]}>{finding.rule}</Tag>
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div style={{ fontSize: 12, color: '#595959' }}>{alignmentTitle(t, finding.rule)}</div>
        <div style={{ color: '#1d2b3a' }}>{alignmentMessage(t, fmt.param, finding)}</div>
        <div style={{ fontSize: 12, color: '#3b6e4f' }}>{alignmentFix(t, finding)}</div>
      </div>
    </div>
  );
}
