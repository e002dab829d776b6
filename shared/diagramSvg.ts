import { LANE_HEADER_WIDTH as LANE_HEADER } from './layout/geometry';
import type { NodeKind, ProcessGraph, ProcessNode } from './process';

/*
 * The whole process map as a standalone SVG, drawn from the graph itself rather than from the
 * screen: the editor culls what is off-screen, an export must not. The renderer turns the same
 * SVG into a PNG.
 */

const MARGIN = 20;
const FONT = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 forbids would make the file unreadable.
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

export function diagramSize(graph: ProcessGraph): { width: number; height: number } {
  const right = graph.nodes.reduce((max, n) => Math.max(max, n.x + n.width), LANE_HEADER + 200);
  const laneBottom = graph.lanes.reduce((sum, lane) => sum + lane.size, 0);
  const nodeBottom = graph.nodes.reduce((max, n) => Math.max(max, n.y + n.height), 0);
  return { width: right + 60, height: Math.max(laneBottom, nodeBottom) };
}

export function renderProcessSvg(graph: ProcessGraph, title: string): string {
  const { width, height } = diagramSize(graph);
  const titleHeight = title ? 36 : 0;
  const parts: string[] = [];
  let top = 0;
  graph.lanes.forEach((lane, index) => {
    const fill = index % 2 === 0 ? '#f0f4f9' : '#ffffff';
    parts.push(
      `<rect x="0" y="${top}" width="${width}" height="${lane.size}" fill="${fill}" stroke="#7f93a8" stroke-width="1.5"/>`,
      `<rect x="0" y="${top}" width="${LANE_HEADER}" height="${lane.size}" fill="#dfe8f2" stroke="#7f93a8" stroke-width="1.5"/>`,
      text(lane.name, LANE_HEADER / 2, top + lane.size / 2, {
        weight: 600,
        size: 13,
        color: '#17324d',
      }),
    );
    top += lane.size;
  });
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source && target) parts.push(connector(source, target, edge.label));
  }
  for (const node of graph.nodes) parts.push(shape(node));
  const total = { width: width + MARGIN * 2, height: height + MARGIN * 2 + titleHeight };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total.width}" height="${total.height}" viewBox="0 0 ${total.width} ${total.height}" font-family="${escapeXml(FONT)}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#4a6a8a"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    title
      ? text(title, total.width / 2, MARGIN + 12, { weight: 700, size: 18, color: '#17324d' })
      : '',
    `<g transform="translate(${MARGIN} ${MARGIN + titleHeight})">`,
    ...parts,
    '</g>',
    '</svg>',
  ].join('\n');
}

type TextStyle = { weight?: number; size?: number; color?: string; anchor?: 'middle' | 'start' };

function text(content: string, x: number, y: number, style: TextStyle = {}): string {
  const lines = content.split('\n').slice(0, 4);
  const size = style.size ?? 12;
  const first = y - ((lines.length - 1) * size * 1.25) / 2;
  const spans = lines
    .map((line, i) => `<tspan x="${x}" y="${first + i * size * 1.25}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text text-anchor="${style.anchor ?? 'middle'}" dominant-baseline="central" font-size="${size}" font-weight="${style.weight ?? 400}" fill="${style.color ?? '#1d2b3a'}">${spans}</text>`;
}

const STROKE = '#4a6a8a';

function shape(node: ProcessNode): string {
  const { x, y, width: w, height: h } = node;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const label = text(node.label, cx, cy);
  const outlines: Record<NodeKind, string> = {
    start: `<ellipse cx="${cx}" cy="${cy}" rx="${w / 2}" ry="${h / 2}" fill="#e8f5e9" stroke="#3c8d40" stroke-width="1.5"/>`,
    end: `<ellipse cx="${cx}" cy="${cy}" rx="${w / 2}" ry="${h / 2}" fill="#fdecec" stroke="#b23b3b" stroke-width="3"/>`,
    activity: `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" fill="#ffffff" stroke="${STROKE}" stroke-width="1.5"/>`,
    decision: `<polygon points="${cx},${y} ${x + w},${cy} ${cx},${y + h} ${x},${cy}" fill="#fff8e6" stroke="#b7791f" stroke-width="1.5"/>`,
    document: `<path d="M${x},${y} H${x + w} V${y + h - 10} Q${x + w * 0.75},${y + h - 20} ${cx},${y + h - 10} T${x},${y + h - 10} Z" fill="#fffbe6" stroke="${STROKE}" stroke-width="1.5"/>`,
    data: `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${w / 2}" ry="14" fill="#eef4fb" stroke="${STROKE}" stroke-width="1.5"/>`,
    subProcess: `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" fill="#ffffff" stroke="${STROKE}" stroke-width="3"/>`,
    annotation: `<path d="M${x + 10},${y} H${x} V${y + h} H${x + 10}" fill="none" stroke="#8c8c8c" stroke-width="1.5"/>`,
  };
  const body =
    node.kind === 'annotation'
      ? text(node.label, x + 8, cy, { anchor: 'start', color: '#595959' })
      : label;
  return `<g data-id="${escapeXml(node.id)}">${outlines[node.kind]}${body}</g>`;
}

/** An orthogonal connector from the source's right side to the target's left side. */
function connector(source: ProcessNode, target: ProcessNode, label: string): string {
  const sx = source.x + source.width;
  const sy = source.y + source.height / 2;
  const tx = target.x;
  const ty = target.y + target.height / 2;
  const midX = tx > sx ? (sx + tx) / 2 : sx + 20;
  const points =
    tx > sx
      ? `${sx},${sy} ${midX},${sy} ${midX},${ty} ${tx},${ty}`
      : `${sx},${sy} ${midX},${sy} ${midX},${Math.max(source.y + source.height, target.y + target.height) + 20} ${tx - 20},${Math.max(source.y + source.height, target.y + target.height) + 20} ${tx - 20},${ty} ${tx},${ty}`;
  const path = `<polyline points="${points}" fill="none" stroke="${STROKE}" stroke-width="1.5" marker-end="url(#arrow)"/>`;
  if (!label) return path;
  const labelX = midX + 4;
  const labelY = (sy + ty) / 2;
  return `${path}<rect x="${labelX - 2}" y="${labelY - 9}" width="${label.length * 13 + 4}" height="18" fill="#ffffff"/>${text(label, labelX, labelY, { anchor: 'start', size: 12 })}`;
}
