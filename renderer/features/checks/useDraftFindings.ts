import { useEffect, useState } from 'react';
import type { RoleDraft } from '../../../shared/domain';
import type { Finding } from '../../../shared/rules/positionChecks';
import { call } from '../../api/client';

const CHECK_DELAY_MS = 350;

/**
 * The checks' findings for the role as it stands in the editor, refreshed shortly after the
 * user stops typing. Checks run in main, against the whole library (duplicates across roles).
 */
export function useDraftFindings(draft: RoleDraft | null): Finding[] {
  const [findings, setFindings] = useState<Finding[]>([]);
  const key = draft ? JSON.stringify(draft) : '';
  useEffect(() => {
    if (!key) return;
    let current = true;
    const timer = window.setTimeout(() => {
      call('checks:draft', { draft: JSON.parse(key) as RoleDraft }).then(
        (result) => current && setFindings(result),
        // A failed check must never get in the way of editing; the next edit tries again.
        () => undefined,
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key]);
  return key ? findings : [];
}
