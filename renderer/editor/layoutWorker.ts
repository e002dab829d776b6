/// <reference lib="webworker" />
import type { ProcessGraph } from '../../shared/process';
import { layoutProcess } from '../../shared/layout/laneLayout';

/*
 * Auto-layout off the UI thread: big maps take long enough to freeze the editor otherwise.
 * The worker receives a graph and answers with the laid-out graph.
 */
self.onmessage = (event: MessageEvent<ProcessGraph>) => {
  self.postMessage(layoutProcess(event.data));
};
