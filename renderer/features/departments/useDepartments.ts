import { useCallback, useEffect, useState } from 'react';
import type { Department } from '../../../shared/domain';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';

/** The library's departments, reloaded on demand after an edit. */
export function useDepartments() {
  const report = useReportError();
  const [departments, setDepartments] = useState<Department[]>([]);
  const reload = useCallback(
    () => call('department:list', {}).then(setDepartments, report),
    [report],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { departments, reload };
}
