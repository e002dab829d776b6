import type { ResponseOf } from '../../../shared/contract';
import type { SheetText } from './sheetText';
import type { SheetColumn, SheetTable } from './sheetModel';

/** Wide enough for "R/A" and for a role's title wrapped over a few lines. */
const ROLE_COLUMN_WIDTH = 11;

/**
 * The organisation view's RACI matrix as shown for its scope: one row per step (process and
 * step number repeated, so the sheet filters and sorts), one column per role, the R1–R3
 * problems last. Process, number and step stay in view when scrolling right.
 */
export function raciSheet(
  matrix: ResponseOf<'organisation:raci'>,
  scopeLine: string,
  text: SheetText,
): SheetTable {
  const { t } = text;
  const k = (key: string) => t(`sheets.raci.${key}`);
  const columns: SheetColumn[] = [
    { heading: k('process'), format: 'text' },
    { heading: k('stepNumber'), format: 'integer' },
    { heading: k('step'), format: 'text' },
    ...matrix.roles.map((role): SheetColumn => ({
      heading: role.title,
      format: 'text',
      width: ROLE_COLUMN_WIDTH,
      center: true,
    })),
    { heading: k('problems'), format: 'text' },
  ];
  const rows = matrix.processes.flatMap((block) => {
    const processName = block.code ? `${block.code} ${block.name}` : block.name;
    return block.steps.map((step) => {
      const letters = new Map(step.cells.map((cell) => [cell.roleId, cell.letters.join('/')]));
      return {
        cells: [
          processName,
          step.stepNumber,
          step.label,
          ...matrix.roles.map((role) => letters.get(role.id) ?? ''),
          step.problems.map((p) => t(`alignment.organisation.raci.problems.${p}`)).join(', '),
        ],
      };
    });
  });
  return {
    name: k('sheet'),
    title: k('title'),
    notes: [text.exportedLine, scopeLine, k('legend')],
    columns,
    rows,
    frozenColumns: 3,
  };
}
