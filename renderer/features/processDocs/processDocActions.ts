import { App as AntApp } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadBase64, DOCX_TYPE } from '../../ui/download';

/** The document's language follows the interface: English → process description, else 流程说明书. */
export function documentLocale(language: string): 'en' | 'zh-CN' {
  return language === 'en' ? 'en' : 'zh-CN';
}

/** Exports one process as a 流程说明书; resolves with the file's name (null if cancelled). */
export async function exportProcessDoc(id: number, language: string): Promise<string | null> {
  try {
    const result = await call('export:processDoc', { id, locale: documentLocale(language) });
    if (result.data) downloadBase64(result.fileName, result.data, DOCX_TYPE);
    return result.fileName;
  } catch (error) {
    if ((error as { code?: string }).code === 'CANCELLED') return null;
    throw error;
  }
}

/** The editor's export, with a progress message while the pictures and the document are made. */
export function useExportProcessDoc(report: (error: unknown) => void) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  return useCallback(
    (id: number) => {
      const key = `process-doc-${id}`;
      void message.open({ key, type: 'loading', content: t('processDoc.working'), duration: 0 });
      exportProcessDoc(id, i18n.language).then(
        (name) => {
          if (name === null) message.destroy(key);
          else
            void message.open({ key, type: 'success', content: t('processDoc.saved', { name }) });
        },
        (error: unknown) => {
          message.destroy(key);
          report(error);
        },
      );
    },
    [t, i18n.language, message, report],
  );
}
