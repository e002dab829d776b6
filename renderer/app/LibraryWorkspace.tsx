import { MenuOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Layout, Segmented } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, onAppEvent } from '../api/client';
import { CompetencyDictionary } from '../features/competencies/CompetencyDictionary';
import { DepartmentPane } from '../features/departments/DepartmentPane';
import { InspectionView } from '../features/inspection/InspectionView';
import { ProcessesView } from '../features/processes/ProcessesView';
import { OrganisationView } from '../features/organisation/OrganisationView';
import { ChecksReport } from '../features/report/ChecksReport';
import { useDepartments } from '../features/departments/useDepartments';
import { RoleEditor } from '../features/roles/RoleEditor';
import { RolePane } from '../features/roles/RolePane';
import { PaneDrawer } from '../ui/PaneDrawer';
import { useReportError } from '../ui/useReportError';
import { useNarrowWindow } from './useNarrowWindow';

type View = 'library' | 'processes' | 'inspection' | 'competencies' | 'report' | 'organisation';

/**
 * The open library: its three panes (departments, roles, the editor of the chosen role), the
 * competency dictionary, and the checks report. In a narrow window (200 % zoom) the side
 * columns of the library and of the processes fold into a drawer opened from the view bar.
 */
export function LibraryWorkspace() {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  const report = useReportError();
  const { departments, reload: reloadDepartments } = useDepartments();
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const [roleId, setRoleId] = useState<number | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const [view, setView] = useState<View>('library');
  const dirty = useRef(false);
  const narrow = useNarrowWindow();
  const [panesOpen, setPanesOpen] = useState(false);
  const closePanes = useCallback(() => setPanesOpen(false), []);
  const rolePaneRef = useRef<HTMLElement>(null);

  /** Runs `next` at once, or after the user agrees to drop unsaved edits. */
  const leaveEditor = useCallback(
    (next: () => void) => {
      if (!dirty.current) {
        next();
        return;
      }
      modal.confirm({
        // The prompt names what holds the edits: a process in the process view, else a role.
        title: t(view === 'processes' ? 'processes.discard' : 'editor.discardChanges'),
        okText: t('common.discard'),
        cancelText: t('common.cancel'),
        onOk: () => {
          dirty.current = false;
          next();
        },
      });
    },
    [modal, t, view],
  );

  const createRole = useCallback(() => {
    const target = departmentId ?? departments[0]?.id;
    if (target === undefined) return;
    leaveEditor(() => {
      call('role:create', { departmentId: target, title: t('roles.newTitle') })
        .then((role) => {
          setPanesOpen(false);
          setRoleId(role.id);
          setListVersion((n) => n + 1);
        })
        .catch(report);
    });
  }, [departmentId, departments, leaveEditor, report, t]);

  useEffect(() => onAppEvent('menu:newRole', createRole), [createRole]);

  useEffect(() => {
    // Closing the window or reloading with unsaved edits asks first.
    const guard = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);

  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);

  const openRole = (id: number) =>
    leaveEditor(() => {
      setRoleId(id);
      setView('library');
    });

  // The process view opens with this process (an improvement action's variant, say).
  const [processToOpen, setProcessToOpen] = useState<number | null>(null);
  const [inspectedProcess, setInspectedProcess] = useState<number | null>(null);
  const openProcess = (id: number) =>
    leaveEditor(() => {
      setProcessToOpen(id);
      setView('processes');
    });

  const paneButton = narrow && (view === 'library' || view === 'processes') && (
    <Button icon={<MenuOutlined />} onClick={() => setPanesOpen(true)}>
      {t(`views.panes.${view}`)}
    </Button>
  );

  const switcher = (
    <div className="reflow-view-bar">
      {paneButton}
      <Segmented<View>
        aria-label={t('views.navigation')}
        value={view}
        onChange={(next) =>
          leaveEditor(() => {
            setProcessToOpen(null);
            setView(next);
          })
        }
        options={[
          { value: 'library', label: t('views.library') },
          { value: 'processes', label: t('views.processes') },
          { value: 'inspection', label: t('views.inspection') },
          { value: 'competencies', label: t('views.competencies') },
          { value: 'report', label: t('views.report') },
          { value: 'organisation', label: t('views.organisation') },
        ]}
      />
    </div>
  );

  if (view !== 'library') {
    return (
      <Layout style={{ flex: 1, minHeight: 0 }}>
        {switcher}
        {view === 'processes' ? (
          <ProcessesView
            departments={departments}
            onDirtyChange={onDirtyChange}
            listOpen={panesOpen}
            onListClose={closePanes}
            initialProcessId={processToOpen}
          />
        ) : view === 'inspection' ? (
          <InspectionView
            departments={departments}
            onOpenProcess={openProcess}
            onOpenRole={openRole}
            processId={inspectedProcess}
            onProcessChange={setInspectedProcess}
          />
        ) : view === 'competencies' ? (
          <CompetencyDictionary />
        ) : view === 'organisation' ? (
          <OrganisationView departments={departments} onOpenRole={openRole} />
        ) : (
          <ChecksReport departments={departments} onOpenRole={openRole} />
        )}
      </Layout>
    );
  }

  const departmentPane = (
    <DepartmentPane
      departments={departments}
      selectedId={departmentId}
      onSelect={(id) => setDepartmentId(id)}
      onChanged={reloadDepartments}
    />
  );
  const rolePane = (
    <RolePane
      ref={rolePaneRef}
      departments={departments}
      departmentId={departmentId}
      selectedRoleId={roleId}
      refreshKey={listVersion}
      onSelect={(id) => {
        // In the drawer, picking a role shows it (even the one already open).
        setPanesOpen(false);
        if (id !== roleId) leaveEditor(() => setRoleId(id));
      }}
      onCreate={createRole}
      onImported={() => {
        void reloadDepartments();
        setListVersion((n) => n + 1);
      }}
    />
  );

  return (
    <Layout style={{ flex: 1, minHeight: 0 }}>
      {switcher}
      <Layout style={{ flex: 1, minHeight: 0 }}>
        {narrow ? (
          <PaneDrawer title={t('views.panes.library')} open={panesOpen} onClose={closePanes}>
            <div className="reflow-drawer-departments">{departmentPane}</div>
            <div className="reflow-drawer-roles">{rolePane}</div>
          </PaneDrawer>
        ) : (
          <>
            <Layout.Sider
              width={270}
              theme="light"
              style={{ borderRight: '1px solid #e5e8ec', overflow: 'auto' }}
            >
              {departmentPane}
            </Layout.Sider>
            <Layout.Sider width={320} theme="light" style={{ borderRight: '1px solid #e5e8ec' }}>
              {rolePane}
            </Layout.Sider>
          </>
        )}
        <Layout.Content style={{ overflow: 'auto', background: '#fff' }}>
          <RoleEditor
            key={roleId ?? 'none'}
            roleId={roleId}
            departments={departments}
            onSaved={() => setListVersion((n) => n + 1)}
            onDeleted={() => {
              // The role and its editor are gone: focus goes to the role list's search,
              // where the next role is found, rather than to the page body.
              rolePaneRef.current?.querySelector<HTMLElement>('input[type="search"]')?.focus();
              setRoleId(null);
              setListVersion((n) => n + 1);
            }}
            onDirtyChange={onDirtyChange}
            onOpenRole={(id) => {
              setRoleId(id);
              setListVersion((n) => n + 1);
            }}
          />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
