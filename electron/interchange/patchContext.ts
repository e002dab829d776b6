import { type Lane, type ProcessEdge, type ProcessNode } from '../../shared/process';
import { appendRank } from './bpmnOrder';
import { bpmnNames, diNames, type DiNames, type Names } from './bpmnMarkup';
import { fromGraph, type Bounds, type Point } from './diGeometry';
import { type ExportInput } from './exportInput';
import { IdAllocator } from './ids';
import {
  type EdgeKind,
  type SourceEdge,
  type SourceModel,
  type SourceProcess,
} from './sourceTypes';
import { XmlEditor } from './xmlEditor';
import { attr, isBpmn, resolveId, textOf, type XmlElement } from './xmlIndex';

/*
 * Shared state of one export of an imported process: the source read again (the baseline),
 * the edited graph, the editor collecting text edits, and lookups of who refers to whom in
 * the source (lanes' flowNodeRef, incoming/outgoing, sourceRef/targetRef, attachedToRef,
 * default) so a change can follow its references.
 */

/** Leaf elements whose text is an id. */
const REF_ELEMENTS = new Set(['flowNodeRef', 'incoming', 'outgoing', 'sourceRef', 'targetRef']);
/** Attributes whose value is an id. */
const REF_ATTRIBUTES = ['sourceRef', 'targetRef', 'attachedToRef', 'default'] as const;
export type RefAttribute = (typeof REF_ATTRIBUTES)[number];

/** How one edge of the edited graph is written (patchPlan.ts). */
export type EdgePlan = {
  edge: ProcessEdge;
  kind: EdgeKind;
  base: SourceEdge | undefined;
  /** Kept in place (patched), else written anew. */
  keep: boolean;
};

export type PatchContext = {
  input: ExportInput;
  source: SourceModel;
  base: SourceProcess;
  editor: XmlEditor;
  ids: IdAllocator;
  now: {
    nodes: Map<string, ProcessNode>;
    edges: Map<string, ProcessEdge>;
    lanes: Map<string, Lane>;
  };
  /** Graph id → XML id (imported ids are kept; new ones are made valid and unique). */
  xmlIds: Map<string, string>;
  /** Nodes whose position or size changed (their edges are re-routed). */
  moved: Set<string>;
  /** Nodes written anew (added, or changed beyond what an edit in place can express). */
  fresh: Set<string>;
  /** Elements removed, with every id inside them. */
  removedIds: Set<string>;
  refElements: Map<string, XmlElement[]>;
  refAttributes: Map<string, { element: XmlElement; name: RefAttribute }[]>;
  /** Diagram edges naming a shape (by its DI id) as their sourceElement / targetElement. */
  diEdgeEnds: Map<string, { element: XmlElement; name: 'sourceElement' | 'targetElement' }[]>;
  /** DI markup for a process the file has no plane for (written as a new diagram). */
  orphanDi: ((names: DiNames) => string)[];
  /** New values for existing dc:Bounds and edge waypoints, written once at the end. */
  pendingBounds: Map<XmlElement, Bounds>;
  pendingWaypoints: Map<XmlElement, Point[]>;
  plans: Map<string, EdgePlan>;
};

