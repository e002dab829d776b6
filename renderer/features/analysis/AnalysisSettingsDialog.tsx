import { App as AntApp, Button, Form, InputNumber, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  analysisSettingsSchema,
  DEFAULT_ANALYSIS_SETTINGS,
  DEFAULT_THRESHOLDS,
  TIME_BASES,
  type AnalysisSettings,
  type TimeBasis,
} from '../../../shared/analysis/settings';
import { call } from '../../api/client';
import { reloadAnalysisLibrary, useAnalysisLibrary } from '../../editor/analysis/analysisLibrary';
import { numberProblems } from '../../editor/panels/analysis/numberProblems';
import { useReportError } from '../../ui/useReportError';
import { useReturnFocus } from '../../ui/useReturnFocus';
import {
  staffingDraftOf,
  staffingFromDraft,
  StaffingSettingsFields,
  type StaffingDraft,
} from './StaffingSettingsFields';
import { ThresholdTable, type ThresholdDraft } from './ThresholdTable';

type Props = { open: boolean; readOnly: boolean; onClose: () => void };

type Draft = {
  timeBasis: TimeBasis;
  standardHours: number | null;
  thresholds: ThresholdDraft;
  staffing: StaffingDraft;
};

/**
 * The library's settings of the process analysis: what a day of waiting is (工作日 480 /
 * 日历日 1,440 minutes), the standard hours a year an annual role cost pays for, and the rule
 * thresholds. Saved in the library file (analysis:setSettings); every view then analyses anew.
 */
export function AnalysisSettingsDialog({ open, readOnly, onClose }: Props) {
  const stored = useAnalysisLibrary()?.settings ?? DEFAULT_ANALYSIS_SETTINGS;
  useReturnFocus(open);
  // Mounted on each opening, so the draft starts from what the library holds now.
  return open ? <SettingsModal stored={stored} readOnly={readOnly} onClose={onClose} /> : null;
}

function SettingsModal(props: {
  stored: AnalysisSettings;
  readOnly: boolean;
  onClose: () => void;
}) {
  const { stored, readOnly, onClose } = props;
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const [draft, setDraft] = useState<Draft>({
    ...stored,
    staffing: staffingDraftOf(stored.staffing),
  });
  const [saving, setSaving] = useState(false);

  const staffing = staffingFromDraft(draft.staffing);
  const checked = analysisSettingsSchema.safeParse({ ...draft, staffing });
  const hoursProblems = numberProblems(
    t,
    analysisSettingsSchema.shape.standardHours,
    draft.standardHours,
  );

  const save = async (settings: AnalysisSettings) => {
    setSaving(true);
    try {
      await call('analysis:setSettings', settings);
      await reloadAnalysisLibrary();
      void message.success(t('analysis.inputs.settings.saved'));
      onClose();
    } catch (error) {
      report(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={t('analysis.inputs.settings.title')}
      onCancel={onClose}
      okText={t('analysis.inputs.settings.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: readOnly || !checked.success, loading: saving }}
      onOk={() => checked.success && void save(checked.data)}
      destroyOnHidden
    >
      <Form layout="vertical" component="div" disabled={readOnly}>
        <Form.Item label={t('analysis.inputs.settings.timeBasis')} htmlFor="analysis-time-basis">
          <Radio.Group
            id="analysis-time-basis"
            value={draft.timeBasis}
            onChange={(e) => setDraft({ ...draft, timeBasis: e.target.value as TimeBasis })}
          >
            {TIME_BASES.map((basis) => (
              <Radio key={basis} value={basis}>
                {t(`analysis.inputs.basis.${basis}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label={t('analysis.inputs.settings.standardHours')}
          htmlFor="analysis-standard-hours"
          validateStatus={hoursProblems.length ? 'error' : undefined}
          help={hoursProblems.join(' ') || t('analysis.inputs.settings.standardHoursHint')}
        >
          <InputNumber
            id="analysis-standard-hours"
            style={{ width: 160 }}
            value={draft.standardHours}
            onChange={(value) =>
              setDraft({ ...draft, standardHours: typeof value === 'number' ? value : null })
            }
          />
        </Form.Item>
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
          <Typography.Text strong>{t('analysis.inputs.settings.thresholds')}</Typography.Text>
          <Button
            size="small"
            onClick={() => setDraft({ ...draft, thresholds: DEFAULT_THRESHOLDS })}
          >
            {t('analysis.inputs.settings.reset')}
          </Button>
        </Space>
        <ThresholdTable
          value={draft.thresholds}
          onChange={(key, value) =>
            setDraft({ ...draft, thresholds: { ...draft.thresholds, [key]: value } })
          }
        />
        <div style={{ marginTop: 16 }}>
          <StaffingSettingsFields
            value={draft.staffing}
            onChange={(value) => setDraft({ ...draft, staffing: value })}
          />
        </div>
      </Form>
    </Modal>
  );
}
