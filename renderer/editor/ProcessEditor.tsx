import { ReactFlowProvider } from '@xyflow/react';
import { App as AntApp, Spin } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../shared/domain';
import type { NodeKind, ProcessEdge, ProcessNode, ProcessSummary } from '../../shared/process';
import { ConflictDialog } from '../ui/ConflictDialog';
import { useReportError } from '../ui/useReportError';
import { redoName, undoName } from './commands/history';
import { addLane, deleteLane, moveLane, resizeLane, setLaneOwner } from './commands/laneCommands';
import {
  addNode,
  align,
  connect,
  deleteElements,
  distribute,
  moveNodes,
  paste,
  setLabel,
  setLinkedProcess,
  updateActivity,
} from './commands/nodeCommands';
import { EditorToolbar } from './EditorToolbar';
import { call } from '../api/client';
import { ApproveDialog } from '../features/roles/ApproveDialog';
import { GRID, laneBands, LANE_HEADER_WIDTH } from './geometry';
import { ProcessHistory } from './panels/ProcessHistory';
import { isLaneNodeId } from './mapping';
import { Palette } from './Palette';
import { ProcessCanvas, type SelectRequest } from './ProcessCanvas';
import { ProcessRecordForm } from './panels/ProcessRecordForm';
import { SelectionPanel } from './panels/SelectionPanel';
import { BPMN_TYPE, downloadBase64 } from '../ui/download';
import { useLibraryReadOnly } from '../app/libraryAccess';
import { DamagedNotice } from '../ui/DamagedNotice';
import { PictureExportDialog } from './export/PictureExportDialog';
import { openPictureExport } from './export/pictureExportStore';
import { runLayout } from './runLayout';
import { useProcessEditor } from './useProcessEditor';

type Props = {
  processId: number;
  processes: ProcessSummary[];
  onOpenProcess: (processId: number) => void;
  roles: RoleSummary[];
  departments: Department[];
  onSaved: () => void;
  onDirtyChange: (dirty: boolean) => void;
};

const newId = () => crypto.randomUUID().slice(0, 12);

