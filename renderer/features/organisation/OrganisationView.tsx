import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain';
import { ResponsibilityChangesView } from '../responsibility/ResponsibilityChangesView';
import { RaciMatrixView } from './RaciMatrixView';
import { RedesignImpactView } from './RedesignImpactView';
import { StaffingView } from './StaffingView';

type Props = {
  departments: Department[];
  /** Opens a role's description in the role editor. */
  onOpenRole: (id: number) => void;
};

/**
 * The library seen as one organisation (issue 10): who does what across every map (RACI),
 * how many people that work needs (定岗定编), what a to-be map changes in the descriptions,
 * and changes of responsibilities applied with their impact shown first.
 */
export function OrganisationView({ departments, onOpenRole }: Props) {
  const { t } = useTranslation();
  return (
    <Tabs
      style={{ flex: 1, minHeight: 0, padding: '0 16px', background: '#fff' }}
      destroyOnHidden
      items={[
        {
          key: 'raci',
          label: t('views.organisationTabs.raci'),
          children: <RaciMatrixView departments={departments} onOpenRole={onOpenRole} />,
        },
        {
          key: 'staffing',
          label: t('views.organisationTabs.staffing'),
          children: <StaffingView departments={departments} onOpenRole={onOpenRole} />,
        },
        {
          key: 'redesign',
          label: t('views.organisationTabs.redesign'),
          children: <RedesignImpactView departments={departments} onOpenRole={onOpenRole} />,
        },
        {
          key: 'changes',
          label: t('views.organisationTabs.changes'),
          children: <ResponsibilityChangesView departments={departments} onOpenRole={onOpenRole} />,
        },
      ]}
    />
  );
}
