import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WordErrorCode } from '../../shared/errors';
import type { Block } from '../../shared/import/blocks';
import { WORD_LIMITS, type WordLimits } from './limits';
import type { WorkerAnswer, WorkerRequest } from './workerMessages';

/*
 * Main's side of the import worker: one file at a time, each with a time limit. A file that
 * takes too long, exhausts the worker's heap or crashes it costs only that worker: it is
 * ended and the next file gets a fresh one. Main's thread never parses a Word file.
 */

export type WordRead =
  | { ok: true; blocks: Block[]; warnings: string[] }
  | { ok: false; code: WordErrorCode; message: string }
  | { ok: false; code: 'CANCELLED'; message: string };

/**
 * The built worker beside the built main (dist/electron/importWorker.cjs). The browser host
 * runs from dist/host/, so both look in ../electron from their own folder.
 */
export function defaultWorkerPath(): string {
  return path.join(__dirname, '..', 'electron', 'importWorker.cjs');
}

export class WordWorker {
  private worker: Worker | null = null;
  private nextId = 1;

  constructor(
    /** Resolved when the first file is read: the services are made before any import. */
    private readonly workerPath: string | null = null,
    private readonly limits: WordLimits = WORD_LIMITS,
  ) {}

  read(bytes: Buffer, signal?: AbortSignal): Promise<WordRead> {
    if (signal?.aborted) return Promise.resolve(cancelled());
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<WordRead>((resolve) => {
      const finish = (result: WordRead, endWorker: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        if (endWorker) this.end(worker);
        resolve(result);
      };
      const onMessage = (answer: WorkerAnswer) => {
        if (answer.id !== id) return;
        finish(
          answer.ok ? answer : { ok: false, code: answer.code, message: answer.message },
          false,
        );
      };
      const onError = (error: Error) =>
        finish({ ok: false, code: 'WORD_UNREADABLE', message: error.message }, true);
      const onExit = (code: number) =>
        finish({ ok: false, code: 'WORD_UNREADABLE', message: `worker exited (${code})` }, true);
      const onAbort = () => finish(cancelled(), true);
      const timer = setTimeout(
        () => finish({ ok: false, code: 'WORD_TOO_SLOW', message: 'took too long' }, true),
        this.limits.millisPerFile,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal?.addEventListener('abort', onAbort);
      // A copy is sent: the caller keeps its bytes (a preview may be read again).
      const request: WorkerRequest = { id, bytes: new Uint8Array(bytes), limits: this.limits };
      worker.postMessage(request);
    });
  }

  /** Ends the worker (after a job, or when the library closes). */
  close(): void {
    if (this.worker) this.end(this.worker);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath ?? defaultWorkerPath(), {
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.workerHeapMb,
        maxYoungGenerationSizeMb: 64,
      },
    });
    // An idle worker does not keep the process (a test, the browser host's shutdown) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private end(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }
}

function cancelled(): WordRead {
  return { ok: false, code: 'CANCELLED', message: 'cancelled' };
}
