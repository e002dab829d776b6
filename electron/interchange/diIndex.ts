import {
  childrenOf,
  firstChild,
  NS,
  attr,
  resolveId,
  type XmlElement,
  type XmlIndex,
} from './xmlIndex';

/*
 * The diagrams of a file: for each BPMNPlane, its shapes and edges by the id of the element
 * they draw. A file may have several diagrams (one per collaboration, one per expanded
 * sub-process…); a process is read from the plane that draws most of it.
 */

export type DiPlane = {
  diagram: XmlElement;
  plane: XmlElement;
  /** The id the plane draws (a collaboration, process or sub-process). */
  target: string | undefined;
  shapes: Map<string, XmlElement>;
  edges: Map<string, XmlElement>;
};

export type DiIndex = {
  planes: DiPlane[];
  /** Every shape and edge drawing an element, across all planes. */
  byElement: Map<string, XmlElement[]>;
};

export function indexDi(index: XmlIndex): DiIndex {
  const planes: DiPlane[] = [];
  const byElement = new Map<string, XmlElement[]>();
  for (const diagram of childrenOf(index.root, NS.bpmndi, 'BPMNDiagram')) {
    const plane = firstChild(diagram, NS.bpmndi, 'BPMNPlane');
    if (plane === undefined) continue;
    const entry: DiPlane = {
      diagram,
      plane,
      target: resolveId(index, attr(plane, 'bpmnElement')),
      shapes: new Map(),
      edges: new Map(),
    };
    for (const child of plane.children) {
      if (child.ns !== NS.bpmndi) continue;
      const target = resolveId(index, attr(child, 'bpmnElement'));
      if (target === undefined) continue;
      const map =
        child.local === 'BPMNShape'
          ? entry.shapes
          : child.local === 'BPMNEdge'
            ? entry.edges
            : null;
      if (map === null) continue;
      if (!map.has(target)) map.set(target, child);
      const all = byElement.get(target) ?? [];
      all.push(child);
      byElement.set(target, all);
    }
    planes.push(entry);
  }
  return { planes, byElement };
}

/** The plane drawing most of `ids`; ties go to the first plane in the file. */
export function bestPlane(di: DiIndex, ids: string[]): DiPlane | undefined {
  let best: DiPlane | undefined;
  let bestHits = 0;
  for (const plane of di.planes) {
    const hits = ids.filter((id) => plane.shapes.has(id) || plane.edges.has(id)).length;
    if (hits > bestHits) {
      best = plane;
      bestHits = hits;
    }
  }
  return best;
}
