import type { WordErrorCode } from '../../shared/errors';
import type { Block } from '../../shared/import/blocks';
import type { WordLimits } from './limits';

/** What main and the import worker say to each other. */
export type WorkerRequest = { id: number; bytes: Uint8Array; limits: WordLimits };

export type WorkerAnswer =
  | { id: number; ok: true; blocks: Block[]; warnings: string[] }
  | { id: number; ok: false; code: WordErrorCode; message: string };
