import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentFinding, AlignmentRoleField } from '../../../shared/rules/library/types';
import { useLibraryFormat } from '../../editor/analysis/useFormat';
import { alignmentLine } from './alignmentText';

/** A place of the role editor a J finding sits beside (the duty row shows all its fields together). */
export type AlignmentPlace =
  { kind: 'duty'; index: number } | { kind: 'field'; field: AlignmentRoleField };

/**
 * The J findings' lines at one place of the role editor: a duty's row (J3 on its steps, J7 on
 * its weight, J8 on its standard) or a field (J2/J7 at the duties, J4 at 工作关系, J5 at
 * 工作权限, J6 at the 岗位编制).
 */
export function useAlignmentPlaces(findings: AlignmentFinding[]) {
  const { t } = useTranslation();
  const fmt = useLibraryFormat();
  return useMemo(() => {
    const lines = new Map<string, string[]>();
    for (const finding of findings) {
      const { target } = finding;
      if (target.kind === 'step') continue;
      const place = target.kind === 'duty' ? `duty:${target.index}` : `field:${target.field}`;
      lines.set(place, [...(lines.get(place) ?? []), alignmentLine(t, fmt.param, finding)]);
    }
    return (place: AlignmentPlace): string[] =>
      lines.get(place.kind === 'duty' ? `duty:${place.index}` : `field:${place.field}`) ?? [];
  }, [findings, t, fmt]);
}
