import type { ProcessGraph } from '../../../shared/process';

/**
 * Undo and redo for the process editor. Every edit is a named command producing a new,
 * immutable graph; the history keeps the graphs before and after, so undo restores exactly
 * what was there (structural sharing keeps this cheap).
 */
export type History = {
  past: { name: string; graph: ProcessGraph }[];
  present: ProcessGraph;
  future: { name: string; graph: ProcessGraph }[];
  /** Set by a command that merges with its successor (typing a label is one undo step). */
  mergeKey?: string;
};

/** Enough for a working session; the oldest steps fall off first. */
const LIMIT = 200;

export function startHistory(graph: ProcessGraph): History {
  return { past: [], present: graph, future: [] };
}

/**
 * Records a command's result; a command that changed nothing is not an undo step. Commands
 * with the same `mergeKey` in a row (each keystroke of one label) make a single undo step.
 */
export function execute(
  history: History,
  name: string,
  next: ProcessGraph,
  mergeKey?: string,
): History {
  if (next === history.present) return history;
  if (mergeKey !== undefined && mergeKey === history.mergeKey) {
    return { ...history, present: next, future: [] };
  }
  const past = [...history.past, { name, graph: history.present }].slice(-LIMIT);
  return { past, present: next, future: [], mergeKey };
}

export function undo(history: History): History {
  const last = history.past[history.past.length - 1];
  if (!last) return history;
  return {
    past: history.past.slice(0, -1),
    present: last.graph,
    future: [{ name: last.name, graph: history.present }, ...history.future],
  };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return {
    past: [...history.past, { name: next.name, graph: history.present }],
    present: next.graph,
    future: rest,
  };
}

/** Names of the steps undo and redo would take, for the toolbar's tooltips. */
export function undoName(history: History): string | null {
  return history.past[history.past.length - 1]?.name ?? null;
}

export function redoName(history: History): string | null {
  return history.future[0]?.name ?? null;
}
