import { Button, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/contract';
import {
  ALIGNMENT_RULE_IDS,
  ALIGNMENT_SEVERITY,
  type AlignmentFinding,
  type AlignmentRuleId,
} from '../../../shared/rules/library/types';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { useLibraryFormat } from '../../editor/analysis/useFormat';
import { alignmentFix, alignmentMessage, alignmentTitle } from '../alignment/alignmentText';

type Props = {
  /** Bumped by the report's "run" button: the section checks again with it. */
  runCount: number;
  onOpenRole: (roleId: number) => void;
};

type Result = ResponseOf<'alignment:checkLibrary'>;

const SEVERITY_COLOURS = { error: 'red', warning: 'orange', hint: 'blue' } as const;
/** A rule's list opens on this many findings; a library of thousands would bury the others. */
const FIRST_SHOWN = 20;

/**
 * 一岗一流程 in the checks report: the library-wide checks J1–J8 (§c7), a count per rule, then
 * each rule's findings with its message, fix, role and process; a role's name opens it.
 */
export function AlignmentSection({ runCount, onOpenRole }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const fmt = useLibraryFormat();
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => {
    void call('alignment:checkLibrary', {}).then(setResult, report);
  }, [runCount, report]);

  const byRule = useMemo(() => {
    const groups = new Map<AlignmentRuleId, AlignmentFinding[]>();
    for (const finding of result?.findings ?? []) {
      groups.set(finding.rule, [...(groups.get(finding.rule) ?? []), finding]);
    }
    return groups;
  }, [result]);

  const title = t('alignment.checks.section.title');
  if (!result) return <Spin style={{ margin: 24 }} />;
  const roleNames = new Map(result.roles.map((role) => [role.id, role.name]));
  const processNames = new Map(result.processes.map((p) => [p.id, p.name]));
  const rolesWithFindings = new Set(result.findings.map((f) => f.roleId).filter((id) => id));

  return (
    <Card
      title={title}
      size="small"
      style={{ marginBottom: 16 }}
      aria-label={title}
      data-testid="alignment-section"
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('alignment.checks.section.intro')}
      </Typography.Paragraph>
      {result.findings.length === 0 ? (
        <Empty description={t('alignment.checks.section.empty')} />
      ) : (
        <Space wrap size={[6, 6]} style={{ marginBottom: 12 }} data-testid="alignment-counts">
          <Typography.Text strong>
            {t('alignment.checks.section.summary', {
              count: result.findings.length,
              roles: rolesWithFindings.size,
            })}
          </Typography.Text>
          {ALIGNMENT_RULE_IDS.filter((rule) => byRule.has(rule)).map((rule) => (
            <Tag key={rule} data-rule={rule}>
              {rule} {alignmentTitle(t, rule)} · {byRule.get(rule)?.length ?? 0}
            </Tag>
          ))}
        </Space>
      )}
      {ALIGNMENT_RULE_IDS.map((rule) => {
        const findings = byRule.get(rule);
        if (!findings) return null;
        return (
          <RuleGroup key={rule} rule={rule} count={findings.length}>
            {(limit) =>
              findings.slice(0, limit).map((finding) => (
                <li key={finding.key} data-testid="alignment-finding" data-rule={rule}>
                  <Typography.Text>{alignmentMessage(t, fmt.param, finding)}</Typography.Text>{' '}
                  <Typography.Text style={{ color: '#3b6e4f', fontSize: 12 }}>
                    {alignmentFix(t, finding)}
                  </Typography.Text>
                  <div style={{ fontSize: 12 }}>
                    {finding.roleId !== null && (
                      <Button
                        size="small"
                        type="link"
                        style={{ paddingInline: 0, marginInlineEnd: 8 }}
                        title={t('alignment.checks.section.openRole')}
                        onClick={() => finding.roleId !== null && onOpenRole(finding.roleId)}
                      >
                        {roleNames.get(finding.roleId) ?? '—'}
                      </Button>
                    )}
                    {finding.processId !== null && (
                      <Typography.Text type="secondary">
                        {t('alignment.checks.section.inProcess', {
                          process: processNames.get(finding.processId) ?? '—',
                        })}
                      </Typography.Text>
                    )}
                  </div>
                </li>
              ))
            }
          </RuleGroup>
        );
      })}
    </Card>
  );
}

function RuleGroup(props: {
  rule: AlignmentRuleId;
  count: number;
  children: (limit: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  return (
    <section aria-label={alignmentTitle(t, props.rule)} style={{ marginBottom: 12 }}>
      <Typography.Text strong>
        <Tag color={SEVERITY_COLOURS[ALIGNMENT_SEVERITY[props.rule]]}>{props.rule}</Tag>
        {alignmentTitle(t, props.rule)} · {props.count}
      </Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
        {props.children(all ? props.count : FIRST_SHOWN)}
      </ul>
      {!all && props.count > FIRST_SHOWN && (
        <Button size="small" type="link" onClick={() => setAll(true)}>
          {t('alignment.checks.section.showAll', { count: props.count })}
        </Button>
      )}
    </section>
  );
}
