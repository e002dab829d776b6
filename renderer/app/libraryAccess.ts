import { createContext, useContext } from 'react';

/**
 * Whether the open library may be written. A read-only library (write-protected file or
 * folder, or another program holding it) is still read and exported; every save control
 * asks here and is disabled, so the user learns it before typing, not on saving.
 */
export const LibraryReadOnlyContext = createContext(false);

/** True when the open library cannot be written. */
export function useLibraryReadOnly(): boolean {
  return useContext(LibraryReadOnlyContext);
}
