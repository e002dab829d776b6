// The analysis's number formats live in shared/ so main's exports (spreadsheets) write the same.
export * from '../../../shared/analysis/format';
