import { useEffect, useState } from 'react';
import type { RoleDraft } from '../../../shared/domain';
import type { Finding } from '../../../shared/rules/positionChecks';
import { call } from '../../api/client';

const CHECK_DELAY_MS = 350;

/**
 * The checks' findings for the role as it stands in the editor, refreshed shortly after the
 * user stops typing. Checks run in main, against the whole library (duplicates across roles).
 * Null until the first answer for this role arrives, so the screen never claims a role is
 * clean before it has been checked.
 */
export function useDraftFindings(draft: RoleDraft | null): Finding[] | null {
  const [result, setResult] = useState<{ roleId: number; findings: Finding[] } | null>(null);
  const key = draft ? JSON.stringify(draft) : '';
  const roleId = draft?.id ?? null;
  const checked = result !== null && result.roleId === roleId;
  useEffect(() => {
    if (!key) return;
    let current = true;
    const check = () =>
      call('checks:draft', { draft: JSON.parse(key) as RoleDraft }).then(
        (findings) => {
          if (current) setResult({ roleId: (JSON.parse(key) as RoleDraft).id, findings });
        },
        // A failed check must never get in the way of editing; the next edit tries again.
        () => undefined,
      );
    // The first check of a role runs at once; later ones wait for a pause in typing.
    const timer = window.setTimeout(() => void check(), checked ? CHECK_DELAY_MS : 0);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // `checked` only picks the delay; re-running on it would check twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return checked ? result.findings : null;
}
