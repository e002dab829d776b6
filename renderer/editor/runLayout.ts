import type { ProcessGraph } from '../../shared/process';

/** Lays the graph out in a Web Worker; the editor stays responsive on big maps. */
export function runLayout(graph: ProcessGraph): Promise<ProcessGraph> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ProcessGraph>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(graph);
  });
}