export function createPatchContext(
  input: ExportInput,
  source: SourceModel,
  base: SourceProcess,
): PatchContext {
  const { index } = source;
  const taken: string[] = [];
  const refElements = new Map<string, XmlElement[]>();
  const refAttributes = new Map<string, { element: XmlElement; name: RefAttribute }[]>();
  const diEdgeEnds: PatchContext['diEdgeEnds'] = new Map();
  for (const element of index.all) {
    const id = attr(element, 'id');
    if (id !== undefined) taken.push(id);
    if (element.local === 'BPMNEdge') {
      for (const name of ['sourceElement', 'targetElement'] as const) {
        const target = resolveId(index, attr(element, name));
        if (target !== undefined) push(diEdgeEnds, target, { element, name });
      }
    }
    if (!isBpmn(element)) continue;
    if (REF_ELEMENTS.has(element.local) && element.children.length === 0) {
      const target = resolveId(index, textOf(index, element));
      if (target !== undefined) push(refElements, target, element);
    }
    for (const name of REF_ATTRIBUTES) {
      const target = resolveId(index, attr(element, name));
      if (target !== undefined) push(refAttributes, target, { element, name });
    }
  }
  const ids = new IdAllocator(taken);
  const xmlIds = new Map<string, string>();
  const baseIds = new Set([...base.nodes.keys(), ...base.edges.keys(), ...base.lanes.keys()]);
  const { graph } = input;
  for (const item of [...graph.lanes, ...graph.nodes, ...graph.edges]) {
    xmlIds.set(item.id, baseIds.has(item.id) ? item.id : ids.claim(item.id));
  }
  return {
    input,
    source,
    base,
    editor: new XmlEditor(index),
    ids,
    now: {
      nodes: new Map(graph.nodes.map((node) => [node.id, node])),
      edges: new Map(graph.edges.map((edge) => [edge.id, edge])),
      lanes: new Map(graph.lanes.map((lane) => [lane.id, lane])),
    },
    xmlIds,
    moved: new Set(),
    fresh: new Set(),
    removedIds: new Set(),
    refElements,
    refAttributes,
    diEdgeEnds,
    orphanDi: [],
    pendingBounds: new Map(),
    pendingWaypoints: new Map(),
    plans: new Map(),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function xmlIdOf(ctx: PatchContext, graphId: string): string {
  const known = ctx.xmlIds.get(graphId);
  if (known !== undefined) return known;
  const claimed = ctx.ids.claim(graphId);
  ctx.xmlIds.set(graphId, claimed);
  return claimed;
}

/** Names for BPMN markup inside the process element. */
export function processNames(ctx: PatchContext): Names {
  return bpmnNames(ctx.base.element);
}

/** Where a node is drawn now, in the file's coordinates (undefined: drawn nowhere). */
export function diBoundsOf(ctx: PatchContext, nodeId: string): Bounds | undefined {
  const node = ctx.now.nodes.get(nodeId);
  if (node === undefined) return undefined;
  const base = ctx.base.nodes.get(nodeId);
  if (base !== undefined && !ctx.moved.has(nodeId)) return base.bounds;
  return fromGraph(ctx.base.transform, node);
}

/** Adds a shape or edge to the process's plane, or to a new diagram if it has none. */
export function addDi(ctx: PatchContext, build: (names: DiNames, declare: boolean) => string) {
  const plane = ctx.base.plane?.plane;
  if (plane === undefined) {
    ctx.orphanDi.push((names) => build(names, false));
    return;
  }
  ctx.editor.insertChild(plane, build(diNames(plane), true), 0, appendRank);
}

/** Leaf reference elements of `local` naming `id` (e.g. the lanes' flowNodeRef to a node). */
export function refsTo(ctx: PatchContext, local: string, id: string): XmlElement[] {
  return (ctx.refElements.get(id) ?? []).filter((element) => element.local === local);
}

/** Removes every diagram element drawing `id`, in every diagram of the file. */
export function removeDiOf(ctx: PatchContext, id: string): void {
  for (const di of ctx.source.di.byElement.get(id) ?? []) {
    ctx.editor.removeElement(di);
    // An edge that stays may name the removed shape as its end (optional attributes): without
    // them it is still drawn by its waypoints, and no reference dangles.
    const diId = attr(di, 'id');
    for (const end of diId === undefined ? [] : (ctx.diEdgeEnds.get(diId) ?? [])) {
      ctx.editor.removeAttribute(end.element, end.name);
    }
  }
}

/** Prefix-preserving qualified name for a sibling of `like` in the BPMN namespace. */
export function sameStyleName(like: XmlElement, local: string): string {
  const colon = like.name.indexOf(':');
  return colon === -1 ? local : `${like.name.slice(0, colon)}:${local}`;
}
