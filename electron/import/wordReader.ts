import mammoth from 'mammoth';
import type { Block } from '../../shared/import/blocks';
import { htmlToBlocks } from '../../shared/import/htmlBlocks';
import type { WordLimits } from './limits';
import { WordRefusal } from './refusal';
import { guardDocx } from './zipGuard';

/*
 * Reads one Word file into blocks (runs inside the import worker): the zip is checked against
 * the caps first, and only then does mammoth parse it. Pictures are not carried (a position
 * description's fields are text); each one leaves a "[picture]" mark so the preview says so.
 */

export type ReadWord = { blocks: Block[]; warnings: string[] };

export async function readWord(bytes: Buffer, limits: WordLimits): Promise<ReadWord> {
  await guardDocx(bytes, limits);
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        // A document's Title line is its heading (GOV.UK packs put the job title there).
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
      },
    );
  } catch (error) {
    throw new WordRefusal(
      'WORD_UNREADABLE',
      error instanceof Error ? error.message : String(error),
    );
  }
  const warnings = result.messages
    .filter((m) => m.type === 'error')
    .map((m) => m.message)
    .slice(0, 20);
  return { blocks: htmlToBlocks(result.value), warnings };
}
