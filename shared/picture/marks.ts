import type { ProcessNode, ValueClass } from '../process';
import type { Rect } from '../layout/geometry';
import { COLOURS, n } from './svg';

/*
 * The method marks on a step (MAP-CONVENTIONS "Visible method marks"): a colour band for the
 * value class along the top of the shape, and small drawn icons for approval, inspection and
 * hand-off. Icons are paths, not font glyphs, so they look the same in every format.
 */

export const VALUE_COLOURS: Readonly<Record<ValueClass, string>> = {
  VA: '#2e9d57',
  BVA: '#d9a21b',
  NVA: '#d0453b',
};

export const FLAGS = ['approval', 'inspection', 'handOff'] as const;
export type Flag = (typeof FLAGS)[number];

/** Height of the value-class band. */
export const BAND = 5;
/** Size of a flag icon. */
export const ICON = 11;

export function flagsOf(node: ProcessNode): Flag[] {
  const details = node.activity;
  if (!details) return [];
  return FLAGS.filter((flag) =>
    flag === 'approval'
      ? details.isApproval
      : flag === 'inspection'
        ? details.isInspection
        : details.isHandOff,
  );
}

/** A flag's icon with its top-left corner at (x, y). */
export function flagIcon(flag: Flag, x: number, y: number): string {
  const s = ICON;
  const stroke = `fill="none" stroke="${COLOURS.stroke}" stroke-width="1.3" stroke-linecap="round" stroke-linejoin="round"`;
  if (flag === 'approval') {
    // A seal with a tick: 审批.
    return (
      `<rect x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${n(s - 1)}" height="${n(s - 1)}" rx="2" ${stroke}/>` +
      `<path d="M${n(x + 2.8)},${n(y + 5.8)} L${n(x + 4.9)},${n(y + 8)} L${n(x + 8.4)},${n(y + 3.3)}" ${stroke}/>`
    );
  }
  if (flag === 'inspection') {
    // A magnifier: 检查.
    return (
      `<circle cx="${n(x + 4.6)}" cy="${n(y + 4.6)}" r="3.6" ${stroke}/>` +
      `<path d="M${n(x + 7.3)},${n(y + 7.3)} L${n(x + s - 0.5)},${n(y + s - 0.5)}" ${stroke}/>`
    );
  }
  // An arrow into a bar: 交接 (the work passes to another unit).
  return (
    `<path d="M${n(x + 0.5)},${n(y + s / 2)} H${n(x + s - 3)} M${n(x + s - 6)},${n(y + 2.5)} L${n(x + s - 2.5)},${n(y + s / 2)} L${n(x + s - 6)},${n(y + s - 2.5)}" ${stroke}/>` +
    `<path d="M${n(x + s - 0.6)},${n(y + 1)} V${n(y + s - 1)}" ${stroke}/>`
  );
}

/** The value-class band across the top of a rectangle with rounded corners of radius `r`. */
export function valueBand(rect: Rect, valueClass: ValueClass, r: number): string {
  const { x, y, width: w } = rect;
  const d = `M${n(x)},${n(y + BAND)} V${n(y + r)} Q${n(x)},${n(y)} ${n(x + r)},${n(y)} H${n(x + w - r)} Q${n(x + w)},${n(y)} ${n(x + w)},${n(y + r)} V${n(y + BAND)} Z`;
  return `<path d="${d}" fill="${VALUE_COLOURS[valueClass]}"/>`;
}

/** What a map uses of the marks, so the legend lists only those. */
export type MarksInUse = { values: ValueClass[]; flags: Flag[] };

export function marksInUse(nodes: readonly ProcessNode[]): MarksInUse {
  const values = new Set<ValueClass>();
  const flags = new Set<Flag>();
  for (const node of nodes) {
    if (node.activity?.valueClass) values.add(node.activity.valueClass);
    for (const flag of flagsOf(node)) flags.add(flag);
  }
  return {
    values: (['VA', 'BVA', 'NVA'] as const).filter((v) => values.has(v)),
    flags: FLAGS.filter((f) => flags.has(f)),
  };
}
