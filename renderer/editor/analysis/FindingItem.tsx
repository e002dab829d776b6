import { Button, Input, Popover, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisFinding } from '../../../shared/analysis/types';
import type { DismissedFinding } from '../../../shared/process';
import { MAX_REASON } from './dismissals';
import type { Formatter } from './useFormat';

const SEVERITY_COLOURS = { error: 'red', warning: 'orange', hint: 'blue' } as const;

type Edit = {
  readOnly: boolean;
  dismiss: (found: AnalysisFinding, reason: string) => unknown;
  restore: (found: AnalysisFinding) => unknown;
  setFlag: (found: AnalysisFinding) => unknown;
};

type Props = {
  found: AnalysisFinding;
  dismissal: DismissedFinding | null;
  fmt: Formatter;
  edit: Edit;
  /** The finding last framed on the map. */
  active: boolean;
  onFrame: () => void;
};

/** One finding: rule, severity, message filled with its formatted values, the fix, actions. */
export function FindingItem({ found, dismissal, fmt, edit, active, onFrame }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const params = Object.fromEntries(
    Object.entries(found.params).map(([name, value]) => [name, fmt.param(value)]),
  );
  const rule = `analysis.rules.${found.rule}`;
  const message = t(`${rule}.${found.variant ?? 'message'}`, {
    ...params,
    defaultValue: t(`${rule}.message`, { ...params, defaultValue: found.rule }),
    interpolation: { escapeValue: false },
  });
  // The actions are buttons of their own, and the dismiss popover is a portal whose events
  // still bubble here through React: only a click on the row itself frames the steps.
  const onRowClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    if (!event.currentTarget.contains(target) || target.closest('button')) return;
    onFrame();
  };
  const canFrame = found.elementIds.length > 0;
  return (
    <div
      data-testid="analysis-finding"
      data-rule={found.rule}
      aria-current={active || undefined}
      role={canFrame ? 'button' : undefined}
      tabIndex={canFrame ? 0 : undefined}
      onClick={canFrame ? onRowClick : undefined}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (canFrame && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          onFrame();
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
        opacity: dismissal ? 0.65 : 1,
        background: '#fff',
      }}
    >
      <div style={{ flex: 'none', width: 92 }}>
        <Tag color={SEVERITY_COLOURS[found.severity]}>{found.rule}</Tag>
        <div style={{ fontSize: 11, color: '#595959', marginTop: 2 }}>
          {t(`analysis.view.severity.${found.severity}`)}
        </div>
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div style={{ fontSize: 12, color: '#595959' }}>
          {t(`${rule}.title`, { defaultValue: '' })}
        </div>
        <div style={{ color: '#1d2b3a' }}>{message}</div>
        <div style={{ fontSize: 12, color: '#3b6e4f' }}>
          {t(`${rule}.fix`, { defaultValue: '' })}
        </div>
        {dismissal && (
          <div style={{ fontSize: 12, color: '#8a5a00' }}>
            {t('analysis.view.findings.dismissedBecause', { reason: dismissal.reason || '—' })}
          </div>
        )}
      </div>
      <div style={{ flex: 'none', display: 'flex', flexDirection: 'column', gap: 4 }}>
        {found.rule === 'M13' && !dismissal && (
          <Button size="small" disabled={edit.readOnly} onClick={() => edit.setFlag(found)}>
            {t('analysis.view.findings.setFlag')}
          </Button>
        )}
        {dismissal ? (
          <Button size="small" disabled={edit.readOnly} onClick={() => edit.restore(found)}>
            {t('analysis.view.findings.restore')}
          </Button>
        ) : (
          <Popover
            open={asking}
            onOpenChange={setAsking}
            trigger="click"
            title={t('analysis.view.findings.dismissTitle')}
            content={
              <div style={{ width: 280 }}>
                <Input.TextArea
                  rows={3}
                  maxLength={MAX_REASON}
                  value={reason}
                  placeholder={t('analysis.view.findings.reasonPlaceholder')}
                  aria-label={t('analysis.view.findings.reason')}
                  onChange={(event) => setReason(event.target.value)}
                />
                <Button
                  type="primary"
                  size="small"
                  style={{ marginTop: 8 }}
                  disabled={reason.trim() === ''}
                  onClick={() => {
                    edit.dismiss(found, reason.trim());
                    setAsking(false);
                    setReason('');
                  }}
                >
                  {t('analysis.view.findings.dismiss')}
                </Button>
              </div>
            }
          >
            <Button size="small" disabled={edit.readOnly}>
              {t('analysis.view.findings.dismiss')}
            </Button>
          </Popover>
        )}
      </div>
    </div>
  );
}
