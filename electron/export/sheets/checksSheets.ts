import type { ResponseOf } from '../../../shared/contract';
import type { Department, RoleSummary } from '../../../shared/domain';
import { ALIGNMENT_RULE_IDS, ALIGNMENT_SEVERITY } from '../../../shared/rules/library/types';
import type { Finding } from '../../../shared/rules/positionChecks';
import { departmentPaths } from './departmentPaths';
import { findingMessage, type SheetText } from './sheetText';
import type { SheetRow, SheetTable } from './sheetModel';

/** What the checks report shows: the position checks and the library checks J1–J8. */
export type ChecksReportData = {
  descriptions: { findings: Finding[]; roles: RoleSummary[] };
  alignment: ResponseOf<'alignment:checkLibrary'>;
  departments: Department[];
};

/**
 * The checks report as two sheets: every position-check finding by department (tree order)
 * and role, as the report lists them; then the J findings rule by rule, with role and process.
 */
export function checksSheets(data: ChecksReportData, text: SheetText): SheetTable[] {
  return [descriptionSheet(data, text), alignmentSheet(data, text)];
}

function descriptionSheet(data: ChecksReportData, text: SheetText): SheetTable {
  const { t } = text;
  const k = (key: string) => t(`sheets.checks.${key}`);
  const paths = departmentPaths(data.departments);
  const byRole = new Map<number, Finding[]>();
  for (const finding of data.descriptions.findings) {
    byRole.set(finding.roleId, [...(byRole.get(finding.roleId) ?? []), finding]);
  }
  const rows: SheetRow[] = [];
  for (const [departmentId, path] of paths) {
    const roles = data.descriptions.roles.filter(
      (role) => role.departmentId === departmentId && byRole.has(role.id),
    );
    for (const role of roles) {
      for (const finding of byRole.get(role.id) ?? []) {
        rows.push({
          cells: [
            path,
            role.title,
            role.code,
            t(`sheets.severity.${finding.severity}`),
            t(`checks.${finding.rule}.title`),
            finding.target.kind === 'duty'
              ? t('editor.dutyLabel', { n: finding.target.index + 1 })
              : '',
            t(`checks.${finding.rule}.reason`, finding.params),
            t(`checks.${finding.rule}.fix`, finding.params),
          ],
        });
      }
    }
  }
  return {
    name: k('descriptionsSheet'),
    title: k('descriptionsTitle'),
    notes: [text.exportedLine, t('sheets.checks.count', { findings: rows.length })],
    columns: [
      { heading: k('department'), format: 'text' },
      { heading: k('role'), format: 'text' },
      { heading: k('code'), format: 'text' },
      { heading: k('severity'), format: 'text' },
      { heading: k('check'), format: 'text' },
      { heading: k('place'), format: 'text' },
      { heading: k('reason'), format: 'text', wrap: true },
      { heading: k('fix'), format: 'text', wrap: true },
    ],
    rows,
    frozenColumns: 2,
  };
}

function alignmentSheet(data: ChecksReportData, text: SheetText): SheetTable {
  const { t } = text;
  const k = (key: string) => t(`sheets.checks.${key}`);
  const roles = new Map(data.alignment.roles.map((role) => [role.id, role.name]));
  const processes = new Map(data.alignment.processes.map((p) => [p.id, p]));
  const rows: SheetRow[] = ALIGNMENT_RULE_IDS.flatMap((rule) =>
    data.alignment.findings
      .filter((finding) => finding.rule === rule)
      .map((finding) => {
        const ruleKey = `alignment.checks.rules.${rule}`;
        const process = finding.processId === null ? undefined : processes.get(finding.processId);
        return {
          cells: [
            rule,
            t(`${ruleKey}.title`),
            t(`sheets.severity.${ALIGNMENT_SEVERITY[rule]}`),
            finding.roleId === null ? '' : (roles.get(finding.roleId) ?? ''),
            process ? `${process.code} ${process.name}`.trim() : '',
            findingMessage(text, ruleKey, finding.variant, finding.params),
            t(`${ruleKey}.fix`),
          ],
        };
      }),
  );
  return {
    name: k('alignmentSheet'),
    title: k('alignmentTitle'),
    notes: [text.exportedLine, t('sheets.checks.count', { findings: rows.length })],
    columns: [
      { heading: k('rule'), format: 'text' },
      { heading: k('check'), format: 'text' },
      { heading: k('severity'), format: 'text' },
      { heading: k('role'), format: 'text' },
      { heading: k('process'), format: 'text' },
      { heading: k('reason'), format: 'text', wrap: true },
      { heading: k('fix'), format: 'text', wrap: true },
    ],
    rows,
    frozenColumns: 1,
  };
}
