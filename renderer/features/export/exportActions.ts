import { call } from '../../api/client';

/** Hands bytes from the browser host to the user as a download (Electron saves in main). */
export function downloadBase64(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const blob = new Blob([bytes], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Let the download start before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports one position description; resolves with the file's name (null if cancelled). */
export async function exportRoleDocx(id: number): Promise<string | null> {
  try {
    const result = await call('export:roleDocx', { id });
    if (result.data) downloadBase64(result.fileName, result.data);
    return result.fileName;
  } catch (error) {
    if ((error as { code?: string }).code === 'CANCELLED') return null;
    throw error;
  }
}
