/*
 * A spreadsheet as the builders describe it, before exceljs sees it: named sheets of titled
 * tables whose columns say how their numbers are shown. Builders stay pure functions of the
 * data the screens show; only workbook.ts knows exceljs.
 */

/** How a column's (or a cell's) number is shown; text columns hold strings. */
export type CellFormat =
  | 'text'
  /** A number as it is (General): a headcount of 3 or of 2.5. */
  | 'plain'
  | 'integer'
  | 'decimal'
  | 'hours'
  | 'twoDecimals'
  | 'percent'
  /** Two decimals: the small shares of a process (a PCE of 0.05 %). */
  | 'precisePercent'
  | 'money';

/** A number that is shown in another format than its column's (a summary's mixed values). */
export type FormattedNumber = { value: number; format: CellFormat };

export type Cell = string | number | FormattedNumber | null;

export type SheetColumn = {
  heading: string;
  format: CellFormat;
  /** Long prose (a duty list, a finding's message): wrapped at a readable width. */
  wrap?: boolean;
  /** A width of its own (a RACI's role columns: one letter under a wrapped heading). */
  width?: number;
  /** Short codes (RACI letters) read best centred. */
  center?: boolean;
};

export type SheetRow = {
  cells: Cell[];
  /** A department heading or a process's first row: bold on a tint. Totals: bold. */
  style?: 'group' | 'total';
  /** Levels of indent in the first cell (a department tree). */
  indent?: number;
};

export type SheetTable = {
  /** The tab's name (Excel allows 31 characters and none of []:*?/\). */
  name: string;
  /** The first row: what the table is, of what (library, process, department). */
  title: string;
  /** Lines under the title: the export date, a basis, a scope. */
  notes: string[];
  columns: SheetColumn[];
  rows: SheetRow[];
  /** Columns kept in view when scrolling right (a RACI's process and step). */
  frozenColumns?: number;
};
