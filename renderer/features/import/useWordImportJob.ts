import { useCallback, useEffect, useRef, useState } from 'react';
import type { WordJob } from '../../../shared/contract/importChannels';
import { call } from '../../api/client';
import type { UploadedFile } from './uploadFiles';

type Source = { kind: 'picked'; pickId: string } | { kind: 'uploaded'; files: UploadedFile[] };

const POLL_MS = 150;

/** Runs an import job: starts it, polls its progress until it ends, and cancels it. */
export function useWordImportJob(onError: (error: unknown) => void) {
  const [job, setJob] = useState<WordJob | null>(null);
  const jobId = useRef<string | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      // Closing the dialog mid-read stops the job; nothing was stored.
      if (jobId.current)
        void call('import:cancel', { jobId: jobId.current }).catch(() => undefined);
    };
  }, []);

  const start = useCallback(
    async (source: Source) => {
      try {
        const started = await call('import:startWord', { source });
        jobId.current = started.jobId;
        for (;;) {
          const status = await call('import:job', { jobId: started.jobId });
          if (!live.current) return;
          setJob(status);
          if (status.state !== 'running') break;
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
        jobId.current = null;
      } catch (error) {
        jobId.current = null;
        if (live.current) onError(error);
      }
    },
    [onError],
  );

  const cancel = useCallback(() => {
    if (jobId.current) void call('import:cancel', { jobId: jobId.current }).catch(onError);
  }, [onError]);

  return { job, start, cancel };
}
