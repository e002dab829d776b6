import { createLibrary } from './0001_create_library';
import { addRoleDetailsAndRevisions } from './0002_add_role_details_and_revisions';
import { addRoleSearchText } from './0003_add_role_search_text';
import { createProcesses } from './0004_create_processes';
import { addStableKeys } from './0005_add_stable_keys';
import { addEditVersions } from './0006_add_edit_versions';
import { linkDutiesToSteps } from './0007_link_duties_to_steps';
import { structureAuthorityRelations } from './0008_structure_authority_relations';
import { splitDictionaryLanguages } from './0009_split_dictionary_languages';
import { recordApprover } from './0010_record_approver';
import { createInspections } from './0011_create_inspections';
import type { Migration } from './types';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  createLibrary,
  addRoleDetailsAndRevisions,
  addRoleSearchText,
  createProcesses,
  addStableKeys,
  addEditVersions,
  linkDutiesToSteps,
  structureAuthorityRelations,
  splitDictionaryLanguages,
  recordApprover,
  createInspections,
];

/** The schema version this build of RoleFlow writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
