import { BookOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Empty, Input, Layout, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../../shared/domain';
import { PROCESS_CLASSES, type ProcessClass, type ProcessSummary } from '../../../shared/process';
import { call } from '../../api/client';
import { ProcessEditor } from '../../editor/ProcessEditor';
import { setFocusMode, useFocusMode } from '../../editor/view/focusMode';
import { useNarrowWindow } from '../../app/useNarrowWindow';
import { isTabStop, moveInListbox } from '../../ui/listboxKeys';
import { PaneDrawer } from '../../ui/PaneDrawer';
import { useReportError } from '../../ui/useReportError';
import { BpmnImportDialog } from './BpmnImportDialog';
import { ProcessHandbookExport } from '../processDocs/ProcessHandbookExport';

type Props = {
  departments: Department[];
  onDirtyChange: (dirty: boolean) => void;
  /** In a narrow window the list is a drawer, opened from the view bar. */
  listOpen: boolean;
  onListClose: () => void;
  /** The process to open on arrival (from the inspection view's improvement actions). */
  initialProcessId?: number | null;
};

/**
 * 工作流程: the library's processes, filtered by class and department, and the editor. In a
 * narrow window (200 % zoom) the list folds into a drawer so the map keeps the width.
 */
export function ProcessesView({
  departments,
  onDirtyChange,
  listOpen,
  onListClose,
  initialProcessId = null,
}: Props) {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  const report = useReportError();
  const [processClass, setProcessClass] = useState<ProcessClass | null>(null);
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const [handbookOpen, setHandbookOpen] = useState(false);
  const closeHandbook = useCallback(() => setHandbookOpen(false), []);
  const [query, setQuery] = useState('');
  const [processes, setProcesses] = useState<ProcessSummary[]>([]);
  const [roles, setRoles] = useState<RoleSummary[]>([]);
  const [selected, setSelected] = useState<number | null>(initialProcessId);
  const dirty = useRef(false);
  const narrow = useNarrowWindow();
  // Focus mode folds the list away while a map is open; leaving the view restores it.
  const focused = useFocusMode() && selected !== null;
  useEffect(() => () => setFocusMode(false), []);

  const reload = useCallback(
    () => call('process:list', { processClass, departmentId }).then(setProcesses, report),
    [processClass, departmentId, report],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    call('role:list', { departmentId: null }).then(setRoles, report);
  }, [report]);

  const open = (id: number) => {
    onListClose();
    if (id === selected) return;
    if (!dirty.current) {
      setSelected(id);
      return;
    }
    modal.confirm({
      title: t('processes.discard'),
      okText: t('common.discard'),
      cancelText: t('common.cancel'),
      onOk: () => {
        dirty.current = false;
        onDirtyChange(false);
        setSelected(id);
      },
    });
  };

  const create = () =>
    call('process:create', { name: t('processes.newName'), departmentId }).then((process) => {
      void reload();
      open(process.id);
    }, report);

  const fileInput = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState<File | null>(null);
  const imported = (processIds: number[]) => {
    void reload();
    const [first] = processIds;
    if (first !== undefined) open(first);
  };

  const needle = query.trim().toLowerCase();
  const shown = needle
    ? processes.filter((p) => `${p.code} ${p.name}`.toLowerCase().includes(needle))
    : processes;
  const anySelected = shown.some((p) => p.id === selected);

  const list = (
    <>
      <Typography.Title level={5} style={{ margin: '0 0 8px', whiteSpace: 'nowrap' }}>
        {t('views.processes')}
      </Typography.Title>
      {/* The buttons wrap rather than run out of the column (long English labels). */}
      <div style={{ marginBottom: 8 }}>
        <Space size={4} wrap>
          <Button size="small" icon={<ImportOutlined />} onClick={() => fileInput.current?.click()}>
            {t('processes.importBpmn')}
          </Button>
          {/* The handbook of the department filtered on, or of the whole library. */}
          <Button size="small" icon={<BookOutlined />} onClick={() => setHandbookOpen(true)}>
            {t('processDoc.handbook')}
          </Button>
          <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => void create()}>
            {t('processes.add')}
          </Button>
        </Space>
        <input
          ref={fileInput}
          type="file"
          accept=".bpmn,.xml"
          aria-label={t('processes.importBpmn')}
          style={{ display: 'none' }}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) setImporting(file);
          }}
        />
      </div>
      <Space direction="vertical" style={{ width: '100%', marginBottom: 8 }}>
        <Input.Search
          allowClear
          aria-label={t('processes.search')}
          placeholder={t('processes.search')}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Select
          allowClear
          aria-label={t('processes.class')}
          placeholder={t('processes.class')}
          style={{ width: '100%' }}
          value={processClass ?? undefined}
          options={PROCESS_CLASSES.map((c) => ({ value: c, label: t(`processClasses.${c}`) }))}
          onChange={(value?: ProcessClass) => setProcessClass(value ?? null)}
        />
        <Select
          allowClear
          aria-label={t('processes.department')}
          placeholder={t('processes.department')}
          style={{ width: '100%' }}
          value={departmentId ?? undefined}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          onChange={(value?: number) => setDepartmentId(value ?? null)}
        />
      </Space>
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('processes.none')} />
      ) : (
        <ul
          role="listbox"
          aria-label={t('views.processes')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          onKeyDown={moveInListbox}
        >
          {shown.map((p, index) => (
            <li
              key={p.id}
              role="option"
              aria-selected={p.id === selected}
              tabIndex={isTabStop(index, p.id === selected, anySelected) ? 0 : -1}
              onClick={() => open(p.id)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                open(p.id);
              }}
              style={{
                padding: '8px 10px',
                borderRadius: 6,
                cursor: 'pointer',
                background: p.id === selected ? '#e6effa' : undefined,
              }}
            >
              <Typography.Text strong>{p.name}</Typography.Text>{' '}
              {p.processClass && <Tag>{t(`processClasses.${p.processClass}`)}</Tag>}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {[p.code, t('processes.steps', { count: p.stepCount })].filter(Boolean).join(' · ')}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );

  return (
    <Layout style={{ flex: 1, minHeight: 0 }}>
      {narrow ? (
        <PaneDrawer title={t('views.panes.processes')} open={listOpen} onClose={onListClose}>
          <div className="reflow-drawer-processes">{list}</div>
        </PaneDrawer>
      ) : (
        <Layout.Sider
          hidden={focused}
          width={280}
          theme="light"
          style={{ borderRight: '1px solid #e5e8ec', padding: 12, overflow: 'auto' }}
        >
          {list}
        </Layout.Sider>
      )}
      <Layout.Content style={{ background: '#fff', minWidth: 0 }}>
        {selected === null ? (
          <Empty style={{ marginTop: 120 }} description={t('processes.empty')} />
        ) : (
          <ProcessEditor
            key={selected}
            processId={selected}
            processes={processes}
            onOpenProcess={open}
            roles={roles}
            departments={departments}
            onSaved={() => void reload()}
            onDirtyChange={(value) => {
              dirty.current = value;
              onDirtyChange(value);
            }}
          />
        )}
      </Layout.Content>
      <ProcessHandbookExport
        departmentId={departmentId}
        open={handbookOpen}
        onClose={closeHandbook}
      />
      {importing && (
        <BpmnImportDialog
          file={importing}
          onClose={() => setImporting(null)}
          onImported={imported}
        />
      )}
    </Layout>
  );
}
