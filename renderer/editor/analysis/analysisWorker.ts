/// <reference lib="webworker" />
import { analyseProcess } from '../../../shared/analysis';
import type { AnalysisInput } from '../../../shared/analysis/types';
import type { AnalysisReply } from './analysisRunner';

/*
 * The process analysis off the interface thread: a 500-step map takes longer than a frame
 * (tests/unit/editor/analysis/viewBench.test.ts), and the editor analyses after every edit.
 */
self.onmessage = (event: MessageEvent<{ seq: number; input: AnalysisInput }>) => {
  const { seq, input } = event.data;
  let reply: AnalysisReply;
  try {
    reply = { seq, analysis: analyseProcess(input) };
  } catch (error) {
    reply = { seq, error: String(error) };
  }
  self.postMessage(reply);
};
