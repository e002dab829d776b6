import { removeDiOf, type PatchContext } from './patchContext';
import { attr, descendants, isBpmn, type XmlElement } from './xmlIndex';

/*
 * Nodes deleted in RoleFlow. The element goes, and with it whatever cannot stand without it,
 * as a modeller would remove them: connectors RoleFlow does not show that start or end at it
 * (message flows, flows to intermediate events, unmapped associations and data
 * associations), boundary events attached to it (and, in turn, their connectors), the
 * lanes' flowNodeRef and nodes' incoming/outgoing naming any of these, gateway defaults, and
 * their shapes and edges in every diagram.
 */

const CONNECTORS = new Set([
  'sequenceFlow',
  'messageFlow',
  'association',
  'dataInputAssociation',
  'dataOutputAssociation',
]);

export function removeNodes(ctx: PatchContext): void {
  const removed = new Set<XmlElement>();
  const remove = (element: XmlElement) => {
    if (removed.has(element)) return;
    removed.add(element);
    ctx.editor.removeElement(element);
    for (const inner of [element, ...descendants(element)]) {
      const id = attr(inner, 'id');
      if (id !== undefined && isBpmn(inner)) ctx.removedIds.add(id);
    }
  };
  for (const base of ctx.base.nodes.values()) {
    if (!ctx.now.nodes.has(base.node.id)) remove(base.element);
  }
  const done = new Set<string>();
  for (
    let pending = [...ctx.removedIds];
    pending.length > 0;
    pending = [...ctx.removedIds].filter((id) => !done.has(id))
  ) {
    for (const id of pending) {
      done.add(id);
      followReferences(ctx, id, remove);
      removeDiOf(ctx, id);
    }
  }
}

function followReferences(ctx: PatchContext, id: string, remove: (element: XmlElement) => void) {
  for (const ref of ctx.refAttributes.get(id) ?? []) {
    const element = ref.element;
    const ownId = attr(element, 'id');
    // An edge still in the graph was re-pointed in RoleFlow: patchEdges rewrites its ends.
    if (ownId !== undefined && ctx.plans.has(ownId)) continue;
    if (ref.name === 'default') ctx.editor.removeAttribute(element, 'default');
    else if (ref.name === 'attachedToRef' || CONNECTORS.has(element.local)) remove(element);
  }
  for (const ref of ctx.refElements.get(id) ?? []) {
    const parent = ref.parent;
    if (ref.local === 'sourceRef' || ref.local === 'targetRef') {
      const ownId = parent === null ? undefined : attr(parent, 'id');
      if (
        parent &&
        CONNECTORS.has(parent.local) &&
        !(ownId !== undefined && ctx.plans.has(ownId))
      ) {
        remove(parent);
      }
    } else remove(ref);
  }
}
