import { type RaciLetter } from '../../shared/process';

/*
 * References as they travel in a BPMN file: a stable key (UUID) and a name, never a numeric
 * id of the library that wrote the file. The exporting service says what the keys and names
 * of its ids are; the importing service matches keys and names to its own rows.
 */

/** A RACI entry as read from a file. `legacyId`: written before keys, by numeric id only. */
export type RaciRef = {
  roleKey: string | undefined;
  roleName: string | undefined;
  legacyId: boolean;
  letter: RaciLetter;
};

/** What a lane of a file says it is bound to (RoleFlow's own files only). */
export type LaneRef = { roleKey: string | undefined; departmentKey: string | undefined };

export type NamedKey = { key: string; name: string };

/** The exporting library's keys and names for its ids; undefined: no such row (any more). */
export type LibraryRefs = {
  role(id: number): NamedKey | undefined;
  department(id: number): NamedKey | undefined;
};
