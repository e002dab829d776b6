import { ClockCircleOutlined } from '@ant-design/icons';
import { Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PendingNote } from '../../../shared/domain';

/*
 * The notes of changes made on the user's behalf since the last approval (issue 10): a role's
 * duties moved, a step reassigned… They wait for the approval, whose note starts from them.
 */

/** The note an approval starts from: the pending notes, one per line. */
export function approvalNoteOf(notes: readonly PendingNote[] | undefined): string {
  return (notes ?? []).map((pending) => pending.note).join('\n');
}

function NoteList({ notes }: { notes: readonly PendingNote[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18, maxWidth: 420 }} data-testid="pending-notes">
      {notes.map((pending, index) => (
        <li key={index}>
          <Typography.Text>{pending.note}</Typography.Text>{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {new Date(pending.createdAt).toLocaleString()}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/** "N 项变更待审批" in an editor's header, with the notes on hover or click. */
export function PendingNotesTag({ notes }: { notes: readonly PendingNote[] | undefined }) {
  const { t } = useTranslation();
  if (!notes?.length) return null;
  return (
    <Popover
      title={t('roleStructure.pending.title')}
      content={<NoteList notes={notes} />}
      trigger={['hover', 'click']}
    >
      <Tag color="orange" icon={<ClockCircleOutlined />} style={{ cursor: 'pointer' }}>
        {t('roleStructure.pending.count', { count: notes.length })}
      </Tag>
    </Popover>
  );
}

/** The pending notes above the approved versions in a history drawer. */
export function PendingNotesSection({ notes }: { notes: readonly PendingNote[] | undefined }) {
  const { t } = useTranslation();
  if (!notes?.length) return null;
  return (
    <section style={{ marginBottom: 16 }} aria-label={t('roleStructure.pending.historyTitle')}>
      <Typography.Title level={5}>{t('roleStructure.pending.historyTitle')}</Typography.Title>
      <NoteList notes={notes} />
    </section>
  );
}
