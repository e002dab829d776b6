import { call } from '../../api/client';
import { downloadBase64, DOCX_TYPE } from '../../ui/download';

/**
 * Exports one position description, as it is now (version null) or one of its approved
 * versions; resolves with the file's name (null if cancelled).
 */
export async function exportRoleDocx(id: number, version: number | null): Promise<string | null> {
  try {
    const result = await call('export:roleDocx', { id, version });
    if (result.data) downloadBase64(result.fileName, result.data, DOCX_TYPE);
    return result.fileName;
  } catch (error) {
    if ((error as { code?: string }).code === 'CANCELLED') return null;
    throw error;
  }
}
