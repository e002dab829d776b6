import { FileExcelOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetRequest } from '../../../shared/contract/sheetChannels';
import { LOCALES, type Locale } from '../../../shared/i18n/locales';
import { call } from '../../api/client';
import { downloadBase64, XLSX_TYPE } from '../../ui/download';
import { useReportError } from '../../ui/useReportError';

/** What a screen asks for: its kind and scope; the interface language is added here. */
export type SheetScope = SheetRequest extends infer R
  ? R extends SheetRequest
    ? Omit<R, 'locale'>
    : never
  : never;

type Props = {
  scope: SheetScope;
  size?: 'small' | 'middle';
  /** Said on hover: what the sheet holds when the screen could mislead (a map's unsaved edits). */
  title?: string;
  disabled?: boolean;
  /** Icon only (a narrow pane, a crowded tab bar): the label is its tooltip and its name. */
  compact?: boolean;
};

/**
 * "导出 Excel / Export to Excel": main builds the workbook from the data this screen shows, in
 * the interface language; Electron asks where to save it, the browser host hands it over as
 * a download. A cancelled dialog is no error.
 */
export function ExportSheetButton(props: Props) {
  const { scope, size = 'middle', title, disabled, compact = false } = props;
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const locale: Locale = LOCALES.find((l) => l === i18n.language) ?? 'en';

  const exportSheet = async () => {
    setBusy(true);
    try {
      const result = await call('export:sheet', { ...scope, locale });
      if (result.data) downloadBase64(result.fileName, result.data, XLSX_TYPE);
      void message.success(t('sheets.exported', { name: result.fileName }));
    } catch (error) {
      if ((error as { code?: string }).code !== 'CANCELLED') report(error);
    } finally {
      setBusy(false);
    }
  };

  const label = t('sheets.button');
  const button = (
    <Button
      size={size}
      icon={<FileExcelOutlined />}
      loading={busy}
      disabled={disabled}
      title={compact ? undefined : title}
      aria-label={label}
      onClick={() => void exportSheet()}
    >
      {compact ? null : label}
    </Button>
  );
  return compact ? (
    <Tooltip title={title ? `${label} · ${title}` : label}>{button}</Tooltip>
  ) : (
    button
  );
}
