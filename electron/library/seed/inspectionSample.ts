import { randomUUID } from 'node:crypto';
import { actionNote } from '../../../shared/inspection/actionAnswer';
import {
  INSURER_CASE_MANAGER,
  REDESIGN_APPROVED_ON,
  sampleInsurerInspections,
} from '../../../shared/inspection/sampleInsurerInspections';
import { MESSAGES } from '../../../shared/i18n';
import type { Repositories } from '../repositories';

/*
 * The sample library's 工作检查 and 持续改进 (issue 12): the insurer's quarterly plan over the
 * as-is policy issuing, its six inspections, the 2024 Q3 survey, the complaints and the
 * improvement actions of shared/inspection/sampleInsurer*.ts — and the approval of the
 * case-manager variant (INS-P02) on 2024-12-31 that answers two of them: its revision note names
 * them, and the actions record it. The library keeps Shanghai time, the insurer's.
 */

const SAMPLE_TIME_ZONE = 'Asia/Shanghai';
/** 09:30 in Shanghai on the approval day, as the sample actions record it. */
const APPROVED_AT = `${REDESIGN_APPROVED_ON}T01:30:00.000Z`;

function lookup(map: ReadonlyMap<string, number>, code: string, what: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Error(`Sample library: unknown ${what} "${code}".`);
  return id;
}

export function seedInspectionSample(
  repositories: Repositories,
  roleIds: ReadonlyMap<string, number>,
  processIds: ReadonlyMap<string, number>,
): void {
  const processKey = (code: string) => {
    const process = repositories.processes.get(lookup(processIds, code, 'process'));
    if (!process) throw new Error(`Sample library: process ${code} was not stored.`);
    return process.key;
  };
  const sample = sampleInsurerInspections({
    processKey,
    roleId: (code) => lookup(roleIds, code, 'role'),
    newKey: randomUUID,
  });
  const { inspection } = repositories;
  inspection.setTimeZone(SAMPLE_TIME_ZONE);
  inspection.plans.insert(sample.plan);
  for (const record of sample.inspections) inspection.inspections.insert(record);
  inspection.surveys.insert(sample.survey);
  for (const complaint of sample.complaints) inspection.complaints.insert(complaint);
  for (const action of sample.actions) inspection.actions.insert(action);
  approveRedesign(repositories, lookup(processIds, INSURER_CASE_MANAGER, 'process'), sample);
}

/** Version 1 of the case-manager variant, approved with a note naming the actions it answers. */
function approveRedesign(
  repositories: Repositories,
  id: number,
  sample: ReturnType<typeof sampleInsurerInspections>,
): void {
  const stored = repositories.processes.get(id);
  if (!stored) throw new Error('Sample library: the case-manager variant was not stored.');
  if (!repositories.processes.setStatus(id, 'approved', 1, stored.editVersion)) {
    throw new Error('Sample library: the case-manager variant changed while it was seeded.');
  }
  const template = MESSAGES['zh-CN'].inspection.actionNote;
  const answered = sample.actions.filter((action) => action.answeredBy?.subject === stored.key);
  const note = ['专案经理方案上线。', ...answered.map((action) => actionNote(template, action))];
  const approved = repositories.processes.get(id);
  if (!approved) throw new Error('Sample library: the case-manager variant was not stored.');
  const { pendingNotes: _none, ...snapshot } = approved;
  repositories.revisions.add('process', id, 1, snapshot, note.join('\n'), '', APPROVED_AT);
}
