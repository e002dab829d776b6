import { z } from 'zod';

/*
 * The sections of a position description beyond its basic information and duties: the
 * Chinese 职位说明书 (工作权限, 工作关系, 任职资格, 工作条件, 考核指标, 职业发展) and the
 * English job description (FLSA status, pay range, travel, other duties, disclaimer …).
 * Stored as one JSON document per role; every field has a default, so a document written by
 * an older RoleFlow (missing fields) reads back whole, and unknown fields are dropped.
 */

const text = (max: number) => z.string().max(max).default('');

export const KPI_PERIODS = ['monthly', 'quarterly', 'halfYearly', 'yearly'] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];

export const kpiSchema = z.strictObject({
  /** 考核指标: what is measured. */
  name: z.string().max(200),
  /** 目标值: the target, as the user writes it (e.g. "≥ 95%", "≤ 5 天"). */
  target: z.string().max(200),
  /** 考核周期. */
  period: z.enum(KPI_PERIODS).nullable(),
});
export type Kpi = z.infer<typeof kpiSchema>;

export const FLSA_STATUSES = ['exempt', 'nonExempt'] as const;

/** What an authority clause lets the role do: 审批 / 建议 (提议, 审核) / 决定 — or other. */
export const AUTHORITY_KINDS = ['approve', 'recommend', 'decide', 'other'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

/**
 * One clause of 工作权限, structured enough to check (J5) and still a sentence the user wrote:
 * `text` is what the description prints; kind, object and amount band are read from it (and
 * can be corrected by the user). `amountMax` is the top of the band in yuan ("≤5万元" → 50000).
 */
export const authorityClauseSchema = z.strictObject({
  text: z.string().max(1000),
  kind: z.enum(AUTHORITY_KINDS),
  /** What is approved, recommended or decided (e.g. 费用报销, 理赔). */
  object: z.string().max(200),
  amountMax: z.number().finite().min(0).max(1e13).nullable(),
});
export type AuthorityClause = z.infer<typeof authorityClauseSchema>;

export const RELATION_SCOPES = ['internal', 'external'] as const;
export type RelationScope = (typeof RELATION_SCOPES)[number];

/**
 * One working relation (工作关系), structured enough to check against the hand-offs of the
 * maps (J4): the partner is a role or a department of the library, or only named (an outside
 * party, or a name not matched yet). `text` is the sentence as the user wrote it.
 */
export const relationPartnerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('role'), roleId: z.number().int().positive() }),
  z.strictObject({ kind: z.literal('department'), departmentId: z.number().int().positive() }),
  z.strictObject({ kind: z.literal('named'), name: z.string().max(200) }),
]);
export type RelationPartner = z.infer<typeof relationPartnerSchema>;

export const workingRelationSchema = z.strictObject({
  text: z.string().max(1000),
  scope: z.enum(RELATION_SCOPES),
  partner: relationPartnerSchema,
});
export type WorkingRelation = z.infer<typeof workingRelationSchema>;

export const roleDetailsSchema = z.object({
  /** 工作地点 / location. */
  location: text(200),
  /** 直接下级 as written (the roles reporting here are also derived from the library). */
  directReports: text(1000),
  /** 工作权限: decisions and approvals the role holds. */
  authority: text(4000),
  /**
   * 工作权限 as clauses (issue 10). `authority` above stays the text the documents print; the
   * editor writes both, and a document from before the clauses existed gets them read from its
   * text (shared/authority.ts), so nothing the user wrote is lost. Null: not derived yet.
   */
  authorityClauses: z.array(authorityClauseSchema).max(100).nullable().default(null),
  /** 工作关系 as relations, beside the two texts below, in the same way as the clauses. */
  relations: z.array(workingRelationSchema).max(200).nullable().default(null),
  /** 工作关系 — 内部 (internal). */
  relationsInternal: text(2000),
  /** 工作关系 — 外部 (external). */
  relationsExternal: text(2000),
  /** 任职资格. */
  education: text(500),
  major: text(500),
  experience: text(1000),
  knowledge: text(2000),
  /** 技能 / 证书. */
  skills: text(2000),
  training: text(2000),
  /** English JD: preferred qualifications (the minimum ones are the fields above). */
  preferredQualifications: text(2000),
  /** 工作条件 / 环境; English: physical demands and work environment. */
  workConditions: text(2000),
  /** 考核指标. */
  kpis: z.array(kpiSchema).max(50).default([]),
  /** 职业发展. */
  careerPath: text(2000),
  /** English JD only. */
  flsaStatus: z.enum(FLSA_STATUSES).nullable().default(null),
  payRange: text(200),
  travel: text(500),
  supervisoryResponsibilities: text(2000),
  otherDuties: text(2000),
  disclaimer: text(2000),
  /**
   * What the role costs, for the process analysis: a year's total employment cost, or the
   * monthly wage when that is all HR gives (hourly rate = wage ÷ (21.75 × 8), 劳社部发〔2008〕3号).
   * The annual cost wins when both are given.
   */
  annualCost: z.number().finite().min(0).max(1e10).nullable().default(null),
  monthlyWage: z.number().finite().min(0).max(1e9).nullable().default(null),
});

export type RoleDetails = z.infer<typeof roleDetailsSchema>;

/** A details document with every section empty. */
export function emptyRoleDetails(): RoleDetails {
  return roleDetailsSchema.parse({});
}

/**
 * Reads a stored details document. A garbled document yields empty sections rather than an
 * unreadable role; the raw text stays in the revision history.
 */
export function parseRoleDetails(json: string): RoleDetails {
  try {
    const result = roleDetailsSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : emptyRoleDetails();
  } catch {
    return emptyRoleDetails();
  }
}
