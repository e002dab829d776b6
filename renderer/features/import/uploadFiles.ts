import { WORD_UPLOAD_MAX_BASE64 } from '../../../shared/contract/importChannels';
import { fileBase64 } from '../processes/fileBase64';

/*
 * The browser host's way in: the page sends the picked files' bytes. The host takes at most
 * 32 MB a request, so a batch stops sending at 24 MB; the files past it are listed as refused
 * ("import it in another batch"), and so is a file too large to be a description.
 */

const BATCH_BYTES = 24 * 1024 * 1024;
const FILE_BYTES = 20 * 1024 * 1024;

export type UploadedFile = {
  fileName: string;
  data: string | null;
  refused: 'WORD_TOO_LARGE' | 'WORD_BATCH_FULL' | null;
};

export async function uploadedFiles(files: readonly File[]): Promise<UploadedFile[]> {
  let sent = 0;
  const uploads: UploadedFile[] = [];
  for (const file of files) {
    const fileName = file.webkitRelativePath || file.name;
    if (!/\.docx$/i.test(file.name)) {
      // Listed as skipped by main; its bytes are of no use.
      uploads.push({ fileName, data: null, refused: null });
    } else if (file.size > FILE_BYTES) {
      uploads.push({ fileName, data: null, refused: 'WORD_TOO_LARGE' });
    } else if (sent + file.size > BATCH_BYTES) {
      uploads.push({ fileName, data: null, refused: 'WORD_BATCH_FULL' });
    } else {
      sent += file.size;
      const data = await fileBase64(file);
      uploads.push({
        fileName,
        data: data.length <= WORD_UPLOAD_MAX_BASE64 ? data : null,
        refused: data.length <= WORD_UPLOAD_MAX_BASE64 ? null : 'WORD_TOO_LARGE',
      });
    }
  }
  return uploads;
}
