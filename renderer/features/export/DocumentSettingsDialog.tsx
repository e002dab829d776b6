import { App as AntApp, Button, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LIMITS,
  LOGO_MAX_BYTES,
  logoTypeOf,
  unknownDocumentNumberToken,
  ZH_LAYOUTS,
  type DocumentSettings,
} from '../../../shared/documentSettings';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { useReturnFocus } from '../../ui/useReturnFocus';

type Props = { open: boolean; readOnly: boolean; onClose: () => void };
type TextField = 'organisationName' | 'documentNumber' | 'confidentiality';

/**
 * The organisation's document settings: its name and logo (handbook cover, running header),
 * the document-number scheme, the confidentiality line and the Chinese layout. Problems show
 * at their field before saving; main checks the logo's bytes and the tokens again.
 */
export function DocumentSettingsDialog(props: Props) {
  useReturnFocus(props.open);
  // Mounted on each opening, so the draft starts from what the library holds now.
  return props.open ? <LoadedSettings {...props} /> : null;
}

function LoadedSettings({ readOnly, onClose }: Props) {
  const [stored, setStored] = useState<DocumentSettings | null>(null);
  const report = useReportError();
  useEffect(() => {
    let current = true;
    call('documentSettings:get', {}).then(
      (settings) => current && setStored(settings),
      (error: unknown) => {
        report(error);
        onClose();
      },
    );
    return () => {
      current = false;
    };
  }, [report, onClose]);
  return stored ? <SettingsModal stored={stored} readOnly={readOnly} onClose={onClose} /> : null;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function SettingsModal(props: {
  stored: DocumentSettings;
  readOnly: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const [draft, setDraft] = useState(props.stored);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const textProblem = (field: TextField): string | null => {
    if (draft[field].length > LIMITS[field]) {
      return t('documentSettings.tooLong', { limit: LIMITS[field] });
    }
    const token = field === 'documentNumber' ? unknownDocumentNumberToken(draft[field]) : null;
    return token === null ? null : t('documentSettings.unknownToken', { token: `{${token}}` });
  };
  const fields: TextField[] = ['organisationName', 'documentNumber', 'confidentiality'];
  const hasProblems = fields.some((f) => textProblem(f) !== null);

  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) return setLogoProblem(t('documentSettings.logoTooLarge'));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = logoTypeOf(bytes);
    if (type === null) return setLogoProblem(t('documentSettings.logoNotImage'));
    setLogoProblem(null);
    setDraft({ ...draft, logo: { type, data: bytesToBase64(bytes) } });
  };

  const save = () => {
    setSaving(true);
    call('documentSettings:set', draft).then(
      () => {
        void message.success(t('documentSettings.saved'));
        props.onClose();
      },
      (error: unknown) => {
        setSaving(false);
        report(error);
      },
    );
  };

  const hints: Record<TextField, string | null> = {
    organisationName: t('documentSettings.organisationHint'),
    documentNumber: t('documentSettings.documentNumberHint'),
    confidentiality: t('documentSettings.confidentialityHint'),
  };

  return (
    <Modal
      open
      title={t('documentSettings.title')}
      onCancel={props.onClose}
      maskClosable={false}
      footer={
        <Button
          type="primary"
          loading={saving}
          disabled={props.readOnly || hasProblems}
          onClick={save}
        >
          {t('documentSettings.save')}
        </Button>
      }
    >
      <Form layout="vertical" disabled={props.readOnly}>
        {fields.map((field) => {
          const problem = textProblem(field);
          return (
            <Form.Item
              key={field}
              label={t(`documentSettings.${field}`)}
              validateStatus={problem ? 'error' : undefined}
              help={problem ?? hints[field]}
            >
              <Input
                aria-label={t(`documentSettings.${field}`)}
                value={draft[field]}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              />
            </Form.Item>
          );
        })}
        <Form.Item
          label={t('documentSettings.logo')}
          validateStatus={logoProblem ? 'error' : undefined}
          help={logoProblem ?? undefined}
        >
          <Space>
            {draft.logo ? (
              <img
                alt={t('documentSettings.logo')}
                src={`data:${draft.logo.type};base64,${draft.logo.data}`}
                style={{ maxHeight: 48, maxWidth: 160 }}
              />
            ) : (
              <Typography.Text type="secondary">{t('documentSettings.noLogo')}</Typography.Text>
            )}
            <Button onClick={() => picker.current?.click()}>
              {t('documentSettings.chooseLogo')}
            </Button>
            {draft.logo && (
              <Button onClick={() => setDraft({ ...draft, logo: null })}>
                {t('documentSettings.removeLogo')}
              </Button>
            )}
          </Space>
          <input
            ref={picker}
            type="file"
            accept="image/png,image/jpeg"
            style={{ display: 'none' }}
            data-testid="logo-file"
            onChange={(event) => void chooseLogo(event.target.files?.[0])}
          />
        </Form.Item>
        <Form.Item label={t('documentSettings.zhLayout')}>
          <Radio.Group
            value={draft.zhLayout}
            onChange={(event) =>
              setDraft({ ...draft, zhLayout: event.target.value as DocumentSettings['zhLayout'] })
            }
            options={ZH_LAYOUTS.map((value) => ({
              value,
              label: t(`documentSettings.${value}`),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
