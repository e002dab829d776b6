import {
  inspectionReportModel,
  type InspectionReportInput,
} from '../../../../shared/inspection/reportModel';
import { insurerSample } from '../../inspection/sampleData';

/** The sample insurer's inspection report input: all six quarters, roles 11 and 12 titled. */
export function insurerReportInput(): InspectionReportInput {
  const sample = insurerSample();
  const leadTime = sample.plan.kpis.find((k) => k.kind === 'timeLimit');
  return {
    process: {
      key: sample.plan.processKey,
      code: 'INS-P01',
      name: '保单签发（现状）',
      ownerRoleId: 11,
    },
    plan: sample.plan,
    inspections: sample.inspections,
    surveys: [sample.survey],
    complaints: sample.complaints,
    actions: sample.actions,
    roleTitles: new Map([
      [11, '新契约部经理'],
      [12, '专案经理'],
    ]),
    revisions: sample.revisions,
    range: { start: '2024-01-01', end: '2025-07-01' },
    // The process model's lead time of the as-is map (DOMAIN.md: 5–25 days), in days.
    modelled: new Map(leadTime ? [[leadTime.key, 15]] : []),
  };
}

export const insurerReportModel = () => inspectionReportModel(insurerReportInput());
