import type { TFunction } from 'i18next';
import type { Finding, FindingTarget } from '../../../shared/rules/positionChecks';

/** "Reason — how to fix" for one finding, in the interface language. */
export function findingText(t: TFunction, finding: Finding): string {
  const reason = t(`checks.${finding.rule}.reason`, finding.params);
  const fix = t(`checks.${finding.rule}.fix`, finding.params);
  return `${reason} ${fix}`;
}

/** Where a finding is, for lists away from the form: "职责 3" for a duty, else nothing. */
export function findingPlace(t: TFunction, finding: Finding): string {
  return finding.target.kind === 'duty'
    ? `${t('editor.dutyLabel', { n: finding.target.index + 1 })}: `
    : '';
}

/** The findings about one place of the form. */
export function findingsAt(findings: Finding[], target: FindingTarget): Finding[] {
  return findings.filter((finding) => sameTarget(finding.target, target));
}

function sameTarget(a: FindingTarget, b: FindingTarget): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'field' && b.kind === 'field') return a.field === b.field;
  if (a.kind === 'duty' && b.kind === 'duty') return a.index === b.index && a.field === b.field;
  return true;
}
