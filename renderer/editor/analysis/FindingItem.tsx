import { Button, Input, Popover, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisFinding } from '../../../shared/analysis/types';
import type { DismissedFinding } from '../../../shared/process';
import { MAX_REASON } from './dismissals';
import type { Formatter } from './useFormat';
import './findings.css';

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
  // A click anywhere on the card frames the steps too, except on its buttons (the frame
  // button does it itself) and in the dismiss popover, a portal whose events still bubble here
  // through React.
  const onCardClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    if (!event.currentTarget.contains(target) || target.closest('button')) return;
    onFrame();
  };
  const canFrame = found.elementIds.length > 0;
  const what = (
    <>
      <span style={{ display: 'block', fontSize: 12, color: '#595959' }}>
        {t(`${rule}.title`, { defaultValue: '' })}
      </span>
      <span style={{ display: 'block', color: '#1d2b3a' }}>{message}</span>
    </>
  );
  // The card is a container, not a button: its actions are buttons, and a button may not hold
  // buttons (axe: nested-interactive). The keyboard frames the steps with the finding's text,
  // a button; the pointer may click anywhere on the card, a bigger target.
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- the card's click repeats its frame button's, for the pointer only
    <div
      data-testid="analysis-finding"
      data-rule={found.rule}
      className="analysis-finding"
      onClick={canFrame ? onCardClick : undefined}
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
        {canFrame ? (
          <button
            type="button"
            className="analysis-finding-frame"
            aria-current={active || undefined}
            onClick={onFrame}
          >
            {what}
          </button>
        ) : (
          what
        )}
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
