import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import { deliver, type ExportJob } from './exportService';

/*
 * Long exports run as jobs the renderer polls (the same over IPC and the browser host's HTTP):
 * progress, cancel, and the file's bytes handed out once when done. The role handbook keeps
 * its own jobs in ExportService; this runner serves the process handbook.
 */

/** A job of this runner: a role handbook's left-out roles have no counterpart here. */
type RunningJob = Omit<ExportJob, 'leftOut'> & { controller: AbortController };

export type JobWork = (signal: AbortSignal, progress: (done: number) => void) => Promise<Buffer>;

export class JobRunner {
  private readonly jobs = new Map<string, RunningJob>();

  /** Starts `work`; its bytes go to `target` (a path, or 'download' for the browser host). */
  start(total: number, fileName: string, target: string, work: JobWork): { jobId: string } {
    const jobId = crypto.randomUUID();
    const job: RunningJob = {
      state: 'running',
      done: 0,
      total,
      fileName,
      data: null,
      error: null,
      controller: new AbortController(),
    };
    this.jobs.set(jobId, job);
    work(job.controller.signal, (done) => {
      job.done = done;
    })
      .then((bytes) => {
        if (job.controller.signal.aborted) throw abortError();
        const result = deliver(target, fileName, bytes);
        job.fileName = result.fileName;
        job.data = result.data;
        job.state = 'done';
      })
      .catch((error: unknown) => {
        const cancelled = (error as { name?: string }).name === 'AbortError';
        job.state = cancelled ? 'cancelled' : 'failed';
        job.error = cancelled ? null : String(error);
      });
    return { jobId };
  }

  /** The job's progress; a finished job is reported once, then forgotten. */
  job(jobId: string): Omit<ExportJob, 'leftOut'> {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', 'That export is not running.', { what: 'exportJob' });
    if (job.state !== 'running') this.jobs.delete(jobId);
    const { controller: _controller, ...status } = job;
    return status;
  }

  cancel(jobId: string): { jobId: string } {
    this.jobs.get(jobId)?.controller.abort();
    return { jobId };
  }
}

export function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

/** Lets an abort (or any other event) in between pieces of mostly synchronous work. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
