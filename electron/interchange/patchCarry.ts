import { type PatchContext } from './patchContext';
import { shiftEnd, translateDi } from './patchDi';
import { type SourceNode } from './sourceTypes';
import { attr, descendants, isBpmn, type XmlElement } from './xmlIndex';

/*
 * What moves with a moved shape, on the same plane (a collapsed sub-process's own diagram
 * stays where it is): boundary events attached to it and the drawn contents of an expanded
 * sub-process move whole; connectors RoleFlow does not show (message flows, flows from
 * boundary or to intermediate events, data associations) keep the end that touches the
 * moved shapes and have only that end moved.
 */

const DATA_ASSOCIATIONS = new Set(['dataInputAssociation', 'dataOutputAssociation']);

export function carryAlong(ctx: PatchContext, base: SourceNode, dx: number, dy: number): void {
  const plane = base.shape?.parent ?? null;
  // The node's own data associations reach outside it: only their near end moves.
  const own = base.element.children.filter(
    (child) => isBpmn(child) && DATA_ASSOCIATIONS.has(child.local),
  );
  const ownSet = new Set<XmlElement>([...own, ...own.flatMap(descendants)]);
  const carried = new Set<string>();
  for (const ref of ctx.refAttributes.get(base.node.id) ?? []) {
    const id = attr(ref.element, 'id');
    if (ref.name === 'attachedToRef' && id !== undefined) carried.add(id);
  }
  for (const inner of descendants(base.element)) {
    const id = attr(inner, 'id');
    if (id !== undefined && !ownSet.has(inner)) carried.add(id);
  }
  const onPlane = (id: string) =>
    (ctx.source.di.byElement.get(id) ?? []).filter((di) => di.parent === plane);
  for (const id of carried) for (const di of onPlane(id)) translateDi(ctx, di, dx, dy);

  const shift = (connector: XmlElement, end: 'first' | 'last') => {
    const id = attr(connector, 'id');
    if (id === undefined || ctx.base.edges.has(id) || carried.has(id)) return;
    for (const di of onPlane(id)) if (di.local === 'BPMNEdge') shiftEnd(ctx, di, end, dx, dy);
  };
  for (const association of own) {
    shift(association, association.local === 'dataInputAssociation' ? 'last' : 'first');
  }
  for (const id of [base.node.id, ...carried]) {
    for (const ref of ctx.refAttributes.get(id) ?? []) {
      if (ref.name === 'sourceRef') shift(ref.element, 'first');
      if (ref.name === 'targetRef') shift(ref.element, 'last');
    }
    for (const ref of ctx.refElements.get(id) ?? []) {
      const connector = ref.parent;
      if (connector === null || !DATA_ASSOCIATIONS.has(connector.local)) continue;
      if (ref.local === 'sourceRef') shift(connector, 'first');
      if (ref.local === 'targetRef') shift(connector, 'last');
    }
  }
}
