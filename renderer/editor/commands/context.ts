import type { ProcessEdge, ProcessGraph, ProcessNode } from '../../../shared/process';
import { isLaneNodeId, laneIdOf } from '../mapping';

/** What a command sees of the editor and may ask of it. Built fresh for every run. */
export type EditorContext = {
  graph: ProcessGraph;
  /** Selected ids as the canvas reports them (lanes carry the `lane:` prefix). */
  selection: ReadonlySet<string>;
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** i18next's t, in the interface language. */
  t: (key: string, params?: Record<string, unknown>) => string;
  /**
   * Records an edit as one undoable step named `name`. `change` is pure; when it returns the
   * graph it was given, nothing is recorded. Returns the graph after the edit.
   */
  apply: (
    name: string,
    change: (graph: ProcessGraph) => ProcessGraph,
    mergeKey?: string,
  ) => ProcessGraph;
  /** Selects; `focus` also moves the keyboard focus there (else only when it was on the map). */
  select: (ids: readonly string[], options?: SelectOptions) => void;
  newId: () => string;
  /** Undoes the last edit; returns the graph it brought back (null when there was none). */
  undo: () => ProcessGraph | null;
  redo: () => void;
  save: () => void;
  layout: () => void;
  clipboard: Clipboard | null;
  setClipboard: (copied: Clipboard) => void;
  /** Opens the in-place editor of a step's or connector's label, starting from `text` if given. */
  editLabel: (id: string, text?: string) => void;
  /**
   * Starts picking the target of a new connector from `sourceId` with the keyboard, or the
   * new target of the connector `reconnecting`.
   */
  pickTarget: (sourceId: string, reconnecting?: string) => void;
  /** Opens the picture export dialog (PDF, PNG, SVG) for the map as drawn now. */
  exportPicture: () => void;
  /** Writes the saved map as a BPMN 2.0 file. */
  exportBpmn: () => void;
  /** Writes the saved process as a 流程说明书 (Word) in the interface language. */
  exportProcessDoc: () => void;
  /** Shows a short message (a refusal, a hint). */
  notify: (text: string) => void;
};

export type SelectOptions = { focus?: boolean };

export type Clipboard = { nodes: ProcessNode[]; edges: ProcessEdge[] };

export function selectedSteps(context: EditorContext): ProcessNode[] {
  return context.graph.nodes.filter((node) => context.selection.has(node.id));
}

export function selectedEdges(context: EditorContext): ProcessEdge[] {
  return context.graph.edges.filter((edge) => context.selection.has(edge.id));
}

export function selectedLaneIds(context: EditorContext): string[] {
  return [...context.selection].filter(isLaneNodeId).map(laneIdOf);
}

/** The one selected step, or null when the selection is not exactly one step. */
export function singleStep(context: EditorContext): ProcessNode | null {
  const steps = selectedSteps(context);
  return steps.length === 1 && context.selection.size === 1 ? (steps[0] ?? null) : null;
}

/** The one selected connector, or null. */
export function singleEdge(context: EditorContext): ProcessEdge | null {
  const edges = selectedEdges(context);
  return edges.length === 1 && context.selection.size === 1 ? (edges[0] ?? null) : null;
}
