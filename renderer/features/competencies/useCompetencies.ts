import { useCallback, useEffect, useState } from 'react';
import type { Competency } from '../../../shared/domain';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';

/** The library's competency dictionary, reloaded on demand. */
export function useCompetencies() {
  const report = useReportError();
  const [competencies, setCompetencies] = useState<Competency[]>([]);
  const reload = useCallback(
    () => call('competency:list', {}).then(setCompetencies, report),
    [report],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { competencies, reload };
}
