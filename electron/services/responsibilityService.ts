import type { LibrarySession } from '../library/librarySession';

/** Issue 10 (one library): see the channels in shared/contract/changeChannels.ts. */
export class ResponsibilityService {
  constructor(private readonly session: LibrarySession) {}
}
