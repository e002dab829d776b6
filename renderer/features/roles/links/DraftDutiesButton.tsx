import { BulbOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorDuty } from '../roleDraft';
import { DraftDutiesDrawer } from './DraftDutiesDrawer';

/** "从流程起草职责" above the duty table, and the drawer of drafts it opens. */
export function DraftDutiesButton(props: {
  duties: EditorDuty[];
  onChange: (duties: EditorDuty[]) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<BulbOutlined />} style={{ marginBottom: 8 }} onClick={() => setOpen(true)}>
        {t('alignment.links.draft')}
      </Button>
      <DraftDutiesDrawer
        open={open}
        duties={props.duties}
        onClose={() => setOpen(false)}
        onAccept={(duty) => props.onChange([...props.duties, duty])}
      />
    </>
  );
}
