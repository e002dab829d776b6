import { ReactFlowProvider } from '@xyflow/react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, RoleSummary } from '../../shared/domain';
import { emptyGraph, type ProcessGraph, type ProcessSummary } from '../../shared/process';
import { numberSteps } from '../../shared/stepNumbers';
import { ConflictDialog } from '../ui/ConflictDialog';
import { useReportError } from '../ui/useReportError';
import type { Clipboard, SelectOptions } from './commands/context';
import { editorRegistry } from './commands';
import { redoName, undoName } from './commands/history';
import { setLabel, setLinkedProcess, updateActivity } from './commands/nodeCommands';
import { runCommand } from './commands/registry';
import { ContextMenu } from './ContextMenu';
import { editorContext } from './editorContext';
import { EditorToolbar } from './EditorToolbar';
import { call } from '../api/client';
import { AnalysisFrame } from './analysis/AnalysisFrame';
import { frameNodes, MapFramingBridge } from './analysis/mapFraming';
import { approvalNoteOf } from '../features/history/PendingNotes';
import { ApproveDialog } from '../features/roles/ApproveDialog';
import { ProcessHistory } from './panels/ProcessHistory';
import { Palette } from './Palette';
import { ProcessCanvas, type SelectRequest } from './ProcessCanvas';
import { ProcessRecordForm } from './panels/ProcessRecordForm';
import { SelectionPanel } from './panels/SelectionPanel';
import { BPMN_TYPE, downloadBase64 } from '../ui/download';
import { useLibraryReadOnly } from '../app/libraryAccess';
import { DamagedNotice } from '../ui/DamagedNotice';
import { PictureExportDialog } from './export/PictureExportDialog';
import { openPictureExport } from './export/pictureExportStore';
import { rerouteChanged } from './routing';
import { runLayout } from './runLayout';
import { useCommandKeys } from './useCommandKeys';
import { pickHint } from './keyboard/pickHint';
import { SkipToMap } from './keyboard/SkipToMap';
import { useDrawing } from './useDrawing';
import { useProcessEditor } from './useProcessEditor';
import { MapProblems } from './panels/MapProblems';
import { MapSettings } from './panels/MapSettings';
import { ProcessAnalysisForm } from './panels/analysis/ProcessAnalysisForm';
import { useAnalysisEdits } from './panels/analysis/useAnalysisEdits';
import { FrameActionsContext } from './view/frameActions';
import { useFocusMode } from './view/focusMode';
import { StepTable } from './reader/StepTable';
import { useStepTableOpen } from './reader/stepTableState';
import { useFrameEdits } from './view/useFrameEdits';
import { useExportProcessDoc } from '../features/processDocs/processDocActions';

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
const NO_GRAPH = emptyGraph();

