import { parentPort } from 'node:worker_threads';
import { readWord } from './wordReader';
import { WordRefusal } from './refusal';
import type { WorkerAnswer, WorkerRequest } from './workerMessages';

/*
 * The import worker (dist/electron/importWorker.cjs): reads Word files one at a time, off
 * main's thread, inside the heap limit main gave it. Main ends it when a file takes too long.
 */

const port = parentPort;
if (!port) throw new Error('importWorker must run as a worker thread.');

port.on('message', (request: WorkerRequest) => {
  const bytes = Buffer.from(
    request.bytes.buffer,
    request.bytes.byteOffset,
    request.bytes.byteLength,
  );
  readWord(bytes, request.limits).then(
    (read) => port.postMessage({ id: request.id, ok: true, ...read } satisfies WorkerAnswer),
    (error: unknown) => {
      const answer: WorkerAnswer =
        error instanceof WordRefusal
          ? { id: request.id, ok: false, code: error.code, message: error.message }
          : { id: request.id, ok: false, code: 'WORD_UNREADABLE', message: String(error) };
      port.postMessage(answer);
    },
  );
});
