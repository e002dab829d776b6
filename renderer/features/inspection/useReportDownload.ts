import { useState } from 'react';
import { DOCX_TYPE, downloadBase64, XLSX_TYPE } from '../../ui/download';
import { useReportError } from '../../ui/useReportError';

type Exported = { fileName: string; data: string | null };

/**
 * An inspection report's export as its dialogs run it: busy while main writes it, the bytes
 * handed to the browser when the host gives them to the page, and the saved file's name to
 * confirm; a failure is shown in the interface language.
 */
export function useReportDownload() {
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const run = (format: 'docx' | 'xlsx', exported: () => Promise<Exported>) => {
    setBusy(true);
    exported()
      .then((result) => {
        if (result.data)
          downloadBase64(result.fileName, result.data, format === 'docx' ? DOCX_TYPE : XLSX_TYPE);
        setSaved(result.fileName);
      }, report)
      .finally(() => setBusy(false));
  };
  return { busy, saved, run };
}
