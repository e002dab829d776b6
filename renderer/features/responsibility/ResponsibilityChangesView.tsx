import type { Department } from '../../../shared/domain';
import { ResponsibilityChangePanel } from './ResponsibilityChangePanel';

type Props = { departments: Department[]; onOpenRole: (id: number) => void };

/** The organisation view's 职责调整 tab: a change, its impact, applied in one step. */
export function ResponsibilityChangesView({ departments, onOpenRole }: Props) {
  return (
    <div style={{ overflow: 'auto', height: '100%' }}>
      <ResponsibilityChangePanel departments={departments} onOpenRole={onOpenRole} />
    </div>
  );
}
