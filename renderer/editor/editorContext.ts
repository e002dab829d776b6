import type { ProcessGraph } from '../../shared/process';
import type { History } from './commands/history';
import type { Clipboard, EditorContext } from './commands/context';

/** What the process editor hands its commands, gathered in one place. */
export type EditorParts = {
  history: History;
  selection: ReadonlySet<string>;
  readOnly: boolean;
  t: EditorContext['t'];
  run: (
    name: string,
    change: (graph: ProcessGraph) => ProcessGraph,
    mergeKey?: string,
  ) => ProcessGraph | null;
  clipboard: Clipboard | null;
  ui: Pick<
    EditorContext,
    | 'select'
    | 'undo'
    | 'redo'
    | 'save'
    | 'layout'
    | 'setClipboard'
    | 'editLabel'
    | 'pickTarget'
    | 'notify'
    | 'exportPicture'
    | 'exportBpmn'
    | 'exportProcessDoc'
    | 'newId'
  >;
};

export function editorContext(parts: EditorParts): EditorContext {
  const graph = parts.history.present;
  return {
    graph,
    selection: parts.selection,
    readOnly: parts.readOnly,
    canUndo: parts.history.past.length > 0,
    canRedo: parts.history.future.length > 0,
    t: parts.t,
    apply: (name, change, mergeKey) => parts.run(name, change, mergeKey) ?? graph,
    clipboard: parts.clipboard,
    ...parts.ui,
  };
}
