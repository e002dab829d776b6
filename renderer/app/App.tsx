import { App as AntApp, ConfigProvider, Layout, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LibraryStatus } from '../../shared/domain';
import type { Locale } from '../../shared/i18n';
import { call, onAppEvent } from '../api/client';
import { changeLocale } from '../i18n/setup';
import { AppHeader } from './AppHeader';
import { LibraryErrorScreen } from './LibraryErrorScreen';
import { LibraryReadOnlyContext } from './libraryAccess';
import { LibraryWorkspace } from './LibraryWorkspace';
import { useReducedMotion } from './motion';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { theme } from './theme';

const ANT_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;

/** The shell: language, theme, header, and the open library (or why it could not open). */
export function App({ initialLocale }: { initialLocale: Locale }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  // Bumped whenever another library is opened, so the workspace starts afresh.
  const [generation, setGeneration] = useState(0);
  const reducedMotion = useReducedMotion();
  const appTheme = useMemo(
    () => (reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme),
    [reducedMotion],
  );

  const refreshStatus = useCallback(() => {
    void call('library:status', {}).then((next) => {
      setStatus(next);
      setGeneration((n) => n + 1);
    });
  }, []);

  useEffect(() => {
    refreshStatus();
    void call('app:setLocale', { locale: initialLocale });
    return onAppEvent('library:changed', refreshStatus);
  }, [initialLocale, refreshStatus]);

  const switchLocale = useCallback(async (next: Locale) => {
    await changeLocale(next);
    setLocale(next);
    await call('app:setLocale', { locale: next });
  }, []);

  return (
    <ConfigProvider locale={ANT_LOCALES[locale]} theme={appTheme}>
      <AntApp style={{ height: '100%' }}>
        <Layout style={{ height: '100%' }}>
          <AppHeader
            locale={locale}
            libraryName={status?.name ?? ''}
            onLocaleChange={(next) => void switchLocale(next)}
            onLibraryChanged={refreshStatus}
          />
          {status === null ? (
            <Spin style={{ marginTop: 120 }} />
          ) : status.state === 'error' ? (
            <LibraryErrorScreen status={status} onLibraryChanged={refreshStatus} />
          ) : (
            <LibraryReadOnlyContext.Provider value={status.readOnly !== null}>
              {status.readOnly && (
                <ReadOnlyBanner reason={status.readOnly} onLibraryChanged={refreshStatus} />
              )}
              <LibraryWorkspace key={generation} />
            </LibraryReadOnlyContext.Provider>
          )}
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
