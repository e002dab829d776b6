import { useCallback, useEffect, useState } from 'react';
import type { RoleTemplate } from '../../shared/domain';
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

/** The open library's default template for new roles (reloaded when another library opens). */
export function useDefaultTemplate(libraryName: string) {
  const report = useReportError();
  const [defaultTemplate, setTemplate] = useState<RoleTemplate | null>(null);
  useEffect(() => {
    if (!libraryName) return;
    call('library:settings', {}).then(
      (settings) => setTemplate(settings.defaultTemplate),
      () => undefined,
    );
  }, [libraryName]);
  const setDefaultTemplate = (template: RoleTemplate) =>
    void call('library:setSettings', { defaultTemplate: template }).then(
      (settings) => setTemplate(settings.defaultTemplate),
      report,
    );
  return { defaultTemplate, setDefaultTemplate };
}
