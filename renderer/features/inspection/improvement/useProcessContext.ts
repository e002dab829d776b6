import { useEffect, useState } from 'react';
import type { RoleSummary } from '../../../../shared/domain';
import type { ProcessSummary } from '../../../../shared/process';
import { call } from '../../../api/client';
import { useReportError } from '../../../ui/useReportError';
import { stepsOf, type StepOption } from './processSteps';

export type ProcessContext = {
  steps: StepOption[];
  roles: RoleSummary[];
  /** The library's processes, to find a to-be variant's id by its key. */
  processes: ProcessSummary[];
};

const EMPTY: ProcessContext = { steps: [], roles: [], processes: [] };

/**
 * What the dialogs pick from: the process's steps (its map), the library's roles, and the
 * processes. Without `processId` (a finding raised elsewhere) the id is found by key.
 */
export function useProcessContext(processKey: string, processId: number | null): ProcessContext {
  const report = useReportError();
  const [context, setContext] = useState<ProcessContext>(EMPTY);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [roles, processes] = await Promise.all([
        call('role:list', { departmentId: null }),
        call('process:list', { processClass: null, departmentId: null }),
      ]);
      const id = processId ?? processes.find((p) => p.key === processKey)?.id ?? null;
      const record = id === null ? null : await call('process:get', { id });
      if (live) setContext({ steps: record ? stepsOf(record.graph) : [], roles, processes });
    })().catch((error: unknown) => live && report(error));
    return () => {
      live = false;
    };
  }, [processKey, processId, report]);
  return context;
}
