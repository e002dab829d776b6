/*
 * What the insurer's seed files share (insurerCase.ts, insurerClerks.ts,
 * insurerSupervisors.ts, insurerProcess.ts), kept apart so none of them imports another's
 * values in a circle.
 */

export type InsurerDepartmentKey =
  'insurance' | 'customerService' | 'credit' | 'underwriting' | 'rating' | 'issuance';

/** The codes the insurer's processes refer to (process owner, lanes, RACI). */
export const INSURER_ROLE_CODES = {
  newBusinessManager: 'INS-001',
  caseManager: 'INS-002',
  underwriter: 'UW-001',
  // The as-is process's clerks and the supervisors of its three 主管 approvals.
  serviceClerk: 'CS-001',
  creditReviewer: 'CR-001',
  underwritingSupervisor: 'UW-002',
  rater: 'RT-001',
  ratingSupervisor: 'RT-002',
  issueClerk: 'IS-001',
  issueSupervisor: 'IS-002',
} as const;

export const ZH_LOCATION = '上海市浦东新区 · 新契约运营中心（保险业务示例）';

export const INSURER_AS_IS_CODE = 'INS-P01';
export const INSURER_CASE_MANAGER_CODE = 'INS-P02';
