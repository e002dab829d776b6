import type { AnalysisInput, ProcessAnalysis } from '../../../shared/analysis/types';

export type AnalysisReply =
  { seq: number; analysis: ProcessAnalysis } | { seq: number; error: string };

export type AnalysisRunner = {
  /** Analyses `input`; `done` gets the result unless a newer request supersedes it. */
  request: (input: AnalysisInput, done: (analysis: ProcessAnalysis) => void) => void;
  dispose: () => void;
};

/**
 * One analysis worker for an editor. Requests coalesce: while one runs, only the newest of
 * those that arrive meanwhile is kept and runs next, so a burst of edits (typing a label)
 * costs at most two runs and the answer is always about the latest map.
 */
export function createAnalysisRunner(): AnalysisRunner {
  const worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
  let seq = 0;
  let running: { seq: number; done: (analysis: ProcessAnalysis) => void } | null = null;
  let pending: { input: AnalysisInput; done: (analysis: ProcessAnalysis) => void } | null = null;

  const send = (input: AnalysisInput, done: (analysis: ProcessAnalysis) => void) => {
    seq += 1;
    running = { seq, done };
    worker.postMessage({ seq, input });
  };

  worker.onmessage = (event: MessageEvent<AnalysisReply>) => {
    const reply = event.data;
    const finished = running;
    running = null;
    if (pending) {
      send(pending.input, pending.done);
      pending = null;
    } else if (finished && finished.seq === reply.seq) {
      if ('analysis' in reply) finished.done(reply.analysis);
      else console.warn(`RoleFlow: the process analysis failed (${reply.error})`);
    }
  };
  worker.onerror = (event) => {
    running = null;
    console.warn(`RoleFlow: the process analysis worker failed (${event.message})`);
  };

  return {
    request: (input, done) => {
      if (running) pending = { input, done };
      else send(input, done);
    },
    dispose: () => worker.terminate(),
  };
}
