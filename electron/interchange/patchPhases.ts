import type { Phase } from '../../shared/process';
import { diagramFrame } from '../../shared/layout/frame';
import { bpmnNames, element, shapeMarkup } from './bpmnMarkup';
import { PROCESS_RANK, rankInDefinitions, rankInProcess } from './bpmnOrder';
import { fromGraph, readBounds, sameBounds } from './diGeometry';
import { addDi, removeDiOf, type PatchContext } from './patchContext';
import { setShapeBounds } from './patchDi';
import { attr, type XmlElement } from './xmlIndex';

/*
 * Phases (阶段) of an imported process, written back as the groups they were read from
 * (sourcePhases.ts): a renamed phase renames its category value, a resized or shifted one
 * redraws its group across the lanes, a removed one takes its group and drawing along, and a
 * phase added in RoleFlow becomes a new group naming a new category value. Phases the user
 * left alone keep their bytes, drawing included.
 */

export function patchPhases(ctx: PatchContext): void {
  const before = ctx.base.graph.phases ?? [];
  const now = ctx.input.graph.phases ?? [];
  const kept = new Set(now.map((phase) => phase.id));
  for (const phase of before) if (!kept.has(phase.id)) removeGroup(ctx, phase.id);
  if (now.length === 0 || ctx.input.graph.lanes.length === 0) return;
  const old = new Map(before.map((phase) => [phase.id, phase]));
  const frames = diagramFrame(ctx.input.graph).phases;
  // A phase is redrawn once it, or one before it, was added, removed or resized.
  let shifted = before.some((phase) => !kept.has(phase.id));
  now.forEach((phase, i) => {
    const was = old.get(phase.id);
    const frame = frames[i];
    if (frame === undefined) return;
    const bounds = fromGraph(ctx.base.transform, frame.rect);
    shifted ||= was === undefined || was.size !== phase.size || before.indexOf(was) !== i;
    if (was === undefined) {
      addGroup(ctx, phase, bounds);
      return;
    }
    if (was.name !== phase.name) renameGroup(ctx, phase);
    const shape = ctx.base.plane?.shapes.get(phase.id);
    const drawn = readBounds(shape);
    if (shifted && shape && drawn && !sameBounds(drawn, bounds)) {
      setShapeBounds(ctx, shape, bounds);
    }
  });
}

function groupElement(ctx: PatchContext, id: string): XmlElement | undefined {
  return ctx.source.index.byId.get(id);
}

function removeGroup(ctx: PatchContext, id: string): void {
  const group = groupElement(ctx, id);
  if (group) ctx.editor.removeElement(group);
  removeDiOf(ctx, id);
}

function renameGroup(ctx: PatchContext, phase: Phase): void {
  const group = groupElement(ctx, phase.id);
  const ref = group === undefined ? undefined : attr(group, 'categoryValueRef');
  const local = ref?.slice(ref.indexOf(':') + 1);
  const value = local === undefined ? undefined : ctx.source.index.byId.get(local);
  if (value) ctx.editor.setAttribute(value, 'value', phase.name);
}

function addGroup(
  ctx: PatchContext,
  phase: Phase,
  bounds: { x: number; y: number; width: number; height: number },
): void {
  const id = ctx.ids.claim(phase.id);
  const valueId = ctx.ids.claim(`${id}_name`);
  const root = ctx.source.index.root;
  const rootNames = bpmnNames(root);
  const category = element(
    rootNames.qualify('category'),
    [['id', ctx.ids.claim(`${id}_category`)]],
    element(rootNames.qualify('categoryValue'), [
      ['id', valueId],
      ['value', phase.name],
    ]),
    rootNames.declaration,
  );
  ctx.editor.insertChild(root, category, 2, rankInDefinitions);
  const names = bpmnNames(ctx.base.element);
  ctx.editor.insertChild(
    ctx.base.element,
    element(
      names.qualify('group'),
      [
        ['id', id],
        ['categoryValueRef', valueId],
      ],
      '',
      names.declaration,
    ),
    PROCESS_RANK.artifact,
    rankInProcess,
  );
  addDi(ctx, (diNames, declare) =>
    shapeMarkup(diNames, ctx.ids.claim(`${id}_di`), id, bounds, [], declare),
  );
}
