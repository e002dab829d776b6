import { useState } from 'react';
import type { Department } from '../../../shared/domain';
import { InspectionDashboard } from './InspectionDashboard';
import { ProcessInspection, type ImprovementTabs } from './ProcessInspection';

/*
 * 工作检查 (issue 12): the library's dashboard, and from it one process's inspection page.
 * The workspace mounts the improvement panels (surveys, complaints, actions) through
 * `improvementTabs` and decides what opening a process or a role means.
 */

export type InspectionViewProps = {
  departments: Department[];
  onOpenProcess: (id: number) => void;
  onOpenRole: (id: number) => void;
  improvementTabs?: ImprovementTabs;
};

export function InspectionView({
  departments,
  onOpenProcess,
  improvementTabs,
}: InspectionViewProps) {
  const [processId, setProcessId] = useState<number | null>(null);
  return processId === null ? (
    <InspectionDashboard departments={departments} onOpen={setProcessId} />
  ) : (
    <ProcessInspection
      key={processId}
      processId={processId}
      onBack={() => setProcessId(null)}
      onOpenProcess={onOpenProcess}
      {...(improvementTabs ? { improvementTabs } : {})}
    />
  );
}
