import { Alert, Button, Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepKey } from '../../../../shared/alignment/library';
import type { DraftedDuty } from '../../../../shared/links/draftDuties';
import { call } from '../../../api/client';
import { LimitedTextArea } from '../../../ui/LimitedText';
import { editorDutyOf, type EditorDuty } from '../roleDraft';
import { useLinkData } from './LinkContext';
import { stepName } from './StepPicker';

type Props = {
  open: boolean;
  duties: EditorDuty[];
  onClose: () => void;
  onAccept: (duty: EditorDuty) => void;
};

/**
 * "从流程起草职责": the duties drafted from the role's R/A steps (links:draftDuties). Each is
 * accepted (added to the editor's duties, saved with the role), edited first, or rejected;
 * either way it leaves the list. A draft whose steps the editor's duties already link is not
 * offered again, saved or not.
 */
export function DraftDutiesDrawer({ open, duties, onClose, onAccept }: Props) {
  const { t } = useTranslation();
  const data = useLinkData();
  const [drafts, setDrafts] = useState<DraftedDuty[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(new Map());
  const roleId = data?.roleId ?? null;
  useEffect(() => {
    if (!open || roleId === null) return;
    let current = true;
    call('links:draftDuties', { roleId }).then(
      (list) => {
        if (!current) return;
        setFailed(false);
        setDrafts(list);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [open, roleId]);
  const linked = new Set(
    duties.flatMap((duty) => (duty.steps ?? []).map((s) => stepKey(s.processId, s.nodeId))),
  );
  const shown = (drafts ?? []).filter(
    (draft) =>
      !rejected.has(draft.key) &&
      !draft.duty.steps.some((s) => linked.has(stepKey(s.processId, s.nodeId))),
  );
  const candidates = new Map(
    (data?.candidates ?? []).map((c) => [stepKey(c.processId, c.nodeId), c]),
  );
  const names = new Map((data?.candidates ?? []).map((c) => [c.processId, c.processName]));
  const roleTitles = new Map((data?.roles ?? []).map((r) => [r.id, r.title]));
  return (
    <Drawer open={open} onClose={onClose} width={640} title={t('alignment.links.drawerTitle')}>
      <Typography.Paragraph type="secondary">
        {t('alignment.links.drawerIntro')}
      </Typography.Paragraph>
      {failed && <Alert type="error" showIcon message={t('errors.INTERNAL')} />}
      {drafts !== null && shown.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('alignment.links.drawerEmpty')}
        />
      )}
      <List
        dataSource={shown}
        rowKey={(draft) => draft.key}
        renderItem={(draft, index) => {
          const text = texts.get(draft.key) ?? draft.duty.text;
          const { duty } = draft;
          return (
            <List.Item data-testid="drafted-duty" style={{ display: 'block' }}>
              <LimitedTextArea
                aria-label={t('alignment.links.draftText', { n: index + 1 })}
                autoSize={{ minRows: 1, maxRows: 4 }}
                max={2000}
                value={text}
                onChange={(e) => setTexts(new Map(texts).set(draft.key, e.target.value))}
              />
              <Space size={[4, 4]} wrap style={{ margin: '6px 0' }}>
                <Tag>{t(`enums.category.${duty.category ?? 'execute'}`)}</Tag>
                {duty.frequency && (
                  <Tag>
                    {t(`enums.frequency.${duty.frequency}`)}
                    {duty.occurrencesPerYear !== null &&
                      ` · ${t('alignment.links.occurrences', { count: duty.occurrencesPerYear })}`}
                  </Tag>
                )}
                {duty.minutesPerOccurrence !== null && (
                  <Tag>{t('alignment.links.minutes', { minutes: duty.minutesPerOccurrence })}</Tag>
                )}
                {duty.steps.map((s) => (
                  <Tag key={stepKey(s.processId, s.nodeId)} color="blue">
                    {t('alignment.links.chip', {
                      process: names.get(s.processId) ?? '',
                      step: stepName({
                        stepNumber:
                          candidates.get(stepKey(s.processId, s.nodeId))?.stepNumber ?? null,
                        label: s.label,
                      }),
                    })}
                  </Tag>
                ))}
              </Space>
              <DraftFacts
                rows={[
                  [t('alignment.links.standard'), duty.standard],
                  [
                    t('alignment.links.partners'),
                    duty.partnerRoleIds.map((id) => roleTitles.get(id) ?? `#${id}`).join('、'),
                  ],
                ]}
              />
              <Space style={{ marginTop: 6 }}>
                <Button
                  type="primary"
                  size="small"
                  onClick={() => onAccept(editorDutyOf({ ...duty, text }, names))}
                >
                  {t('alignment.links.accept')}
                </Button>
                <Button size="small" onClick={() => setRejected(new Set(rejected).add(draft.key))}>
                  {t('alignment.links.reject')}
                </Button>
              </Space>
            </List.Item>
          );
        }}
      />
    </Drawer>
  );
}

function DraftFacts({ rows }: { rows: [string, string][] }) {
  const { t } = useTranslation();
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: '120px 1fr', gap: '2px 8px', fontSize: 13 }}
    >
      {rows.map(([label, value]) => (
        <Typography.Text key={label} style={{ display: 'contents' }}>
          <Typography.Text type="secondary">{label}</Typography.Text>
          <span>{value || t('alignment.links.none')}</span>
        </Typography.Text>
      ))}
    </div>
  );
}
