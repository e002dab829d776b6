import type { ComparisonRow } from '../../../shared/analysis/compare';
import type { ProcessAnalysis } from '../../../shared/analysis/types';
import type { RevisionSummary } from '../../../shared/domain';
import type { Process } from '../../../shared/process';
import type { ExportLanguage } from '../labels';
import type { MapPage } from './mapImages';

/*
 * Everything a 流程说明书 prints, gathered by the service before the document is built: the
 * builder reads no library and computes no analysis, so tests build documents from plain data.
 */

/** A role of the library as the document names it: title, department and description number. */
export type DocumentRole = {
  id: number;
  title: string;
  code: string;
  departmentId: number;
  departmentName: string;
};

/** A duty of a role's description that is carried out by steps of this process. */
export type LinkedDuty = { roleId: number; text: string; nodeIds: string[] };

/** The as-is / to-be table of the analysis appendix, when the process has a variant. */
export type VariantComparison = { asIsName: string; toBeName: string; rows: ComparisonRow[] };

export type ProcessDocContext = {
  process: Process;
  lang: ExportLanguage;
  /** Roles named by the document (owner, lanes, RACI, linked duties), by id. */
  roles: ReadonlyMap<number, DocumentRole>;
  /** Department names by id (department lanes, the process's department). */
  departments: ReadonlyMap<number, string>;
  duties: LinkedDuty[];
  /** Approved versions of the process, oldest first, with the notes given at approval. */
  revisions: RevisionSummary[];
  analysis: ProcessAnalysis;
  /** Minutes in a day on the library's time basis (480 working, 1,440 calendar). */
  dayMinutes: number;
  comparison: VariantComparison | null;
  /** Names of the processes the map's sub-process shapes open, by id. */
  linkedProcesses: ReadonlyMap<number, string>;
  /** The map's pages, rasterised for the landscape section (mapImages.ts). */
  mapPages: MapPage[];
  exportedAt: Date;
};
