import { type ModdleWarning } from 'bpmn-moddle';
import {
  type Lane,
  type ProcessEdge,
  type ProcessGraph,
  type ProcessNode,
} from '../../shared/process';
import { type Bounds, type DiTransform } from './diGeometry';
import { type DiIndex, type DiPlane } from './diIndex';
import { type ModdleObject } from './moddle';
import { type LaneRef, type RaciRef } from './stableRefs';
import { type XmlElement, type XmlIndex } from './xmlIndex';

/*
 * The shapes of a BPMN file read for RoleFlow (see sourceModel.ts): for each process, the
 * graph RoleFlow shows and the source ranges every node, edge and lane came from.
 */

export type SourceNode = {
  node: ProcessNode;
  /** An activity's RACI entries as the file names them (bound by the importing service). */
  raci: RaciRef[];
  element: XmlElement;
  moddle: ModdleObject;
  shape: XmlElement | undefined;
  bounds: Bounds | undefined;
};

/** How an edge is written: a sequence flow, an association, or a data association. */
export type EdgeKind = 'sequenceFlow' | 'association' | 'dataInput' | 'dataOutput';

export type SourceEdge = {
  edge: ProcessEdge;
  element: XmlElement;
  kind: EdgeKind;
  diEdge: XmlElement | undefined;
};

export type SourceLane = {
  lane: Lane;
  /** The role or department a RoleFlow file says the lane is bound to. */
  ref: LaneRef | undefined;
  element: XmlElement;
  shape: XmlElement | undefined;
  bounds: Bounds | undefined;
};

export type SourceParticipant = {
  id: string;
  element: XmlElement;
  shape: XmlElement | undefined;
};

export type SourceProcess = {
  /** The process id, or `#n` (n-th process of the file) for a process without one. */
  key: string;
  name: string;
  element: XmlElement;
  participant: SourceParticipant | undefined;
  /** Lanes, nodes and edges as imported (no `bpmn` member). */
  graph: ProcessGraph;
  needsLayout: boolean;
  transform: DiTransform;
  plane: DiPlane | undefined;
  nodes: Map<string, SourceNode>;
  edges: Map<string, SourceEdge>;
  lanes: Map<string, SourceLane>;
  /** What the file holds in this process that RoleFlow does not show, by kind. */
  hidden: Map<string, number>;
};

export type SourceModel = {
  index: XmlIndex;
  di: DiIndex;
  definitions: ModdleObject;
  warnings: ModdleWarning[];
  processes: SourceProcess[];
};

export type SourceContext = {
  index: XmlIndex;
  di: DiIndex;
  /** Participant (pool) of each process, with the collaboration that holds it. */
  pools: Map<ModdleObject, { participant: ModdleObject; collaboration: ModdleObject }>;
};
