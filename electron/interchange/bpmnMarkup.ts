import { formatNumber, escapeAttribute, escapeText } from './xmlText';
import { nameIn } from './xmlEditor';
import { NS, type XmlElement } from './xmlIndex';
import { type Bounds, type Point } from './diGeometry';

/*
 * Markup for elements spliced into an imported file, written with the prefixes in scope
 * where they go (see xmlEditor.nameIn). One element per line, attributes escaped.
 */

export type Names = {
  qualify: (local: string) => string;
  /** xmlns declarations the inserted element must carry ('' when all are in scope). */
  declaration: string;
};

export function bpmnNames(parent: XmlElement): Names {
  return nameIn(parent, NS.bpmn, 'bpmn');
}

export type DiNames = { bpmndi: Names; dc: Names; di: Names; declaration: string };

export function diNames(parent: XmlElement): DiNames {
  const bpmndi = nameIn(parent, NS.bpmndi, 'bpmndi');
  const dc = nameIn(parent, NS.dc, 'dc');
  const di = nameIn(parent, NS.di, 'di');
  return { bpmndi, dc, di, declaration: bpmndi.declaration + dc.declaration + di.declaration };
}

export function attributes(values: [string, string | undefined][]): string {
  return values
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

/** `<name attrs/>` or `<name attrs>content</name>`; `declaration` goes on the element. */
export function element(
  name: string,
  attrs: [string, string | undefined][],
  content = '',
  declaration = '',
): string {
  const start = `<${name}${declaration}${attributes(attrs)}`;
  return content === '' ? `${start}/>` : `${start}>${content}</${name}>`;
}

export function textElement(name: string, text: string): string {
  return `<${name}>${escapeText(text)}</${name}>`;
}

export function boundsMarkup(dc: Names, bounds: Bounds): string {
  return element(dc.qualify('Bounds'), [
    ['x', formatNumber(bounds.x)],
    ['y', formatNumber(bounds.y)],
    ['width', formatNumber(bounds.width)],
    ['height', formatNumber(bounds.height)],
  ]);
}

export function waypointsMarkup(di: Names, points: Point[]): string {
  return points
    .map((point) =>
      element(di.qualify('waypoint'), [
        ['x', formatNumber(point.x)],
        ['y', formatNumber(point.y)],
      ]),
    )
    .join('');
}

export function shapeMarkup(
  names: DiNames,
  id: string,
  target: string,
  bounds: Bounds,
  extra: [string, string | undefined][] = [],
  withDeclaration = true,
): string {
  return element(
    names.bpmndi.qualify('BPMNShape'),
    [['id', id], ['bpmnElement', target], ...extra],
    boundsMarkup(names.dc, bounds),
    withDeclaration ? names.declaration : '',
  );
}

export function edgeMarkup(
  names: DiNames,
  id: string,
  target: string,
  points: Point[],
  withDeclaration = true,
): string {
  return element(
    names.bpmndi.qualify('BPMNEdge'),
    [
      ['id', id],
      ['bpmnElement', target],
    ],
    waypointsMarkup(names.di, points),
    withDeclaration ? names.declaration : '',
  );
}
