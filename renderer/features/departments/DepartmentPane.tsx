import {
  ApartmentOutlined,
  DeleteOutlined,
  EditOutlined,
  FileWordOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Empty, Space, Tree, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain';
import { call, editConflictName } from '../../api/client';
import { ConflictDialog } from '../../ui/ConflictDialog';
import { NameDialog } from '../../ui/NameDialog';
import { ToolButton } from '../../ui/ToolButton';
import { HandbookExport } from '../export/HandbookExport';
import { DepartmentDeleteDialog } from '../references/DepartmentDeleteDialog';
import { useReportError } from '../../ui/useReportError';
import { toTreeNodes } from './departmentTree';

type Props = {
  departments: Department[];
  selectedId: number | null;
  onSelect: (id: number | null) => void;
  onChanged: () => Promise<void>;
};

type Dialog = { kind: 'add'; parentId: number | null } | { kind: 'rename'; department: Department };

/** A rename refused because another window changed the department first. */
type RenameConflict = { id: number; stored: string; name: string };

const ALL = 'all';

/** The department tree with its actions: new, new below, rename, delete. */
export function DepartmentPane({ departments, selectedId, onSelect, onChanged }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [conflict, setConflict] = useState<RenameConflict | null>(null);
  const [handbookOpen, setHandbookOpen] = useState(false);
  const [deleting, setDeleting] = useState<Department | null>(null);
  // After a delete, focus goes to the tree, on the parent, once the department is gone.
  const focusTreeAfter = useRef<number | null>(null);
  const pane = useRef<HTMLElement>(null);
  useEffect(() => {
    const deleted = focusTreeAfter.current;
    if (deleted === null || departments.some((d) => d.id === deleted)) return;
    focusTreeAfter.current = null;
    // The tree takes focus on the selected node (the parent); with no department left, the
    // pane's first button (new department) takes it.
    const tree = pane.current?.querySelector<HTMLElement>('[role="tree"]');
    (tree ?? pane.current?.querySelector<HTMLElement>('button:not(:disabled)'))?.focus();
  }, [departments]);
  const closeHandbook = useCallback(() => setHandbookOpen(false), []);
  const selected = departments.find((d) => d.id === selectedId) ?? null;
  // Every department starts expanded, new ones included; the user may collapse any.
  const [expanded, setExpanded] = useState<(number | string)[]>([ALL]);
  const known = useRef(new Set<number>());
  useEffect(() => {
    const fresh = departments.map((d) => d.id).filter((id) => !known.current.has(id));
    fresh.forEach((id) => known.current.add(id));
    if (fresh.length > 0) setExpanded((keys) => [...keys, ...fresh]);
  }, [departments]);
  const treeData = useMemo(
    () => [{ key: ALL, title: t('departments.allRoles'), children: toTreeNodes(departments) }],
    [departments, t],
  );

  const submitName = async (name: string) => {
    if (!dialog) return;
    try {
      if (dialog.kind === 'add') {
        const created = await call('department:create', { name, parentId: dialog.parentId });
        await onChanged();
        onSelect(created.id);
      } else {
        const { id, editVersion } = dialog.department;
        await call('department:rename', { id, name, expectedVersion: editVersion });
        await onChanged();
      }
      setDialog(null);
    } catch (error) {
      const stored = editConflictName(error);
      if (stored !== null && dialog.kind === 'rename') {
        setConflict({ id: dialog.department.id, stored, name });
      } else report(error);
    }
  };

  /** After a conflict: drop this rename and show the departments as the library has them. */
  const reloadAfterConflict = async () => {
    setConflict(null);
    setDialog(null);
    await onChanged();
  };

  /** After a conflict: rename anyway, over the other window's change. */
  const renameAnyway = async () => {
    if (!conflict) return;
    try {
      const current = (await call('department:list', {})).find((d) => d.id === conflict.id);
      if (current) {
        const { id, editVersion } = current;
        await call('department:rename', { id, name: conflict.name, expectedVersion: editVersion });
      }
      await reloadAfterConflict();
    } catch (error) {
      report(error);
    }
  };

  return (
    <section ref={pane} aria-label={t('departments.heading')} style={{ padding: 12 }}>
      {/* The tools wrap under the title when the column is narrow, rather than run off its edge. */}
      <div
        style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 4, marginBottom: 8 }}
      >
        <Typography.Title level={5} style={{ margin: 0, flex: 1, whiteSpace: 'nowrap' }}>
          <ApartmentOutlined /> {t('departments.heading')}
        </Typography.Title>
        <Space size={2} role="toolbar" aria-label={t('departments.actions')}>
          <ToolButton
            label={t('departments.add')}
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'add', parentId: null })}
          />
          <ToolButton
            label={t('departments.addChild')}
            icon={<ApartmentOutlined />}
            disabled={!selected}
            onClick={() => selected && setDialog({ kind: 'add', parentId: selected.id })}
          />
          <ToolButton
            label={t('departments.rename')}
            icon={<EditOutlined />}
            disabled={!selected}
            onClick={() => selected && setDialog({ kind: 'rename', department: selected })}
          />
          <ToolButton
            label={t('export.handbook')}
            icon={<FileWordOutlined />}
            disabled={departments.length === 0}
            onClick={() => setHandbookOpen(true)}
          />
          <ToolButton
            label={t('departments.delete')}
            icon={<DeleteOutlined />}
            danger
            disabled={!selected}
            onClick={() => selected && setDeleting(selected)}
          />
        </Space>
      </div>
      {departments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('departments.empty')} />
      ) : (
        <Tree<{ key: number | string; title: string }>
          aria-label={t('departments.tree')}
          blockNode
          expandedKeys={expanded}
          onExpand={(keys) => setExpanded(keys as (number | string)[])}
          treeData={treeData}
          selectedKeys={[selectedId ?? ALL]}
          onSelect={(keys) => {
            const key = keys[0];
            onSelect(typeof key === 'number' ? key : null);
          }}
        />
      )}
      <HandbookExport departmentId={selectedId} open={handbookOpen} onClose={closeHandbook} />
      {deleting && (
        <DepartmentDeleteDialog
          department={deleting}
          departments={departments}
          onCancel={() => setDeleting(null)}
          onDeleted={() => {
            // Not the delete button: with nothing selected it is disabled, and focus was lost.
            setDeleting(null);
            focusTreeAfter.current = deleting.id;
            onSelect(deleting.parentId);
            void onChanged();
          }}
        />
      )}
      <NameDialog
        key={
          dialog
            ? `${dialog.kind}-${dialog.kind === 'add' ? dialog.parentId : dialog.department.id}`
            : 'closed'
        }
        open={dialog !== null}
        title={
          dialog?.kind === 'rename'
            ? t('departments.rename')
            : dialog?.parentId
              ? t('departments.addChild')
              : t('departments.add')
        }
        label={t('departments.namePlaceholder')}
        initialValue={dialog?.kind === 'rename' ? dialog.department.name : ''}
        onSubmit={(name) => void submitName(name)}
        onCancel={() => setDialog(null)}
      />
      <ConflictDialog
        name={conflict?.stored ?? null}
        keep="overwrite"
        onReload={reloadAfterConflict}
        onKeep={renameAnyway}
        onCancel={() => setConflict(null)}
      />
    </section>
  );
}