/** Is the keyboard in a text field? Then Delete and Ctrl+A belong to the field. */
function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** The process editor: palette, toolbar, canvas, and the panel describing the selection. */
export function ProcessEditor(props: Props) {
  const { processId, roles, departments, onSaved, onDirtyChange } = props;
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const editor = useProcessEditor(processId);
  const { history, run, basics } = editor;
  const libraryReadOnly = useLibraryReadOnly();
  // A process whose stored graph or KPIs are damaged is read-only until repaired.
  const damaged = Boolean(editor.process?.damaged?.length);
  const readOnly = libraryReadOnly || damaged;
  // What React Flow reports as selected, and what the editor last asked it to select.
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [selectRequest, setSelectRequest] = useState<SelectRequest>({ ids: [], seq: 0 });
  const onSelection = useCallback((ids: Set<string>) => {
    // Only a real change re-renders the editor.
    setSelection((current) =>
      current.size === ids.size && [...ids].every((id) => current.has(id)) ? current : ids,
    );
  }, []);
  const select = useCallback((ids: string[]) => {
    setSelection(new Set(ids));
    setSelectRequest((current) => ({ ids, seq: current.seq + 1 }));
  }, []);
  const clipboard = useRef<{ nodes: ProcessNode[]; edges: ProcessEdge[] } | null>(null);
  const [panel, setPanel] = useState<'approve' | 'history' | null>(null);

  useEffect(() => onDirtyChange(editor.dirty), [editor.dirty, onDirtyChange]);

  // Shortcuts work wherever the focus is in the editor (the canvas itself takes no focus).
  const keyHandler = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const save = useCallback(async () => {
    if (await editor.save()) {
      void message.success(t('editor.saved'));
      onSaved();
    }
  }, [editor, message, t, onSaved]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!history) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && key === 's') {
      event.preventDefault();
      void save();
    } else if (typingInField(event.target)) {
      return;
    } else if (mod && key === 'z' && !event.shiftKey) {
      event.preventDefault();
      editor.undo();
    } else if (mod && (key === 'y' || (key === 'z' && event.shiftKey))) {
      event.preventDefault();
      editor.redo();
    } else if (key === 'delete' || key === 'backspace') {
      event.preventDefault();
      run(t('editor2.cmdDelete'), (g) => deleteElements(g, selection));
      select([]);
    } else if (mod && key === 'c') {
      const nodes = history.present.nodes.filter((n) => selection.has(n.id));
      const ids = new Set(nodes.map((n) => n.id));
      clipboard.current = {
        nodes,
        edges: history.present.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
      };
    } else if (mod && key === 'v' && clipboard.current) {
      const copied = clipboard.current;
      let pasted: string[] = [];
      run(t('editor2.cmdPaste'), (g) => {
        const result = paste(g, copied, 40, newId);
        pasted = result.ids;
        return result.graph;
      });
      select(pasted);
    } else if (mod && key === 'a') {
      event.preventDefault();
      select(history.present.nodes.map((n) => n.id));
    } else if (mod && key === 'l') {
      event.preventDefault();
      void layout();
    } else if (key.startsWith('arrow') && selection.size > 0) {
      // Arrow keys nudge the selection by one grid step (ten with Shift).
      event.preventDefault();
      const step = (event.shiftKey ? 10 : 1) * GRID;
      const dx = key === 'arrowleft' ? -step : key === 'arrowright' ? step : 0;
      const dy = key === 'arrowup' ? -step : key === 'arrowdown' ? step : 0;
      const moves = history.present.nodes
        .filter((n) => selection.has(n.id))
        .map((n) => ({ id: n.id, x: n.x + dx, y: n.y + dy }));
      run(t('editor2.cmdMove'), (g) => moveNodes(g, moves));
    }
  };

  useEffect(() => {
    keyHandler.current = onKeyDown;
  });

  if (!history || !basics || !editor.process) return <Spin style={{ margin: 48 }} />;
  const graph = history.present;

  const addStep = (kind: NodeKind, at?: { x: number; y: number }) => {
    const firstLane = laneBands(graph.lanes)[0];
    const where = at ?? {
      x: LANE_HEADER_WIDTH + 120 + graph.nodes.length * 20,
      y: firstLane ? (firstLane.top + firstLane.bottom) / 2 : 80,
    };
    let id = '';
    run(t('editor2.cmdAdd'), (g) => {
      const result = addNode(g, kind, where, t(`nodeKinds.${kind}`), newId);
      id = result.id;
      return result.graph;
    });
    select([id]);
  };

  const find = (text: string) => {
    const needle = text.trim().toLowerCase();
    if (!needle) return;
    const found = graph.nodes.find((n) => n.label.toLowerCase().includes(needle));
    if (found) select([found.id]);
    else void message.info(t('editor2.notFound', { text }));
  };

  async function layout() {
    try {
      const laidOut = await runLayout(graph);
      run(t('editor2.layout'), () => laidOut);
    } catch (error) {
      report(error);
    }
  }

  const approve = async (note: string) => {
    try {
      const expectedVersion = editor.process?.editVersion ?? 0;
      editor.accept(await call('process:approve', { id: processId, note, expectedVersion }));
      setPanel(null);
      void message.success(t('approve.done'));
      onSaved();
    } catch (error) {
      setPanel(null);
      editor.fail(error);
    }
  };

  /** After a conflict: this window's map becomes a new draft process, which opens here. */
  const keepCopy = async () => {
    const name = t('conflict.copyTitle', { name: basics.name.trim() }).slice(0, 200);
    const copy = await editor.saveCopy(name);
    if (!copy) return;
    void message.success(t('conflict.copied', { name: copy.name }));
    onDirtyChange(false);
    onSaved();
    props.onOpenProcess(copy.id);
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      {damaged && (
        <DamagedNotice
          target={{ channel: 'process:repair', id: processId }}
          disabled={libraryReadOnly}
          onRepaired={() => void call('process:get', { id: processId }).then(editor.accept, report)}
        />
      )}
      <EditorToolbar
        canUndo={undoName(history)}
        canRedo={redoName(history)}
        dirty={editor.dirty}
        saving={editor.saving}
        readOnly={readOnly}
        selectionSize={[...selection].filter((id) => !isLaneNodeId(id)).length}
        onUndo={editor.undo}
        onRedo={editor.redo}
        onSave={() => void save()}
        onAddLane={() =>
          run(t('editor2.addLane'), (g) =>
            addLane(g, t('editor2.newLane', { n: g.lanes.length + 1 }), { kind: 'none' }, newId),
          )
        }
        onLayout={() => void layout()}
        onAlign={(how) => run(t('editor2.cmdAlign'), (g) => align(g, [...selection], how))}
        onDistribute={(axis) =>
          run(t('editor2.cmdDistribute'), (g) => distribute(g, [...selection], axis))
        }
        onFind={find}
        onApprove={() => setPanel('approve')}
        onHistory={() => setPanel('history')}
        onExport={(format) => {
          if (format === 'picture')
            openPictureExport({
              graph,
              info: {
                name: basics.name,
                code: basics.code,
                version: String(editor.process?.version ?? ''),
              },
            });
          else if (editor.dirty) void message.warning(t('approve.saveFirst'));
          else
            call('process:exportBpmn', { id: processId }).then((result) => {
              if (result.data) downloadBase64(result.fileName, result.data, BPMN_TYPE);
            }, report);
        }}
      />
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <div style={{ width: 108, padding: 8, borderRight: '1px solid #e5e8ec', overflow: 'auto' }}>
          <Palette onAdd={(kind) => addStep(kind)} />
        </div>
        <div style={{ flex: 1, minWidth: 0 }} data-testid="process-canvas">
          <ReactFlowProvider>
            <ProcessCanvas
              graph={graph}
              selectRequest={selectRequest}
              onSelection={onSelection}
              onMove={(moves) => run(t('editor2.cmdMove'), (g) => moveNodes(g, moves))}
              onConnect={(source, target) =>
                run(t('editor2.cmdConnect'), (g) => connect(g, source, target, '', newId))
              }
              onDropStep={(kind, at) => addStep(kind, at)}
              onOpen={(id) => {
                // Double-clicking a linked sub-process opens the process it stands for.
                const linked = graph.nodes.find((n) => n.id === id)?.linkedProcessId;
                if (linked) props.onOpenProcess(linked);
                else select([id]);
              }}
            />
          </ReactFlowProvider>
        </div>
        <aside
          aria-label={t('editor2.panel')}
          style={{
            width: 290,
            padding: 12,
            borderLeft: '1px solid #e5e8ec',
            overflow: 'auto',
            background: '#fff',
          }}
        >
          {selection.size === 1 ? (
            <SelectionPanel
              graph={graph}
              selection={selection}
              roles={roles}
              departments={departments}
              onLabel={(id, label) =>
                run(t('editor2.cmdRename'), (g) => setLabel(g, id, label), `label:${id}`)
              }
              onActivity={(id, details) =>
                run(
                  t('editor2.cmdDescribe'),
                  (g) => updateActivity(g, id, details),
                  `activity:${id}`,
                )
              }
              processes={props.processes.filter((p) => p.id !== processId)}
              onLink={(id, linked) =>
                run(t('editor2.cmdLink'), (g) => setLinkedProcess(g, id, linked))
              }
              onOpenProcess={props.onOpenProcess}
              onLaneOwner={(id, owner, name) =>
                run(t('editor2.cmdLaneOwner'), (g) => setLaneOwner(g, id, owner, name))
              }
              onLaneResize={(id, size) =>
                run(t('editor2.cmdLaneResize'), (g) => resizeLane(g, id, size), `lane-size:${id}`)
              }
              onLaneMove={(id, delta) =>
                run(t('editor2.cmdLaneMove'), (g) => moveLane(g, id, delta))
              }
              onLaneDelete={(lane) => {
                if (graph.nodes.some((n) => n.laneId === lane.id)) {
                  void message.warning(t('editor2.laneNotEmpty', { name: lane.name }));
                  return;
                }
                run(t('editor2.laneDelete'), (g) => deleteLane(g, lane.id));
                select([]);
              }}
            />
          ) : (
            <ProcessRecordForm
              basics={basics}
              roles={roles}
              departments={departments}
              onChange={editor.setBasics}
            />
          )}
        </aside>
      </div>
      <ApproveDialog
        open={panel === 'approve'}
        nextVersion={editor.process.version + 1}
        errorCount={0}
        onApprove={(note) => void approve(note)}
        onCancel={() => setPanel(null)}
      />
      <ProcessHistory
        open={panel === 'history'}
        processId={processId}
        onClose={() => setPanel(null)}
      />
      <ConflictDialog
        name={editor.conflict}
        keep="copy"
        onReload={editor.reload}
        onKeep={keepCopy}
        onCancel={editor.closeConflict}
      />
      <PictureExportDialog />
    </div>
  );
}
