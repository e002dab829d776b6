import { useEffect, useState } from 'react';
import type { RoleDraft } from '../../../shared/domain';
import type { AlignmentFinding } from '../../../shared/rules/library/types';
import { call } from '../../api/client';

const CHECK_DELAY_MS = 350;

/**
 * The J1–J8 findings (§c7) of the role as it stands in the editor, against the saved maps and
 * roles: re-checked shortly after each edit, like the position checks (useDraftFindings), so
 * linking or drafting a duty clears its J2 before the role is saved. Null until the first
 * answer for this role arrives.
 */
export function useRoleAlignment(draft: RoleDraft | null): AlignmentFinding[] | null {
  const [result, setResult] = useState<{ roleId: number; findings: AlignmentFinding[] } | null>(
    null,
  );
  const key = draft ? JSON.stringify(draft) : '';
  const roleId = draft?.id ?? null;
  const checked = result !== null && result.roleId === roleId;
  useEffect(() => {
    if (!key) return;
    let current = true;
    const sent = JSON.parse(key) as RoleDraft;
    const check = () =>
      call('alignment:checkRole', { draft: sent }).then(
        (findings) => {
          if (current) setResult({ roleId: sent.id, findings });
        },
        // A failed check must never get in the way of editing; the next edit tries again.
        () => undefined,
      );
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
