import type { LibrarySession } from '../library/librarySession';

/** Issue 10 (one library): see the channels in shared/contract/checkChannels.ts. */
export class LibraryChecksService {
  constructor(private readonly session: LibrarySession) {}
}
