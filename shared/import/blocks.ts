/*
 * A Word document as the import reads it: the blocks mammoth's HTML holds, in order. Cells
 * keep their paragraphs as lines ("\n"), so a cell listing three requirements stays three.
 */

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string; bold: boolean }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; rows: string[][] };

/** One piece of the document the import could not put into a field, shown in the preview. */
export type Unplaced = { heading: string; text: string };
