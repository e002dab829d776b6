import { Card, Checkbox, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/contract';
import { LINK } from '../../editor/analysis/tableStyles';
import type { NumberFormat } from './numbers';

type RoleRow = ResponseOf<'organisation:redesign'>['roles'][number];

const STRUCK = { color: '#b42318', background: '#fdecea', textDecoration: 'line-through' };
const ADDED = { color: '#1d6b37', background: '#e6f4ea' };

/** One role of the redesign statement: steps lost and gained, the redline, FTE, competencies. */
export function RoleRedesignCard(props: {
  row: RoleRow;
  titles: Map<number, string>;
  fmt: NumberFormat;
  accepted: boolean;
  onAccept: (accepted: boolean) => void;
  onOpenRole: (id: number) => void;
}) {
  const { row, titles, fmt } = props;
  const { t, i18n } = useTranslation();
  const k = (key: string, params?: Record<string, string>) =>
    t(`alignment.organisation.redesign.${key}`, params);
  const separator = i18n.language === 'zh-CN' ? '、' : ', ';
  const names = (ids: number[]) => ids.map((id) => titles.get(id) ?? `#${id}`).join(separator);
  const weight = (value: number | null) => (value === null ? '—' : `${fmt.plain(value)} %`);
  return (
    <Card
      size="small"
      data-testid={`redesign-role-${row.roleId}`}
      title={
        <span>
          <button
            type="button"
            style={{ ...LINK, fontWeight: 600 }}
            onClick={() => props.onOpenRole(row.roleId)}
          >
            {row.title}
          </button>{' '}
          <Tag>{k(`status.${row.status}`)}</Tag>
        </span>
      }
      extra={
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>
          {k('fte', { asIs: fmt.fte(row.fte.asIs), toBe: fmt.fte(row.fte.toBe) })}
        </span>
      }
      actions={[
        <Checkbox
          key="accept"
          checked={props.accepted}
          onChange={(e) => props.onAccept(e.target.checked)}
        >
          {k('accept')}
        </Checkbox>,
      ]}
    >
      {row.lost.length > 0 && (
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          <strong>{k('lost')}</strong>{' '}
          {row.lost.map((step) => (
            <span key={step.nodeId} style={{ marginRight: 12 }}>
              <span style={STRUCK}>{step.label}</span>
              {step.otherRoleIds.length > 0 && (
                <Typography.Text type="secondary">
                  {' '}
                  {k('to', { roles: names(step.otherRoleIds) })}
                </Typography.Text>
              )}
            </span>
          ))}
        </Typography.Paragraph>
      )}
      {row.gained.length > 0 && (
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          <strong>{k('gained')}</strong>{' '}
          {row.gained.map((step) => (
            <span key={step.nodeId} style={{ marginRight: 12 }}>
              <span style={ADDED}>{step.label}</span>
              {step.otherRoleIds.length > 0 && (
                <Typography.Text type="secondary">
                  {' '}
                  {k('from', { roles: names(step.otherRoleIds) })}
                </Typography.Text>
              )}
            </span>
          ))}
        </Typography.Paragraph>
      )}
      <Typography.Text strong>{k('duties')}</Typography.Text>
      <ol style={{ margin: '4px 0 8px', paddingLeft: 20 }} data-testid="redline">
        {row.redline.map((line, index) => (
          <li key={`${line.dutyId ?? 'new'}-${index}`} data-change={line.change}>
            <span
              style={
                line.change === 'removed' ? STRUCK : line.change === 'added' ? ADDED : undefined
              }
            >
              {line.text}
            </span>
            {line.change !== 'removed' && line.weightAfter !== null && (
              <Typography.Text
                type="secondary"
                style={{ marginLeft: 8, fontSize: 12, whiteSpace: 'nowrap' }}
              >
                {line.weightBefore === line.weightAfter
                  ? weight(line.weightAfter)
                  : k('weight', {
                      before: weight(line.weightBefore),
                      after: weight(line.weightAfter),
                    })}
              </Typography.Text>
            )}
          </li>
        ))}
      </ol>
      {!row.weightsRecomputed && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {k('weightsKept')}
        </Typography.Paragraph>
      )}
      {row.competencies.length > 0 && (
        <div>
          <Typography.Text strong>{k('competencies')}</Typography.Text>{' '}
          {row.competencies.map((c) => (
            <Tag key={c.competencyId} color="blue">
              {(i18n.language === 'zh-CN' ? c.nameZh : c.nameEn) || c.nameZh || c.nameEn} · L
              {c.requiredLevel}
            </Tag>
          ))}
        </div>
      )}
    </Card>
  );
}
