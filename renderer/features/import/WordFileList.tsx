import { Button, Checkbox, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WordFileResult } from '../../../shared/contract/importChannels';
import type { FileChoice } from '../../../shared/import/confirm';

type Props = {
  files: WordFileResult[];
  choices: Record<number, FileChoice>;
  selected: number | null;
  onSelect: (index: number) => void;
  onInclude: (index: number, include: boolean) => void;
};

const STATE_COLOURS = {
  read: 'green',
  refused: 'red',
  skipped: 'default',
  waiting: 'blue',
} as const;

/** Every file of the import with what became of it: read (tick to import), refused, skipped. */
export function WordFileList({ files, choices, selected, onSelect, onInclude }: Props) {
  const { t } = useTranslation();
  const stateLabel = {
    read: t('wordImport.dialog.stateRead'),
    refused: t('wordImport.dialog.stateRefused'),
    skipped: t('wordImport.dialog.stateSkipped'),
    waiting: t('wordImport.dialog.stateWaiting'),
  };
  return (
    <ul
      aria-label={t('wordImport.dialog.title')}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {files.map((file, index) => {
        const reason =
          file.state === 'refused' && file.code
            ? t(`errors.${file.code}`)
            : file.skipped === 'notDocx'
              ? t('wordImport.dialog.skippedNotDocx')
              : file.skipped === 'stopped'
                ? t('wordImport.dialog.skippedStopped')
                : null;
        const isSelected = index === selected;
        return (
          <li
            key={`${index}-${file.fileName}`}
            data-testid="word-file"
            aria-current={isSelected ? 'true' : undefined}
            style={{
              padding: '6px 8px',
              borderRadius: 6,
              background: isSelected ? '#e6f4ff' : undefined,
              borderBottom: '1px solid #f0f0f0',
            }}
          >
            <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
              {file.preview && (
                <Checkbox
                  aria-label={`${t('wordImport.dialog.include')}: ${file.fileName}`}
                  checked={choices[index]?.include ?? false}
                  onChange={(event) => onInclude(index, event.target.checked)}
                />
              )}
              {file.preview ? (
                <Button
                  type="text"
                  size="small"
                  onClick={() => onSelect(index)}
                  style={{ flex: 1, minWidth: 0, justifyContent: 'flex-start', padding: '0 4px' }}
                  title={file.fileName}
                >
                  <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                    {file.fileName}
                  </span>
                </Button>
              ) : (
                <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }} title={file.fileName}>
                  {file.fileName}
                </Typography.Text>
              )}
              <Tag color={STATE_COLOURS[file.state]} style={{ marginInlineEnd: 0 }}>
                {stateLabel[file.state]}
              </Tag>
            </div>
            {reason && (
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {reason}
              </Typography.Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
