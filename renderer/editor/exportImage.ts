import { renderProcessSvg } from '../../shared/diagramSvg';
import { safeFileName } from '../../shared/fileNames';
import type { ProcessGraph } from '../../shared/process';
import { downloadBlob } from '../ui/download';

/** The whole map as SVG (not only what is on screen). */
export function exportSvg(graph: ProcessGraph, name: string): void {
  downloadBlob(
    safeFileName(name, 'svg'),
    new Blob([renderProcessSvg(graph, name)], { type: 'image/svg+xml' }),
  );
}

/** The whole map as a PNG at twice the diagram's size, for sharp printing. */
export async function exportPng(graph: ProcessGraph, name: string): Promise<void> {
  const svg = renderProcessSvg(graph, name);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * 2;
    canvas.height = image.height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas available');
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The image could not be encoded');
    downloadBlob(safeFileName(name, 'png'), blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
