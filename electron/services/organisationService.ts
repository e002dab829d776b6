import type { LibrarySession } from '../library/librarySession';

/** Issue 10 (one library): see the channels in shared/contract/organisationChannels.ts. */
export class OrganisationService {
  constructor(private readonly session: LibrarySession) {}
}
