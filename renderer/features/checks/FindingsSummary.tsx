import { Alert, Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/rules/positionChecks';
import { findingPlace, findingText } from './findingText';

/** The checks' verdict on the role: a one-line count, opening into every finding with its fix. */
export function FindingsSummary({ findings }: { findings: Finding[] | null }) {
  const { t } = useTranslation();
  if (findings === null) {
    return (
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        message={t('checksPanel.checking')}
        data-testid="checks-summary"
      />
    );
  }
  if (findings.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        message={t('checksPanel.clean')}
        data-testid="checks-summary"
      />
    );
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <Collapse
      data-testid="checks-summary"
      size="small"
      style={{ marginBottom: 16, background: '#fffbe6' }}
      items={[
        {
          key: 'findings',
          label: t('checksPanel.count', { errors, warnings: findings.length - errors }),
          children: (
            <ul style={{ margin: 0, paddingInlineStart: 18 }} aria-label={t('checksPanel.title')}>
              {findings.map((finding, index) => (
                <li key={index}>
                  <Typography.Text
                    strong
                    type={finding.severity === 'error' ? 'danger' : 'warning'}
                  >
                    {t(`checks.${finding.rule}.title`)}
                  </Typography.Text>
                  {' — '}
                  {findingPlace(t, finding)}
                  {findingText(t, finding)}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
