import { createServices } from '../../../../electron/ipc/handlers';
import { seedSampleLibrary } from '../../../../electron/library/seed/sampleLibrary';
import type { ProcessDocContext } from '../../../../electron/export/process/context';
import { NO_DIALOGS } from '../../../../electron/services/libraryService';
import type { Process } from '../../../../shared/process';
import { openTempSession } from '../../helpers/tempFiles';

/*
 * The sample library's insurer case, opened as the app opens it: the 流程说明书 tests print
 * 保单签发（现状）, a map of 5 lanes with work instructions, RACI and an as-is / to-be pair.
 */

export const EXPORTED_AT = new Date(2026, 11, 1, 9, 30);

export function sampleServices() {
  const { session } = openTempSession();
  seedSampleLibrary(session.repositories());
  return createServices({ session, dialogs: NO_DIALOGS, settings: null });
}

export type Services = ReturnType<typeof sampleServices>;

export function processNamed(services: Services, prefix: string): Process {
  const summary = services.processes
    .list({ processClass: null, departmentId: null })
    .find((p) => p.name.startsWith(prefix));
  if (!summary) throw new Error(`The sample has no process named ${prefix}…`);
  return services.processes.get(summary.id);
}

/** The context of a sample process in a language, dated EXPORTED_AT. */
export function contextOf(
  services: Services,
  prefix: string,
  lang: 'zh' | 'en',
): ProcessDocContext {
  return {
    ...services.processDocs.context(processNamed(services, prefix), lang),
    exportedAt: EXPORTED_AT,
  };
}

export const AS_IS = '保单签发（现状）';
export const CASE_MANAGER = '保单签发（专案经理）';
export const EXPENSES = '费用报销';

/** Section headings of the Chinese document, in order. */
export const ZH_HEADINGS = [
  '一、修订记录',
  '二、流程目的',
  '三、适用范围',
  '四、关键角色及职责',
  '五、流程边界',
  '六、流程图',
  '七、流程说明表',
  '八、RACI矩阵',
  '九、关键控制点与风险',
  '十、流程绩效指标',
  '十一、相关文件',
  '十二、记录与表单',
  '附录 A：流程分析',
  '附录 B：作业指导书',
];

export const EN_HEADINGS = [
  '1. Revision record',
  '2. Purpose',
  '3. Scope',
  '4. Roles and responsibilities',
  '5. Process boundaries',
  '6. Process map',
  '7. Step table',
  '8. RACI matrix',
  '9. Key controls and risks',
  '10. Process KPIs',
  '11. Related documents',
  '12. Records and forms',
  'Appendix A: Process analysis',
  'Appendix B: Work instructions',
];
