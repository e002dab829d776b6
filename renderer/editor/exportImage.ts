import { renderProcessSvg } from '../../shared/diagramSvg';
import type { ProcessGraph } from '../../shared/process';

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** File names from a process name: no path separators or characters Windows refuses. */
export function imageFileName(name: string, extension: 'svg' | 'png' | 'bpmn'): string {
  // eslint-disable-next-line no-control-regex -- control characters are never part of a file name
  const safe = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  return `${safe.slice(0, 100) || 'process'}.${extension}`;
}

/** The whole map as SVG (not only what is on screen). */
export function exportSvg(graph: ProcessGraph, name: string): void {
  download(
    imageFileName(name, 'svg'),
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
    download(imageFileName(name, 'png'), blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a BPMN file from the browser host to the user (Electron writes it in main). */
export function downloadBpmn(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  download(fileName, new Blob([bytes], { type: 'application/xml' }));
}
