import { Alert, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LimitedTextArea } from '../../ui/LimitedText';

type Props = {
  open: boolean;
  nextVersion: number;
  errorCount: number;
  /** The notes of changes made on the user's behalf since the last approval (职责调整…). */
  pendingNote?: string;
  onApprove: (note: string) => void;
  onCancel: () => void;
};

/** 批准: the role becomes the next version, with a note on what changed and why (持续改进). */
export function ApproveDialog(props: Props) {
  const { open, nextVersion, errorCount, pendingNote = '', onApprove, onCancel } = props;
  const { t } = useTranslation();
  const [note, setNote] = useState(pendingNote);
  return (
    <Modal
      open={open}
      title={t('approve.title', { version: nextVersion })}
      okText={t('approve.action')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: note.trim() === '' }}
      onOk={() => onApprove(note.trim())}
      onCancel={onCancel}
      destroyOnHidden
    >
      {errorCount > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('approve.hasErrors', { count: errorCount })}
        />
      )}
      <label htmlFor="approve-note">{t('approve.note')}</label>
      <LimitedTextArea
        id="approve-note"
        value={note}
        max={2000}
        autoSize={{ minRows: 3, maxRows: 8 }}
        placeholder={t('approve.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
      />
    </Modal>
  );
}
