import type { inspectionChannels } from '../../../shared/contract/inspectionChannels';
import type { Handler, Services } from '../handlers';

/** The handlers of the channels in shared/contract/inspectionChannels.ts (issue 12). */
export function inspectionHandlers(services: Services): {
  [C in keyof typeof inspectionChannels]: Handler<C>;
} {
  const { inspections: store, inspectionInsights: insights, inspectionImport } = services;
  const { inspectionReports, actionVariants } = services;
  return {
    'inspection:plans': ({ processKey }) => store.plans(processKey),
    'inspection:plan': ({ key }) => store.plan(key),
    'inspection:savePlan': (plan) => store.savePlan(plan),
    'inspection:deletePlan': ({ key, expectedVersion }) => store.deletePlan(key, expectedVersion),

    'inspection:inspections': ({ processKey }) => store.inspections(processKey),
    'inspection:inspection': ({ key }) => store.inspection(key),
    'inspection:saveInspection': (inspection) => store.saveInspection(inspection),
    'inspection:deleteInspection': ({ key, expectedVersion }) =>
      store.deleteInspection(key, expectedVersion),

    'inspection:surveys': ({ processKey }) => store.surveys(processKey),
    'inspection:survey': ({ key }) => store.survey(key),
    'inspection:saveSurvey': (survey) => store.saveSurvey(survey),
    'inspection:deleteSurvey': ({ key, expectedVersion }) =>
      store.deleteSurvey(key, expectedVersion),

    'inspection:complaints': ({ processKey }) => store.complaints(processKey),
    'inspection:complaint': ({ key }) => store.complaint(key),
    'inspection:saveComplaint': (complaint) => store.saveComplaint(complaint),
    'inspection:deleteComplaint': ({ key, expectedVersion }) =>
      store.deleteComplaint(key, expectedVersion),

    'inspection:actions': ({ processKey }) => store.actions(processKey),
    'inspection:action': ({ key }) => store.action(key),
    'inspection:saveAction': ({ action, locale }) => store.saveAction(action, locale),
    'inspection:deleteAction': ({ key, expectedVersion }) =>
      store.deleteAction(key, expectedVersion),
    'inspection:openVariant': ({ key, expectedVersion, locale }) =>
      actionVariants.open(key, expectedVersion, locale),

    'inspection:dashboard': () => insights.dashboard(),
    'inspection:timeZone': () => insights.timeZoneSetting(),
    'inspection:setTimeZone': ({ timeZone }) => insights.setTimeZone(timeZone),
    'inspection:kpiSeries': ({ planKey }) => insights.kpiSeries(planKey),
    'inspection:importTemplate': ({ planKey, locale }) =>
      inspectionImport.template(planKey, locale),
    'inspection:importMeasurements': ({ planKey, fileName, data, locale }) =>
      inspectionImport.measurements(planKey, fileName, data, locale),
    'export:inspectionReport': ({ planKey, range, locale, format }) =>
      inspectionReports.report(planKey, range, locale, format),
    'export:libraryInspectionReport': ({ range, departmentId, locale, format }) =>
      inspectionReports.libraryReport(range, departmentId, locale, format),
  };
}
