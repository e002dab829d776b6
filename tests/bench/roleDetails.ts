import { emptyRoleDetails, type RoleDetails } from '../../shared/roleDetails';
import type { Random } from './prng';
import { FUNCTIONS } from './vocabulary';

/*
 * Filled-in 职位说明书 / job-description sections. They live in the roles row as JSON, so a
 * library of empty sections would make every query that reads roles look cheaper than it is
 * for real users; these are of a typical length (roughly 0.5–1 KB of text per role).
 */

const EDUCATION_ZH = ['大专及以上', '本科及以上', '硕士及以上'];
const EDUCATION_EN = ["Bachelor's degree", "Master's degree", 'Associate degree or equivalent'];
const CITIES = ['上海', '北京', '深圳', '成都', 'Shanghai', 'Singapore'];

function departmentsText(random: Random, zh: boolean): string {
  const names = Array.from({ length: 3 }, () => {
    const [, nameZh, nameEn] = random.pick(FUNCTIONS);
    return zh ? `${nameZh}部` : nameEn;
  });
  return names.join(zh ? '、' : ', ');
}

export function roleDetails(random: Random, zh: boolean, sentence: () => string): RoleDetails {
  const sentences = (n: number) =>
    Array.from({ length: n }, sentence).join(zh ? '；' : '. ') + (zh ? '。' : '.');
  const years = random.int(1, 10);
  return {
    ...emptyRoleDetails(),
    location: random.pick(CITIES),
    authority: sentences(2),
    relationsInternal: departmentsText(random, zh),
    relationsExternal: zh
      ? '供应商、外部审计机构、政府主管部门'
      : 'Vendors, external auditors, regulators',
    education: zh ? random.pick(EDUCATION_ZH) : random.pick(EDUCATION_EN),
    major: zh ? '人力资源管理、工商管理或相关专业' : 'Business administration or a related field',
    experience: zh ? `${years}年以上相关工作经验` : `${years}+ years of relevant experience`,
    knowledge: sentences(1),
    skills: zh ? '熟练使用Office及ERP系统，良好的沟通协调能力' : 'Advanced Excel and ERP skills',
    workConditions: zh ? '办公室环境，偶尔出差' : 'Office environment; occasional travel',
    kpis: Array.from({ length: 3 }, () => ({
      name: zh ? '工作计划完成率' : 'Plan completion rate',
      target: `≥ ${random.int(85, 99)}%`,
      period: random.pick(['monthly', 'quarterly', 'yearly'] as const),
    })),
    careerPath: zh ? '高级专员 → 主管 → 经理' : 'Specialist → Lead → Manager',
  };
}
