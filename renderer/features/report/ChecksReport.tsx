import { Alert, Button, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import type { Finding } from '../../../shared/rules/positionChecks';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { departmentPaths } from '../departments/departmentTree';
import { findingPlace, findingText } from '../checks/findingText';
import { ExportSheetButton } from '../sheets/ExportSheetButton';
import { AlignmentSection } from './AlignmentSection';

type Props = { departments: Department[]; onOpenRole: (roleId: number) => void };

type Report = { findings: Finding[]; roles: RoleSummary[] };

/** The library report: every role with findings, grouped by department in tree order. */
export function ChecksReport({ departments, onOpenRole }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const [result, setResult] = useState<Report | null>(null);
  // Each run re-checks the 一岗一流程 section too (it asks main for its own findings).
  const [runCount, setRunCount] = useState(0);
  const run = useCallback(() => call('checks:library', {}).then(setResult, report), [report]);
  useEffect(() => {
    void run();
  }, [run]);

  const groups = useMemo(() => {
    if (!result) return [];
    const byRole = new Map<number, Finding[]>();
    for (const finding of result.findings) {
      byRole.set(finding.roleId, [...(byRole.get(finding.roleId) ?? []), finding]);
    }
    return departmentPaths(departments)
      .map((department) => ({
        department,
        roles: result.roles
          .filter((role) => role.departmentId === department.id && byRole.has(role.id))
          .map((role) => ({ role, findings: byRole.get(role.id) ?? [] })),
      }))
      .filter((group) => group.roles.length > 0);
  }, [result, departments]);

  if (!result) return <Spin style={{ margin: 48 }} />;
  const withFindings = groups.reduce((n, g) => n + g.roles.length, 0);

  return (
    <section aria-label={t('views.report')} style={{ padding: 16, flex: 1, overflow: 'auto' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('views.report')}
        </Typography.Title>
        <Space>
          <ExportSheetButton scope={{ kind: 'checks' }} />
          <Button
            onClick={() => {
              setRunCount((n) => n + 1);
              void run();
            }}
          >
            {t('report.run')}
          </Button>
        </Space>
      </Space>
      <Alert
        type={result.findings.length ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 16 }}
        message={
          result.findings.length
            ? t('report.summary', {
                roles: result.roles.length,
                withFindings,
                findings: result.findings.length,
              })
            : t('report.clean')
        }
      />
      {groups.length === 0 && <Empty description={t('report.clean')} />}
      {groups.map(({ department, roles }) => (
        <Card
          key={department.id}
          title={department.label}
          size="small"
          style={{ marginBottom: 16 }}
        >
          {roles.map(({ role, findings }) => (
            <div key={role.id} style={{ marginBottom: 12 }} data-testid="report-role">
              <Space>
                <Typography.Text strong>{role.title}</Typography.Text>
                {role.code && <Tag>{role.code}</Tag>}
                <Button size="small" type="link" onClick={() => onOpenRole(role.id)}>
                  {t('report.open')}
                </Button>
              </Space>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {findings.map((finding, index) => (
                  <li key={index}>
                    <Typography.Text type={finding.severity === 'error' ? 'danger' : 'warning'}>
                      {t(`checks.${finding.rule}.title`)}
                    </Typography.Text>
                    {' — '}
                    {findingPlace(t, finding)}
                    {findingText(t, finding)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Card>
      ))}
      <AlignmentSection runCount={runCount} onOpenRole={onOpenRole} />
    </section>
  );
}
