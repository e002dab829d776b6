import type { Row } from './aggregateTable';

/** Reading a stored row's columns back into an aggregate's fields. */

export const text = (row: Row, column: string): string => String(row[column] ?? '');
export const textOrNull = (row: Row, column: string): string | null =>
  row[column] === null || row[column] === undefined ? null : String(row[column]);
export const number = (row: Row, column: string): number => Number(row[column] ?? 0);
export const numberOrNull = (row: Row, column: string): number | null =>
  row[column] === null || row[column] === undefined ? null : Number(row[column]);
export const json = <T>(row: Row, column: string): T => JSON.parse(text(row, column)) as T;

export const stamps = (row: Row) => ({
  key: text(row, 'key'),
  editVersion: number(row, 'edit_version'),
  createdAt: text(row, 'created_at'),
  updatedAt: text(row, 'updated_at'),
});
