import { type BpmnModdle } from 'bpmn-moddle';
import { type ProcessGraph } from '../../shared/process';
import { diagramFrame } from '../../shared/layout/frame';
import { type Bounds } from './diGeometry';
import { type IdAllocator } from './ids';
import { type ModdleObject } from './moddle';

/*
 * Phases (阶段) in a fresh export, the way BPMN draws bands across a diagram: one category
 * whose values are the phases' names, and per phase a group naming its value, drawn over the
 * phase's band across every lane (shared/layout/frame.ts). Modellers show groups as dashed
 * boxes titled with the name; RoleFlow reads a group across all lanes back as a phase.
 */

export type FreshPhases = {
  /** The category to list among the definitions' root elements, if the map has phases. */
  category: ModdleObject | undefined;
  groups: { group: ModdleObject; bounds: Bounds }[];
};

export function freshPhases(
  moddle: BpmnModdle,
  ids: IdAllocator,
  graph: ProcessGraph,
  xmlIdOf: (graphId: string) => string,
): FreshPhases {
  const frames = diagramFrame(graph).phases;
  if (frames.length === 0 || graph.lanes.length === 0) return { category: undefined, groups: [] };
  const values: ModdleObject[] = [];
  const groups = frames.map((frame) => {
    const id = xmlIdOf(frame.phaseId);
    const value = moddle.create('bpmn:CategoryValue', {
      id: ids.claim(`${id}_name`),
      value: frame.name,
    });
    values.push(value);
    return {
      group: moddle.create('bpmn:Group', { id, categoryValueRef: value }),
      bounds: frame.rect,
    };
  });
  const category = moddle.create('bpmn:Category', {
    id: ids.claim('Category_Phases'),
    categoryValue: values,
  });
  return { category, groups };
}
