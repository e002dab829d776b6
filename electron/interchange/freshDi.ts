import { type BpmnModdle } from 'bpmn-moddle';
import { type ProcessNode } from '../../shared/process';
import { type Bounds, type Point } from './diGeometry';
import { type IdAllocator } from './ids';
import { type ModdleObject } from './moddle';

/* Diagram elements of a fresh export, as bpmn-moddle objects. */

/** DI numbers without float noise (120.00000000000001). */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function nodeShapeFlags(node: ProcessNode): Record<string, unknown> {
  if (node.kind === 'decision') return { isMarkerVisible: true };
  if (node.kind === 'subProcess') return { isExpanded: false };
  return {};
}

export function shape(
  moddle: BpmnModdle,
  ids: IdAllocator,
  element: ModdleObject,
  bounds: Bounds,
  flags: Record<string, unknown>,
): ModdleObject {
  const elementId = element.get('id');
  return moddle.create('bpmndi:BPMNShape', {
    id: ids.claim(`${typeof elementId === 'string' ? elementId : 'Shape'}_di`),
    bpmnElement: element,
    ...flags,
    bounds: moddle.create('dc:Bounds', {
      x: round(bounds.x),
      y: round(bounds.y),
      width: round(bounds.width),
      height: round(bounds.height),
    }),
  });
}

export function diEdge(
  moddle: BpmnModdle,
  ids: IdAllocator,
  element: ModdleObject,
  points: Point[],
) {
  const elementId = element.get('id');
  return moddle.create('bpmndi:BPMNEdge', {
    id: ids.claim(`${typeof elementId === 'string' ? elementId : 'Edge'}_di`),
    bpmnElement: element,
    waypoint: points.map((point) =>
      moddle.create('dc:Point', { x: round(point.x), y: round(point.y) }),
    ),
  });
}
