import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Checkbox, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepKey } from '../../../../shared/alignment/library';
import type { EditorDuty } from '../roleDraft';
import { DutyStepChips } from './DutyStepChips';
import { useLinkData } from './LinkContext';
import { StepPicker } from './StepPicker';

type Props = {
  duty: EditorDuty;
  n: number;
  onChange: (patch: Partial<EditorDuty>) => void;
};

/**
 * The third line of a duty row (issue 10): the steps that carry the duty out, a picker to
 * link more, and behind "更多" the fields the checks and staffing read but a description
 * seldom shows — not process work (J3), minutes per occurrence and occurrences a year (§d2),
 * 协作对象 (J4). Kept folded so the duty table stays readable.
 */
export function DutyLinks({ duty, n, onChange }: Props) {
  const { t } = useTranslation();
  const data = useLinkData();
  const [open, setOpen] = useState(false);
  if (!data) return null;
  const steps = duty.steps ?? [];
  const numbers = new Map(data.candidates.map((c) => [stepKey(c.processId, c.nodeId), c]));
  const others = data.roles.filter((role) => role.id !== data.roleId);
  return (
    <div style={{ gridColumn: '3 / 6' }} data-testid="duty-links">
      <Space size={[6, 4]} wrap align="center">
        <DutyStepChips
          steps={steps}
          numberOf={(step) => numbers.get(stepKey(step.processId, step.nodeId))?.stepNumber ?? null}
          onChange={(next) => onChange({ steps: next })}
        />
        <StepPicker
          n={n}
          candidates={data.candidates}
          steps={steps}
          onChange={(next) => onChange({ steps: next })}
        />
        <Button
          size="small"
          type="link"
          aria-expanded={open}
          aria-label={t('alignment.links.moreOf', { n })}
          icon={open ? <UpOutlined /> : <DownOutlined />}
          onClick={() => setOpen(!open)}
        >
          {open ? t('alignment.links.less') : t('alignment.links.more')}
        </Button>
      </Space>
      {open && (
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'auto 150px 150px 1fr',
            gap: 8,
            alignItems: 'center',
            marginTop: 6,
          }}
        >
          <Checkbox
            checked={duty.notProcessWork ?? false}
            title={t('alignment.links.notProcessWorkHelp')}
            onChange={(event) => onChange({ notProcessWork: event.target.checked })}
          >
            {t('alignment.links.notProcessWork')}
          </Checkbox>
          <InputNumber
            aria-label={`${t('alignment.links.minutesPerOccurrence')} ${n}`}
            placeholder={t('alignment.links.minutesPerOccurrence')}
            status={outOf(duty.minutesPerOccurrence, 1440) ? 'error' : undefined}
            style={{ width: '100%' }}
            value={duty.minutesPerOccurrence ?? null}
            onChange={(value) => onChange({ minutesPerOccurrence: value ?? null })}
          />
          {duty.frequency === 'asNeeded' ? (
            <InputNumber
              aria-label={`${t('alignment.links.occurrencesPerYear')} ${n}`}
              placeholder={t('alignment.links.occurrencesPerYear')}
              status={outOf(duty.occurrencesPerYear, 525600) ? 'error' : undefined}
              style={{ width: '100%' }}
              value={duty.occurrencesPerYear ?? null}
              onChange={(value) => onChange({ occurrencesPerYear: value ?? null })}
            />
          ) : (
            <span />
          )}
          <Select
            mode="multiple"
            aria-label={`${t('alignment.links.partners')} ${n}`}
            placeholder={t('alignment.links.partners')}
            optionFilterProp="label"
            value={duty.partnerRoleIds ?? []}
            options={others.map((role) => ({ value: role.id, label: role.title }))}
            onChange={(partnerRoleIds: number[]) => onChange({ partnerRoleIds })}
          />
        </div>
      )}
    </div>
  );
}

/** Out of the range main takes (shared/contract.ts dutyDraft): shown at the field, not clamped. */
function outOf(value: number | null | undefined, max: number): boolean {
  return value !== null && value !== undefined && (value < 0 || value > max);
}
