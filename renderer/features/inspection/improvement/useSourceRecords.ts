import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import { useReportError } from '../../../ui/useReportError';
import { NO_RECORDS, type SourceRecords } from './sourceOptions';

/** The plans, inspections, surveys and complaints of the process, for an action's source. */
export function useSourceRecords(processKey: string, round = 0): SourceRecords {
  const report = useReportError();
  const [records, setRecords] = useState<SourceRecords>(NO_RECORDS);
  useEffect(() => {
    let live = true;
    Promise.all([
      call('inspection:plans', { processKey }),
      call('inspection:inspections', { processKey }),
      call('inspection:surveys', { processKey }),
      call('inspection:complaints', { processKey }),
    ]).then(
      ([plans, inspections, surveys, complaints]) =>
        live && setRecords({ plans, inspections, surveys, complaints }),
      (error: unknown) => live && report(error),
    );
    return () => {
      live = false;
    };
  }, [processKey, round, report]);
  return records;
}
