import { Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Duty, Role } from '../../../shared/domain';
import { TEMPLATE_LABELS } from '../../../shared/i18n/templates';
import { diffRoles, type DutyLine } from '../../../shared/revisionDiff';

const ADDED: CSSProperties = { background: '#e6f7e9' };
const REMOVED: CSSProperties = { background: '#fdecec', textDecoration: 'line-through' };
const CHANGED: CSSProperties = { background: '#fff7e0' };

/** Two versions side by side: changed fields, and duties added, removed or edited. */
export function CompareVersions({ before, after }: { before: Role; after: Role }) {
  const { t } = useTranslation();
  const diff = diffRoles(before, after);
  const labels = TEMPLATE_LABELS[after.template];
  const fieldLabel = (field: string) => (labels.fields as Record<string, string>)[field] ?? field;
  const unchanged =
    diff.fields.length === 0 && diff.duties.every(isUnchanged) && !diff.competenciesChanged;

  return (
    <div data-testid="compare-versions">
      <div style={grid}>
        <Typography.Text strong>{versionName(t, before)}</Typography.Text>
        <Typography.Text strong>{versionName(t, after)}</Typography.Text>
      </div>
      {unchanged && <Typography.Paragraph>{t('history.noChanges')}</Typography.Paragraph>}
      {diff.fields.map((change) => (
        <div key={change.field} style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{fieldLabel(change.field)}</Typography.Text>
          <div style={grid}>
            <div style={{ ...cell, ...REMOVED }}>{change.before || '—'}</div>
            <div style={{ ...cell, ...ADDED }}>{change.after || '—'}</div>
          </div>
        </div>
      ))}
      {diff.competenciesChanged && <Tag color="orange">{labels.sections.competencies}</Tag>}
      <Typography.Title level={5}>{labels.sections.duties}</Typography.Title>
      {diff.duties.map((line, index) => (
        <div key={index} style={grid} data-change={line.kind}>
          <DutyCell
            duty={line.kind === 'added' ? null : line.before}
            style={line.kind === 'removed' ? REMOVED : styleOf(line)}
          />
          <DutyCell
            duty={line.kind === 'removed' ? null : line.after}
            style={line.kind === 'added' ? ADDED : styleOf(line)}
          />
        </div>
      ))}
    </div>
  );
}

const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '1fr 1fr',
  gap: 8,
  marginBottom: 4,
};
const cell: CSSProperties = { padding: '4px 8px', borderRadius: 4, whiteSpace: 'pre-wrap' };

function isUnchanged(line: DutyLine): boolean {
  return line.kind === 'same' && line.changedAttributes.length === 0;
}

function styleOf(line: DutyLine): CSSProperties {
  return isUnchanged(line) ? {} : CHANGED;
}

function versionName(t: (key: string, options?: Record<string, unknown>) => string, role: Role) {
  return role.status === 'draft'
    ? t('history.current')
    : t('editor.version', { version: role.version });
}

function DutyCell({ duty, style }: { duty: Duty | null; style: CSSProperties }) {
  if (!duty) return <div />;
  const extra = [duty.weight !== null ? `${duty.weight}%` : '', duty.standard]
    .filter(Boolean)
    .join(' · ');
  return (
    <div style={{ ...cell, ...style }}>
      {duty.text}
      {extra && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {extra}
        </Typography.Text>
      )}
    </div>
  );
}