/** The process editor: palette, toolbar, canvas, and the panel describing the selection. */
export function ProcessEditor(props: Props) {
  const { processId, roles, departments, onSaved, onDirtyChange } = props;
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const report = useReportError();
  const exportDoc = useExportProcessDoc(report);
  const editor = useProcessEditor(processId);
  const { history, basics, run: record } = editor;
  // Every edit keeps the connectors it disturbed routed around the steps (layout routes itself)
  // and numbers new steps as save would (10, 20 … kept; inserted steps between), so the number
  // is on the shape at once. An edit that changes nothing stays nothing (no undo step).
  const run = useCallback(
    (name: string, change: (graph: ProcessGraph) => ProcessGraph, mergeKey?: string) =>
      record(
        name,
        (graph) => {
          const changed = change(graph);
          return changed === graph ? graph : rerouteChanged(graph, numberSteps(changed, graph));
        },
        mergeKey,
      ),
    [record],
  );
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
  const select = useCallback((ids: readonly string[], options?: SelectOptions) => {
    setSelection(new Set(ids));
    setSelectRequest((current) => ({ ids, seq: current.seq + 1, focus: options?.focus === true }));
  }, []);
  const [clipboard, setClipboard] = useState<Clipboard | null>(null);
  const [panel, setPanel] = useState<'approve' | 'history' | null>(null);

  useEffect(() => onDirtyChange(editor.dirty), [editor.dirty, onDirtyChange]);
  const focused = useFocusMode();
  const stepTableOpen = useStepTableOpen();
  const frame = useFrameEdits({
    graph: history?.present ?? NO_GRAPH,
    run,
    select,
    newId,
    layout: runLayout,
    report,
  });
  const analysisEdits = useAnalysisEdits(run);

  const save = useCallback(async () => {
    if (await editor.save()) {
      void message.success(t('editor.saved'));
      onSaved();
    }
  }, [editor, message, t, onSaved]);

  const drawing = useDrawing({
    graph: history?.present ?? null,
    run,
    select,
    selection,
    readOnly,
    newId,
    flowSide: history?.present.orientation === 'vertical' ? 'bottom' : 'right',
  });
  const { picker } = drawing;

  const context = history
    ? editorContext({
        history,
        selection,
        readOnly,
        t,
        run,
        clipboard,
        ui: {
          select,
          undo: editor.undo,
          redo: editor.redo,
          save: () => void save(),
          layout: () => void layout(),
          setClipboard,
          newId,
          editLabel: drawing.editLabel,
          pickTarget: (id, reconnecting) => picker.start(history.present, id, reconnecting),
          notify: (text) => void message.warning(text),
          exportPicture: () =>
            openPictureExport({
              graph: history.present,
              info: {
                name: basics?.name ?? '',
                code: basics?.code ?? '',
                version: String(editor.process?.version ?? ''),
              },
            }),
          exportBpmn: () => {
            // BPMN is written from the stored map, so unsaved edits must be saved first.
            if (editor.dirty) void message.warning(t('approve.saveFirst'));
            else
              call('process:exportBpmn', { id: processId }).then((result) => {
                if (result.data) downloadBase64(result.fileName, result.data, BPMN_TYPE);
              }, report);
          },
          exportProcessDoc: () => {
            if (editor.dirty) void message.warning(t('processDoc.saveFirst'));
            else exportDoc(processId);
          },
        },
      })
    : null;

  useCommandKeys(editorRegistry, () => (drawing.busy ? null : context), {
    intercept: (event) => (history ? picker.intercept(history.present, event) : false),
    onType: drawing.typeOnSelection,
  });

  if (!history || !basics || !editor.process || !context) {
    return <Spin style={{ margin: 48 }} />;
  }
  const graph = history.present;

  async function layout() {
    try {
      const laidOut = await runLayout(graph);
      record(t('editor2.layout'), () => laidOut);
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
    <AnalysisFrame
      {...{ graph, readOnly, processId, run, select }}
      ownerRoleId={basics.ownerRoleId}
      processes={props.processes}
      onOpenProcess={props.onOpenProcess}
    >
      {damaged && (
        <DamagedNotice
          target={{ channel: 'process:repair', id: processId }}
          disabled={libraryReadOnly}
          onRepaired={() => void call('process:get', { id: processId }).then(editor.accept, report)}
        />
      )}
      <SkipToMap onActivate={() => runCommand(editorRegistry.get('map.enter'), context)} />
      <EditorToolbar
        registry={editorRegistry}
        context={context}
        undoName={undoName(history)}
        redoName={redoName(history)}
        dirty={editor.dirty}
        saving={editor.saving}
        readOnly={readOnly}
        onApprove={() => setPanel('approve')}
        onHistory={() => setPanel('history')}
      />
      {/* reflow.css: in a narrow window the panel goes below the map, which keeps the width. */}
      <div className="reflow-editor-row" style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        {!focused && (
          <div
            className="reflow-editor-palette"
            style={{ width: 108, padding: 8, borderRight: '1px solid #e5e8ec', overflow: 'auto' }}
          >
            <Palette onAdd={(kind) => drawing.addStep(kind)} disabled={readOnly} />
          </div>
        )}
        <div
          className="reflow-editor-canvas"
          style={{ flex: 1, minWidth: 0 }}
          data-testid="process-canvas"
        >
          <ReactFlowProvider>
            <MapFramingBridge />
            <FrameActionsContext.Provider value={readOnly ? null : frame.actions}>
              <ProcessCanvas
                graph={graph}
                readOnly={readOnly}
                selectRequest={selectRequest}
                onSelection={onSelection}
                onSelect={select}
                {...drawing.canvasProps}
                onOpen={(id) => {
                  // Double-clicking a linked sub-process opens the process it stands for;
                  // any other shape's label is edited in place.
                  const linked = graph.nodes.find((n) => n.id === id)?.linkedProcessId;
                  if (linked) props.onOpenProcess(linked);
                  else drawing.editLabel(id);
                }}
              />
            </FrameActionsContext.Provider>
          </ReactFlowProvider>
        </div>
        <aside
          aria-label={t('editor2.panel')}
          hidden={focused}
          className="reflow-editor-panel"
          style={{
            width: 290,
            padding: 12,
            borderLeft: '1px solid #e5e8ec',
            overflow: 'auto',
            background: '#fff',
          }}
        >
          {/* A read-only library or a damaged map: every field of the panel is shown, none edits. */}
          <ConfigProvider componentDisabled={readOnly}>
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
                saved={{ processId, editVersion: editor.process?.editVersion ?? 0 }}
                onOpenProcess={props.onOpenProcess}
                edits={frame.edits}
                analysis={analysisEdits}
              />
            ) : (
              <>
                <ProcessRecordForm
                  basics={basics}
                  roles={roles}
                  departments={departments}
                  onChange={editor.setBasics}
                />
                <ProcessAnalysisForm
                  graph={graph}
                  processes={props.processes.filter((p) => p.id !== processId)}
                  edits={analysisEdits}
                  readOnly={readOnly}
                />
                <MapSettings graph={graph} edits={frame.edits} readOnly={readOnly} />
                <MapProblems graph={graph} onSelect={select} />
              </>
            )}
          </ConfigProvider>
        </aside>
      </div>
      {stepTableOpen && (
        <StepTable
          graph={graph}
          selection={selection}
          onSelect={(id) => {
            select([id]);
            // After React Flow has the selection: bring the step into view.
            requestAnimationFrame(() => frameNodes([id]));
          }}
        />
      )}
      {drawing.menu && (
        <ContextMenu
          registry={editorRegistry}
          scope={drawing.menu.scope}
          context={context}
          x={drawing.menu.x}
          y={drawing.menu.y}
          onRun={(id) => runCommand(editorRegistry.get(id), context)}
          onClose={drawing.closeMenu}
        />
      )}
      {picker.picking && (
        <div role="status" data-testid="pick-hint" style={PICK_HINT}>
          {pickHint(t, history?.present, picker.picking)}
        </div>
      )}
      <ApproveDialog
        askApprover={false}
        open={panel === 'approve'}
        nextVersion={editor.process.version + 1}
        errorCount={0}
        initialNote={approvalNoteOf(editor.process.pendingNotes)}
        onApprove={(note) => void approve(note)}
        onCancel={() => setPanel(null)}
      />
      <ProcessHistory
        open={panel === 'history'}
        processId={processId}
        pendingNotes={editor.process.pendingNotes}
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
    </AnalysisFrame>
  );
}

const PICK_HINT = {
  position: 'fixed',
  left: '50%',
  bottom: 24,
  transform: 'translateX(-50%)',
  zIndex: 1000,
  padding: '6px 14px',
  borderRadius: 6,
  background: '#17324d',
  color: '#fff',
  fontSize: 13,
} as const;
