import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain';
import { InspectionDashboard } from './InspectionDashboard';
import { improvementTabs } from './improvement/improvementTabs';
import { ProcessInspection } from './ProcessInspection';

/*
 * 工作检查 (issue 12): the library's dashboard, and from it one process's inspection page.
 * The page carries the improvement panels (surveys, complaints, actions) as tabs; the
 * workspace decides what opening a process or a role means.
 */

export type InspectionViewProps = {
  departments: Department[];
  onOpenProcess: (id: number) => void;
  onOpenRole: (id: number) => void;
  /**
   * The process whose page is open (null: the dashboard), kept by the workspace so that
   * coming back from its map or a role returns to the same page.
   */
  processId: number | null;
  onProcessChange: (id: number | null) => void;
};

export function InspectionView({
  departments,
  onOpenProcess,
  onOpenRole,
  processId,
  onProcessChange,
}: InspectionViewProps) {
  const { t } = useTranslation();
  return processId === null ? (
    <InspectionDashboard departments={departments} onOpen={onProcessChange} />
  ) : (
    <ProcessInspection
      key={processId}
      processId={processId}
      onBack={() => onProcessChange(null)}
      onOpenProcess={onOpenProcess}
      improvementTabs={improvementTabs(t, { onOpenProcess, onOpenRole })}
    />
  );
}
