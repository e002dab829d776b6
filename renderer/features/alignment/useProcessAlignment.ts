import { useEffect, useState } from 'react';
import type { AlignmentFinding } from '../../../shared/rules/library/types';
import { call, onAppEvent } from '../../api/client';

/**
 * The J findings on one map's steps (alignment:checkProcess): the map's own J1/J8 and its
 * roles' J2/J4/J5/J8. Read from the saved library, again after each change to it (a save of
 * this map, or of a role it names); null until the first answer.
 */
export function useProcessAlignment(processId: number): AlignmentFinding[] | null {
  const [result, setResult] = useState<{ processId: number; findings: AlignmentFinding[] }>();
  useEffect(() => {
    let current = true;
    const load = () =>
      call('alignment:checkProcess', { processId }).then(
        (findings) => current && setResult({ processId, findings }),
        // A map not saved yet has no findings; the next change asks again.
        () => current && setResult({ processId, findings: [] }),
      );
    void load();
    const stop = onAppEvent('library:changed', () => void load());
    return () => {
      current = false;
      stop();
    };
  }, [processId]);
  return result?.processId === processId ? result.findings : null;
}
