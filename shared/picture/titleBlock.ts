import type { Rect } from '../layout/geometry';
import { flagIcon, VALUE_COLOURS, type MarksInUse } from './marks';
import { COLOURS, n, textBlock } from './svg';
import { fitText, textWidth } from './text';

/*
 * What every page carries besides the map: the title block (process name, code, version,
 * date, page n of m) above it and a one-line legend of the marks the map uses below it.
 * Drawn in points.
 */

/** The words a picture prints, in the language chosen for it. */
export type PictureLabels = {
  code: string;
  version: string;
  date: string;
  /** "Page {{n}} of {{m}}". */
  page: string;
  /** Next to an off-page connector: "to page {{n}}" / "from page {{n}}". */
  toPage: string;
  fromPage: string;
  legend: {
    VA: string;
    BVA: string;
    NVA: string;
    approval: string;
    inspection: string;
    handOff: string;
    offPage: string;
    hop: string;
  };
};

/** What the title block says about the process. */
export type PictureInfo = { name: string; code: string; version: string; date: string };

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

const CELL = 74;
const LINE = `stroke="${COLOURS.stroke}" stroke-width="0.8"`;

export function titleBlock(
  box: Rect,
  info: PictureInfo,
  labels: PictureLabels,
  pageNumber: number,
  pages: number,
): string {
  const cells: [string, string][] = [
    [labels.code, info.code || '—'],
    [labels.version, info.version || '—'],
    [labels.date, info.date],
    ['', fill(labels.page, { n: pageNumber, m: pages })],
  ];
  const nameWidth = box.width - CELL * cells.length;
  const parts = [
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="#ffffff" ${LINE}/>`,
  ];
  const name = fitText(info.name, nameWidth - 16, box.height - 6, 13, 7);
  parts.push(textBlock(name, box.x + 8, box.y + box.height / 2, { anchor: 'start', weight: 700 }));
  cells.forEach(([caption, value], i) => {
    const x = box.x + nameWidth + i * CELL;
    parts.push(`<path d="M${n(x)},${n(box.y)} V${n(box.y + box.height)}" ${LINE}/>`);
    const set = fitText(value, CELL - 8, caption ? 13 : box.height - 6, 9.5, 6);
    if (caption) {
      parts.push(
        textBlock({ size: 6.5, lines: [caption] }, x + 5, box.y + 8, {
          anchor: 'start',
          colour: COLOURS.muted,
        }),
        textBlock(set, x + CELL / 2, box.y + box.height - 12, {}),
      );
    } else {
      parts.push(textBlock(set, x + CELL / 2, box.y + box.height / 2, { weight: 700 }));
    }
  });
  return `<g data-part="title-block">${parts.join('')}</g>`;
}

/** The legend: only the marks used on this map, then the off-page connector and line hop. */
export function legend(
  box: Rect,
  marks: MarksInUse,
  labels: PictureLabels,
  withOffPage: boolean,
): string {
  const size = 7;
  const parts: string[] = [];
  let x = box.x;
  const y = box.y + box.height / 2;
  const caption = (text: string) => {
    parts.push(
      textBlock({ size, lines: [text] }, x, y, { anchor: 'start', colour: COLOURS.muted }),
    );
    x += textWidth(text, size) + 12;
  };
  for (const value of marks.values) {
    parts.push(
      `<rect x="${n(x)}" y="${n(y - 3)}" width="14" height="6" fill="${VALUE_COLOURS[value]}"/>`,
    );
    x += 18;
    caption(labels.legend[value]);
  }
  for (const flag of marks.flags) {
    parts.push(
      `<g transform="translate(${n(x)} ${n(y - 5)}) scale(0.9)">${flagIcon(flag, 0, 0)}</g>`,
    );
    x += 13;
    caption(labels.legend[flag]);
  }
  if (withOffPage) {
    parts.push(
      `<circle cx="${n(x + 6)}" cy="${n(y)}" r="5.5" fill="#ffffff" stroke="${COLOURS.connector}" stroke-width="0.8"/>`,
      textBlock({ size: 5, lines: ['A1'] }, x + 6, y, { weight: 700 }),
    );
    x += 16;
    caption(labels.legend.offPage);
  }
  parts.push(
    `<path d="M${n(x)},${n(y + 2)} H${n(x + 5)} A3,3 0 0 1 ${n(x + 11)},${n(y + 2)} H${n(x + 16)} M${n(x + 8)},${n(y - 4)} V${n(y + 6)}" fill="none" stroke="${COLOURS.connector}" stroke-width="0.8"/>`,
  );
  x += 20;
  caption(labels.legend.hop);
  // Too long for the page (many marks, long English words): the whole line is shrunk to fit.
  const used = x - 12 - box.x;
  const fit = used > box.width ? box.width / used : 1;
  const transform =
    fit < 1
      ? ` transform="translate(${n(box.x)} ${n(y)}) scale(${n(fit)}) translate(${n(-box.x)} ${n(-y)})"`
      : '';
  return `<g data-part="legend"${transform}>${parts.join('')}</g>`;
}
