import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AlignmentItem } from '../../features/alignment/AlignmentItem';
import { useProcessAlignment } from '../../features/alignment/useProcessAlignment';
import { useLibraryFormat } from '../analysis/useFormat';

/**
 * The library checks' findings about the selected step (J2 no duty covers it, J4 a hand-off,
 * J5 an approval, J8 a 时限), beside "服务的职责": read from the saved map, like the duties.
 */
export function StepAlignment({ processId, nodeId }: { processId: number; nodeId: string }) {
  const { t } = useTranslation();
  const fmt = useLibraryFormat();
  const findings = (useProcessAlignment(processId) ?? []).filter((finding) =>
    finding.nodeIds.includes(nodeId),
  );
  if (findings.length === 0) return null;
  return (
    <section aria-label={t('alignment.checks.section.title')} data-testid="step-alignment">
      <Typography.Text strong>{t('alignment.checks.section.title')}</Typography.Text>
      <div style={{ marginTop: 4 }}>
        {findings.map((finding) => (
          <AlignmentItem key={finding.key} finding={finding} fmt={fmt} />
        ))}
      </div>
    </section>
  );
}
