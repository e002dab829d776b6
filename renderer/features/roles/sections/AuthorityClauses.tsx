import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAuthorityClause } from '../../../../shared/authority';
import { AUTHORITY_KINDS, type AuthorityClause } from '../../../../shared/roleDetails';
import { LimitedInput, LimitedTextArea } from '../../../ui/LimitedText';

/** The largest amount limit the contract takes (roleDetails' authorityClauseSchema). */
const AMOUNT_MAX = 1e13;

type Props = { clauses: AuthorityClause[]; onChange: (clauses: AuthorityClause[]) => void };

/**
 * 工作权限 as sentences the user types (issue 10); beside each, what RoleFlow read from it —
 * the kind (审批 / 建议 / 决定), the object and the amount limit — which the user can correct.
 * Editing the sentence reads it again.
 */
export function AuthorityClauses({ clauses, onChange }: Props) {
  const { t } = useTranslation();
  const replace = (index: number, clause: AuthorityClause) =>
    onChange(clauses.map((current, i) => (i === index ? clause : current)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...clauses];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  return (
    <div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('roleStructure.authority.hint')}
      </Typography.Paragraph>
      {clauses.map((clause, index) => (
        <ClauseRow
          key={index}
          n={index + 1}
          clause={clause}
          first={index === 0}
          last={index === clauses.length - 1}
          onChange={(next) => replace(index, next)}
          onMove={(by) => move(index, by)}
          onRemove={() => onChange(clauses.filter((_, i) => i !== index))}
        />
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() =>
          onChange([...clauses, { text: '', kind: 'other', object: '', amountMax: null }])
        }
      >
        {t('roleStructure.authority.add')}
      </Button>
    </div>
  );
}

type RowProps = {
  n: number;
  clause: AuthorityClause;
  first: boolean;
  last: boolean;
  onChange: (clause: AuthorityClause) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

function ClauseRow({ n, clause, first, last, onChange, onMove, onRemove }: RowProps) {
  const { t } = useTranslation();
  // An amount out of range stays in the field, marked, and never reaches the role.
  const [badAmount, setBadAmount] = useState<number | null>(null);
  const amountError = badAmount !== null;
  return (
    <div style={{ marginBottom: 12 }} data-testid="authority-clause">
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 96px', gap: 8 }}>
        <LimitedTextArea
          aria-label={t('roleStructure.authority.clause', { n })}
          placeholder={t('roleStructure.authority.placeholder')}
          max={1000}
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={clause.text}
          onChange={(e) => onChange(parseAuthorityClause(e.target.value))}
        />
        <div style={{ display: 'flex' }}>
          <Button
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={first}
            aria-label={t('roleStructure.authority.up', { n })}
            onClick={() => onMove(-1)}
          />
          <Button
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={last}
            aria-label={t('roleStructure.authority.down', { n })}
            onClick={() => onMove(1)}
          />
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('roleStructure.authority.remove', { n })}
            onClick={onRemove}
          />
        </div>
      </div>
      <div
        style={{ display: 'grid', gridTemplateColumns: '136px 1fr 190px', gap: 8, marginTop: 4 }}
      >
        <Select
          size="small"
          aria-label={t('roleStructure.authority.kind', { n })}
          value={clause.kind}
          options={AUTHORITY_KINDS.map((kind) => ({
            value: kind,
            label: t(`roleStructure.authority.kinds.${kind}`),
          }))}
          onChange={(kind: AuthorityClause['kind']) => onChange({ ...clause, kind })}
        />
        <LimitedInput
          size="small"
          aria-label={t('roleStructure.authority.object', { n })}
          placeholder={t('roleStructure.authority.objectPlaceholder')}
          max={200}
          value={clause.object}
          onChange={(e) => onChange({ ...clause, object: e.target.value })}
        />
        <div>
          <InputNumber
            size="small"
            style={{ width: '100%' }}
            aria-label={t('roleStructure.authority.amount', { n })}
            placeholder={t('roleStructure.authority.amountPlaceholder')}
            prefix="≤ ¥"
            formatter={(value) => String(value ?? '').replace(/\B(?=(\d{3})+(?!\d))/gu, ',')}
            status={amountError ? 'error' : undefined}
            value={badAmount ?? clause.amountMax}
            onChange={(value: number | null) => {
              if (value !== null && (value < 0 || value > AMOUNT_MAX)) return setBadAmount(value);
              setBadAmount(null);
              onChange({ ...clause, amountMax: value });
            }}
          />
          {amountError && (
            <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
              {t('roleStructure.authority.amountRange')}
            </Typography.Text>
          )}
        </div>
      </div>
    </div>
  );
}
