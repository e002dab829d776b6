import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Segmented, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n';
import { ROLE_TEMPLATES } from '../../shared/domain';
import { AnalysisSettingsDialog } from '../features/analysis/AnalysisSettingsDialog';
import { DocumentSettingsDialog } from '../features/export/DocumentSettingsDialog';
import { useLibraryReadOnly } from './libraryAccess';
import { useDefaultTemplate, useLibraryActions } from './useLibraryActions';
import { useMenuTrigger } from '../ui/useMenuTrigger';

type Props = {
  locale: Locale;
  libraryName: string;
  onLocaleChange: (locale: Locale) => void;
  onLibraryChanged: () => void;
};

export function AppHeader({ locale, libraryName, onLocaleChange, onLibraryChanged }: Props) {
  const { t } = useTranslation();
  const { newLibrary, openLibrary, sampleLibrary } = useLibraryActions(onLibraryChanged);
  const { defaultTemplate, setDefaultTemplate } = useDefaultTemplate(libraryName);
  const [analysisSettings, setAnalysisSettings] = useState(false);
  const [documentSettings, setDocumentSettings] = useState(false);
  const readOnly = useLibraryReadOnly();
  const closeDocumentSettings = useCallback(() => setDocumentSettings(false), []);
  const fileMenu = useMenuTrigger();
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      <Typography.Text strong style={{ color: '#fff', fontSize: 17, letterSpacing: 0.3 }}>
        {t('app.name')}
      </Typography.Text>
      <Dropdown
        {...fileMenu.dropdown}
        menu={{
          id: fileMenu.menuId,
          items: [
            { key: 'new', label: t('app.newLibrary'), onClick: newLibrary },
            { key: 'open', label: t('app.openLibrary'), onClick: openLibrary },
            { key: 'sample', label: t('app.sampleLibrary'), onClick: sampleLibrary },
            { type: 'divider' },
            {
              key: 'template',
              label: t('app.defaultTemplate'),
              children: ROLE_TEMPLATES.map((template) => ({
                key: `template-${template}`,
                label: `${template === defaultTemplate ? '✓ ' : ''}${t(`enums.template.${template}`)}`,
                onClick: () => setDefaultTemplate(template),
              })),
            },
            {
              key: 'analysisSettings',
              label: t('analysis.inputs.settings.menu'),
              disabled: !libraryName,
              onClick: () => setAnalysisSettings(true),
            },
            {
              key: 'documentSettings',
              label: t('documentSettings.menu'),
              disabled: !libraryName,
              onClick: () => setDocumentSettings(true),
            },
          ],
        }}
      >
        <Button type="text" style={{ color: '#dbe6f3' }} {...fileMenu.trigger}>
          <Space size={4}>
            {t('app.file')}
            {/* The caret is decoration: the button's name is its visible text. */}
            <DownOutlined aria-hidden />
          </Space>
        </Button>
      </Dropdown>
      <Typography.Text style={{ color: '#9fb5cc' }} data-testid="library-name">
        {libraryName && t('app.library', { name: libraryName })}
      </Typography.Text>
      <div style={{ flex: 1 }} />
      <Segmented<Locale>
        aria-label={t('app.language')}
        size="small"
        value={locale}
        onChange={onLocaleChange}
        options={[
          { label: '简体中文', value: 'zh-CN' },
          { label: 'English', value: 'en' },
        ]}
      />
      <AnalysisSettingsDialog
        open={analysisSettings}
        readOnly={readOnly}
        onClose={() => setAnalysisSettings(false)}
      />
      <DocumentSettingsDialog
        open={documentSettings}
        readOnly={readOnly}
        onClose={closeDocumentSettings}
      />
    </Layout.Header>
  );
}
