/*
 * Caps on a Word file, checked before anything parses it (a .docx is a zip, and a 410 KB zip
 * can inflate to gigabytes). Real descriptions are tens or hundreds of kilobytes; these caps
 * leave room for pictures while keeping one file well inside the worker's memory.
 */
export const WORD_LIMITS = {
  /** The file as stored. */
  fileBytes: 20 * 1024 * 1024,
  /** Entries in the zip. */
  entries: 2000,
  /** One entry, inflated (declared or counted while inflating). */
  entryBytes: 50 * 1024 * 1024,
  /** All entries together, inflated. */
  totalBytes: 100 * 1024 * 1024,
  /** Time to read one file; past it the worker is ended. */
  millisPerFile: 15_000,
  /** Heap of the worker. */
  workerHeapMb: 768,
} as const;

export type WordLimits = { [K in keyof typeof WORD_LIMITS]: number };
