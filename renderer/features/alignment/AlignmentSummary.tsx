import { Collapse, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALIGNMENT_SEVERITY, type AlignmentFinding } from '../../../shared/rules/library/types';
import { useLibraryFormat } from '../../editor/analysis/useFormat';
import { alignmentFix, alignmentMessage, alignmentTitle } from './alignmentText';

const SEVERITY_COLOURS = { error: 'red', warning: 'orange', hint: 'blue' } as const;

/**
 * The role's J1–J8 findings (§c7) under the position checks' summary, in the same look: one
 * line "对照流程 · n", opening into each finding with its rule, message and fix. Nothing while
 * the first check runs or when the role agrees with its processes (the lines beside the fields
 * say the rest).
 */
export function AlignmentSummary({ findings }: { findings: AlignmentFinding[] | null }) {
  const { t } = useTranslation();
  const fmt = useLibraryFormat();
  if (!findings || findings.length === 0) return null;
  return (
    <Collapse
      data-testid="alignment-summary"
      size="small"
      style={{ marginBottom: 16, background: '#f4f8fc' }}
      items={[
        {
          key: 'alignment',
          label: `${t('alignment.checks.section.title')} · ${findings.length}`,
          children: (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {findings.map((finding) => (
                <li key={finding.key} data-rule={finding.rule}>
                  <Tag color={SEVERITY_COLOURS[ALIGNMENT_SEVERITY[finding.rule]]}>
                    {finding.rule}
                  </Tag>
                  <Typography.Text strong>{alignmentTitle(t, finding.rule)}</Typography.Text>
                  {' — '}
                  {alignmentMessage(t, fmt.param, finding)}{' '}
                  <Typography.Text style={{ color: '#3b6e4f' }}>
                    {alignmentFix(t, finding)}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
