import type { SearchHit } from '../../shared/domain';
import type { LibrarySession } from '../library/librarySession';

const DEFAULT_LIMIT = 50;

/** Search-as-you-type over the open library. */
export class SearchService {
  constructor(private readonly session: LibrarySession) {}

  query(text: string, limit: number = DEFAULT_LIMIT): SearchHit[] {
    return this.session.repositories().search.search(text, limit);
  }
}
