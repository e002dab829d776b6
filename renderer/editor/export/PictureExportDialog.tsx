import { Alert, App as AntApp, Form, Modal, Radio, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/i18n';
import {
  MIN_TEXT_PT,
  summarisePicture,
  type Paper,
  type PictureOptions,
} from '../../../shared/picture';
import { useReportError } from '../../ui/useReportError';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { exportPicture, type PictureFormat, type PictureSource } from '../exportImage';
import { closePictureExport, usePictureExportSource } from './pictureExportStore';

/**
 * The picture export: format, one fitted page or tiled pages, paper and its orientation, with
 * the page count worked out as the choices change, before anything is exported. Mounted once
 * in the editor; opened by openPictureExport().
 */
export function PictureExportDialog() {
  const source = usePictureExportSource();
  return source ? <PictureExportForm source={source} /> : null;
}

function PictureExportForm({ source }: { source: PictureSource }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const [format, setFormat] = useState<PictureFormat>('pdf');
  // Portrait paper suits vertical lanes (columns, flow running down), landscape the others.
  const [options, setOptions] = useState<PictureOptions>(() => ({
    mode: 'tiled',
    paper: 'A4',
    pageOrientation: source.graph.orientation === 'vertical' ? 'portrait' : 'landscape',
  }));
  const [busy, setBusy] = useState(false);
  // Mounted only while open: focus goes back to the Export menu's button, or the map.
  useReturnFocus(true);

  const summary = useMemo(() => summarisePicture(source.graph, options), [source, options]);
  const set = <K extends keyof PictureOptions>(key: K, value: PictureOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));

  const run = async () => {
    setBusy(true);
    try {
      const name = await exportPicture(source, format, options, i18n.language as Locale);
      if (name) {
        void message.success(t('picture.dialog.done', { name }));
        closePictureExport();
      }
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const size = summary.textPt.toFixed(1);
  return (
    <Modal
      open
      title={t('picture.dialog.title')}
      okText={t('picture.dialog.export')}
      onOk={() => void run()}
      confirmLoading={busy}
      onCancel={closePictureExport}
      destroyOnHidden
    >
      <Form layout="horizontal" labelCol={{ span: 7 }} colon={false}>
        <Form.Item label={t('picture.dialog.format')}>
          <Radio.Group
            aria-label={t('picture.dialog.format')}
            value={format}
            onChange={(e) => setFormat(e.target.value as PictureFormat)}
            options={(['pdf', 'png', 'svg'] as const).map((value) => ({
              value,
              label: t(`picture.dialog.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('picture.dialog.layout')}>
          <Radio.Group
            aria-label={t('picture.dialog.layout')}
            value={options.mode}
            onChange={(e) => set('mode', e.target.value as PictureOptions['mode'])}
            options={(['fit', 'tiled'] as const).map((value) => ({
              value,
              label: t(`picture.dialog.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('picture.dialog.paper')}>
          <Radio.Group
            aria-label={t('picture.dialog.paper')}
            optionType="button"
            value={options.paper}
            onChange={(e) => set('paper', e.target.value as Paper)}
            options={['A4', 'A3']}
          />
        </Form.Item>
        <Form.Item label={t('picture.dialog.orientation')}>
          <Radio.Group
            aria-label={t('picture.dialog.orientation')}
            optionType="button"
            value={options.pageOrientation}
            onChange={(e) =>
              set('pageOrientation', e.target.value as PictureOptions['pageOrientation'])
            }
            options={(['portrait', 'landscape'] as const).map((value) => ({
              value,
              label: t(`picture.dialog.${value}`),
            }))}
          />
        </Form.Item>
      </Form>
      <div data-testid="picture-summary" aria-live="polite">
        <Typography.Paragraph strong style={{ marginBottom: 4 }}>
          {t('picture.dialog.pages', { count: summary.pages })}
          {summary.pages > 1 &&
            ` · ${t('picture.dialog.grid', { columns: summary.columns, rows: summary.rows })}`}
        </Typography.Paragraph>
        {summary.small ? (
          <Alert
            type="warning"
            showIcon
            message={t('picture.dialog.tooSmall', { size, min: MIN_TEXT_PT })}
          />
        ) : (
          <Typography.Text type="secondary">
            {t('picture.dialog.textSize', { size })}
          </Typography.Text>
        )}
        {summary.pages > 1 && format !== 'pdf' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
            {t('picture.dialog.zipNote')}
          </Typography.Paragraph>
        )}
      </div>
    </Modal>
  );
}
