import type { WordErrorCode } from '../../shared/errors';

/** Why a Word file was not read; the code reaches the user, the message the logs. */
export class WordRefusal extends Error {
  constructor(
    readonly code: WordErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WordRefusal';
  }
}
