import type { LibrarySession } from '../library/librarySession';

/** Issue 10 (one library): see the channels in shared/contract/linkChannels.ts. */
export class LinkService {
  constructor(private readonly session: LibrarySession) {}
}
