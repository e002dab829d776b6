import { Empty, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissalOf } from '../../../shared/analysis/findings';
import {
  RULE_FAMILIES,
  type AnalysisFinding,
  type RuleFamily,
} from '../../../shared/analysis/types';
import { dismissFinding, restoreFinding, setImpliedFlags } from './dismissals';
import { AlignmentGroup } from './AlignmentGroup';
import { FindingItem } from './FindingItem';
import type { TabProps } from './tabProps';

const SEVERITY_ORDER = { error: 0, warning: 1, hint: 2 } as const;

export function familyOf(found: AnalysisFinding): RuleFamily {
  return found.rule.charAt(0) as RuleFamily;
}

/**
 * The rule findings (§c1–c6) grouped by family, errors first; a click frames the steps, a
 * dismissal keeps its reason in the map (undoable, saved with it), M13 sets its flag.
 */
export function FindingsTab({ live, fmt, host, frame }: TabProps) {
  const { t } = useTranslation();
  const [showDismissed, setShowDismissed] = useState(false);
  // The finding last framed, marked so the reader keeps their place in a long list.
  const [active, setActive] = useState<string | null>(null);
  const all = live.analysis.findings.map((found) => ({
    found,
    dismissal: dismissalOf(host.graph, found),
  }));
  const shown = all.filter((entry) => showDismissed || !entry.dismissal);
  const dismissedCount = all.length - all.filter((entry) => !entry.dismissal).length;
  const edit = {
    readOnly: host.readOnly,
    dismiss: (found: AnalysisFinding, reason: string) =>
      host.run(t('analysis.view.findings.dismissCommand'), (graph) =>
        dismissFinding(graph, found.key, reason, new Date().toISOString()),
      ),
    restore: (found: AnalysisFinding) =>
      host.run(t('analysis.view.findings.restoreCommand'), (graph) =>
        restoreFinding(graph, found.key),
      ),
    setFlag: (found: AnalysisFinding) =>
      host.run(t('analysis.view.findings.setFlagCommand'), (graph) =>
        setImpliedFlags(graph, found),
      ),
  };
  return (
    <div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 6 }}>
        <Switch
          size="small"
          checked={showDismissed}
          onChange={setShowDismissed}
          aria-label={t('analysis.view.findings.showDismissed')}
        />
        <span style={{ fontSize: 12 }}>
          {t('analysis.view.findings.showDismissed')} ({dismissedCount})
        </span>
      </div>
      {shown.length === 0 && <Empty description={t('analysis.view.findings.none')} />}
      {RULE_FAMILIES.map((family) => {
        const entries = shown
          .filter((entry) => familyOf(entry.found) === family)
          .sort(
            (a, b) =>
              SEVERITY_ORDER[a.found.severity] - SEVERITY_ORDER[b.found.severity] ||
              a.found.rule.localeCompare(b.found.rule, undefined, { numeric: true }),
          );
        if (entries.length === 0) return null;
        return (
          <section key={family} style={{ marginBottom: 10 }}>
            <h4 style={{ margin: '6px 0', fontSize: 13, color: '#17324d' }}>
              {t(`analysis.view.family.${family}`)} · {entries.length}
            </h4>
            {entries.map(({ found, dismissal }) => (
              <FindingItem
                key={found.key}
                found={found}
                dismissal={dismissal}
                fmt={fmt}
                edit={edit}
                active={active === found.key}
                onFrame={() => {
                  setActive(found.key);
                  frame(found.elementIds);
                }}
              />
            ))}
          </section>
        );
      })}
      <AlignmentGroup host={host} fmt={fmt} frame={frame} />
    </div>
  );
}
