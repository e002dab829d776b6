import { FileWordOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WordImportDialog } from './WordImportDialog';

/** "Import Word…" beside "New role": opens the import dialog; `onImported` reloads the lists. */
export function WordImportButton({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" icon={<FileWordOutlined />} onClick={() => setOpen(true)}>
        {t('wordImport.dialog.open')}
      </Button>
      {open && <WordImportDialog onClose={() => setOpen(false)} onImported={onImported} />}
    </>
  );
}
