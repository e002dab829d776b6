import { type PreservedBpmn } from '../../shared/process';
import { DEFINITIONS_RANK, rankInDefinitions } from './bpmnOrder';
import { diNames, element } from './bpmnMarkup';
import { BpmnError } from './errors';
import { fitVerticalLanes, fromLegacyVertical } from './verticalFit';
import { type ExportInput } from './exportInput';
import { createPatchContext, type PatchContext } from './patchContext';
import { flushDi } from './patchDi';
import { patchEdges } from './patchEdges';
import { patchLanes } from './patchLanes';
import { patchPhases } from './patchPhases';
import { planNodes, patchNodes } from './patchNodes';
import { planEdges } from './patchPlan';
import { removeNodes } from './patchRemovals';
import { readSource } from './sourceModel';
import { attr } from './xmlIndex';

/*
 * Export of an imported process by splicing into its source text.
 *
 * The kept source is read again, which reproduces the graph exactly as it was imported (the
 * baseline). The edited graph is compared with it, and each difference becomes a small text
 * edit on the source: a changed name attribute, new shape bounds, a flowNodeRef moved, an
 * element added or removed. Every character outside those edits is copied as it was, so
 * whatever RoleFlow does not model — other pools and processes, event definitions, data
 * inputs, other tools' extensions, further diagrams, comments, even formatting — comes back
 * byte for byte; an unchanged graph gives the source itself. Only the XML declaration's
 * encoding is set to UTF-8, since the result is saved as UTF-8.
 */

export async function exportPatched(input: ExportInput, preserved: PreservedBpmn): Promise<string> {
  let source;
  try {
    source = await readSource(preserved.sourceXml);
  } catch {
    throw invalidSource();
  }
  const base = source.processes.find((process) => process.key === preserved.processId);
  if (base === undefined) throw invalidSource();
  // A vertical file's map stored before RoleFlow had vertical maps has no orientation and
  // its shapes turned a quarter; today's maps of such files say they are vertical.
  const legacy = base.transform.vertical && input.graph.orientation === undefined;
  const graph = legacy ? fromLegacyVertical(input.graph) : input.graph;
  // The user may have turned the map: lanes are then drawn the map's way, not the file's.
  const vertical = graph.orientation === 'vertical';
  const turned = vertical !== base.transform.vertical;
  const drawn = turned ? { ...base, transform: { ...base.transform, vertical } } : base;
  const fitted = vertical
    ? { ...input, graph: fitVerticalLanes(graph, base.graph) }
    : { ...input, graph };
  const ctx = createPatchContext(fitted, source, drawn);
  // The process was named at import ("file · pool", trimmed): only a rename by the user is
  // written back, so "Order\n" stays as the file wrote it.
  const importedName = preserved.importedName ?? base.name;
  if (input.name !== importedName && input.name !== base.name) renameProcess(ctx, input.name);
  planNodes(ctx);
  planEdges(ctx);
  removeNodes(ctx);
  patchNodes(ctx);
  patchEdges(ctx);
  patchLanes(ctx);
  if (turned) markOrientation(ctx, vertical);
  patchPhases(ctx);
  flushDi(ctx);
  writeOrphanDiagram(ctx);
  declareUtf8(ctx);
  return ctx.editor.result();
}

/** A turned map's lanes and pool say which way they run (BPMN DI isHorizontal). */
function markOrientation(ctx: PatchContext, vertical: boolean): void {
  if (ctx.now.lanes.size === 0) return;
  const shapes = [
    ...[...ctx.base.lanes.values()]
      .filter((lane) => ctx.now.lanes.has(lane.lane.id))
      .map((lane) => lane.shape),
    ctx.base.participant?.shape,
  ];
  for (const shape of shapes) {
    if (shape) ctx.editor.setAttribute(shape, 'isHorizontal', String(!vertical));
  }
}

function invalidSource(): BpmnError {
  return new BpmnError(
    'preserved-source-invalid',
    'The BPMN file this process was imported from could not be read back, so it cannot be ' +
      'exported with its original content. Import the file again.',
  );
}

/** The pool's name if there is a pool, else the process's. */
function renameProcess(ctx: PatchContext, name: string): void {
  const target = ctx.base.participant?.element ?? ctx.base.element;
  ctx.editor.setAttribute(target, 'name', name);
}

/** A process the file draws nowhere gets its own diagram for what RoleFlow lays out. */
function writeOrphanDiagram(ctx: PatchContext): void {
  if (ctx.orphanDi.length === 0) return;
  const root = ctx.source.index.root;
  const names = diNames(root);
  const planeTarget = ctx.base.participant?.id ?? attr(ctx.base.element, 'id');
  const plane = element(
    names.bpmndi.qualify('BPMNPlane'),
    [
      ['id', ctx.ids.claim('BPMNPlane_RoleFlow')],
      ['bpmnElement', planeTarget],
    ],
    ctx.orphanDi.map((build) => build(names)).join(''),
  );
  ctx.editor.insertChild(
    root,
    element(
      names.bpmndi.qualify('BPMNDiagram'),
      [['id', ctx.ids.claim('BPMNDiagram_RoleFlow')]],
      plane,
      names.declaration,
    ),
    DEFINITIONS_RANK.diagram,
    rankInDefinitions,
  );
}

function declareUtf8(ctx: PatchContext): void {
  const text = ctx.source.index.text;
  if (!text.startsWith('<?xml')) return;
  const end = text.indexOf('?>');
  const match = /(\sencoding\s*=\s*["'])([^"']*)["']/.exec(text.slice(0, end));
  if (match?.[2] === undefined || /^utf-?8$/i.test(match[2])) return;
  const start = match.index + (match[1]?.length ?? 0);
  ctx.editor.replaceRange(start, start + match[2].length, 'UTF-8');
}
