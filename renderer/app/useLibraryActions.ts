import { useCallback } from 'react';
import { call } from '../api/client';
import { useReportError } from '../ui/useReportError';

/** File → New / Open library, as the header and the error screen offer them. */
export function useLibraryActions(onLibraryChanged: () => void) {
  const report = useReportError();
  const run = useCallback(
    async (channel: 'library:create' | 'library:open' | 'library:createSample') => {
      try {
        await call(channel, {});
        onLibraryChanged();
      } catch (error) {
        report(error);
      }
    },
    [onLibraryChanged, report],
  );
  return {
    newLibrary: () => void run('library:create'),
    openLibrary: () => void run('library:open'),
    sampleLibrary: () => void run('library:createSample'),
  };
}
