import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlignmentItem } from '../../features/alignment/AlignmentItem';
import { useProcessAlignment } from '../../features/alignment/useProcessAlignment';
import type { TabProps } from './tabProps';

const SEVERITY_ORDER = { error: 0, warning: 1, hint: 2 } as const;

/**
 * 一岗一流程 in the Findings tab: the library checks' findings on this map's steps (J1–J8,
 * §c7), as last saved; a click selects and frames the steps like the analysis findings.
 */
export function AlignmentGroup({ host, fmt, frame }: Pick<TabProps, 'host' | 'fmt' | 'frame'>) {
  const { t } = useTranslation();
  const findings = useProcessAlignment(host.processId);
  const [active, setActive] = useState<string | null>(null);
  if (!findings || findings.length === 0) return null;
  const sorted = [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule, undefined, { numeric: true }),
  );
  return (
    <section
      style={{ marginBottom: 10 }}
      aria-label={t('alignment.checks.section.title')}
      data-testid="map-alignment"
    >
      <h4 style={{ margin: '6px 0', fontSize: 13, color: '#17324d' }}>
        {t('alignment.checks.section.title')} · {findings.length}
      </h4>
      <div style={{ fontSize: 12, color: '#595959', marginBottom: 4 }}>
        {t('alignment.checks.section.unsaved')}
      </div>
      {sorted.map((finding) => (
        <AlignmentItem
          key={finding.key}
          finding={finding}
          fmt={fmt}
          active={active === finding.key}
          onFrame={() => {
            setActive(finding.key);
            frame(finding.nodeIds);
          }}
        />
      ))}
    </section>
  );
}
