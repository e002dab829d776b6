import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LimitedTextArea } from '../../ui/LimitedText';
import { focusOnOpen } from '../../ui/focusOnOpen';
import { useReturnFocus } from '../../ui/useReturnFocus';

type Props = {
  open: boolean;
  nextVersion: number;
  errorCount: number;
  /** What the note starts from: the notes of changes waiting for this approval (issue 10). */
  initialNote?: string;
  /**
   * Whether the dialog asks for 批准人. Roles record it (their documents print it); process
   * approvals do not yet — their 流程说明书 has cells for hand signatures.
   */
  askApprover?: boolean;
  onApprove: (note: string, approver: string) => void;
  onCancel: () => void;
};

/** The last 批准人 given on this computer: the same person approves most versions. */
const LAST_APPROVER_KEY = 'roleflow.lastApprover';

function lastApprover(): string {
  try {
    return window.localStorage.getItem(LAST_APPROVER_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberApprover(name: string): void {
  try {
    window.localStorage.setItem(LAST_APPROVER_KEY, name);
  } catch {
    // Storage refused (private mode, quota): the field just starts empty next time.
  }
}

/**
 * 批准: the role becomes the next version, with a note on what changed and why (持续改进) and
 * who approved it (批准人, printed on the documents of this version).
 */
export function ApproveDialog(props: Props) {
  const { open, nextVersion, errorCount, initialNote = '', onApprove, onCancel } = props;
  const askApprover = props.askApprover ?? true;
  const { t } = useTranslation();
  const [note, setNote] = useState(open ? initialNote : '');
  const [approver, setApprover] = useState(lastApprover);
  const [approverTouched, setApproverTouched] = useState(false);
  useReturnFocus(open);
  const approverMissing = askApprover && approver.trim() === '';
  // Each opening starts from the pending notes as they are then.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setNote(initialNote);
      setApprover(lastApprover());
      setApproverTouched(false);
    }
  }
  return (
    <Modal
      open={open}
      title={t('approve.title', { version: nextVersion })}
      okText={t('approve.action')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: note.trim() === '' || approverMissing }}
      onOk={() => {
        if (askApprover) rememberApprover(approver.trim());
        onApprove(note.trim(), askApprover ? approver.trim() : '');
      }}
      onCancel={onCancel}
      afterOpenChange={focusOnOpen('approve-note')}
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
        // The dialog asks for this note first: focus starts in it, not on the close button.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        id="approve-note"
        value={note}
        max={2000}
        autoSize={{ minRows: 3, maxRows: 8 }}
        placeholder={t('approve.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
      />
      {askApprover && (
        <>
          <label htmlFor="approve-approver" style={{ display: 'block', marginTop: 12 }}>
            {t('approve.approver')}
          </label>
          <Input
            id="approve-approver"
            value={approver}
            maxLength={100}
            status={approverTouched && approverMissing ? 'error' : undefined}
            aria-invalid={approverTouched && approverMissing}
            aria-describedby={
              approverTouched && approverMissing ? 'approve-approver-error' : undefined
            }
            placeholder={t('approve.approverPlaceholder')}
            onChange={(e) => setApprover(e.target.value)}
            onBlur={() => setApproverTouched(true)}
          />
          {approverTouched && approverMissing && (
            <Typography.Text id="approve-approver-error" type="danger">
              {t('approve.approverRequired')}
            </Typography.Text>
          )}
        </>
      )}
    </Modal>
  );
}
