import type { TFunction } from 'i18next';
import type { ImprovementTabs } from '../ProcessInspection';
import { ActionsPanel } from './ActionsPanel';
import { ComplaintsPanel } from './ComplaintsPanel';
import { SurveysPanel } from './SurveysPanel';

/**
 * The 持续改进 tabs of a process's inspection page: satisfaction surveys, complaints and
 * improvement actions, in the order the method works through them (what customers say, what
 * went wrong, what is done about it). Opening a process or a role leaves the inspection view.
 */
export function improvementTabs(
  t: TFunction,
  open: { onOpenProcess: (id: number) => void; onOpenRole: (id: number) => void },
): ImprovementTabs {
  return ({ processKey, processId }) => {
    const props = { processKey, processId, ...open };
    return [
      {
        key: 'surveys',
        label: t('improvementView.surveys.tab'),
        children: <SurveysPanel {...props} />,
      },
      {
        key: 'complaints',
        label: t('improvementView.complaints.tab'),
        children: <ComplaintsPanel {...props} />,
      },
      {
        key: 'actions',
        label: t('improvementView.actions.tab'),
        children: <ActionsPanel {...props} />,
      },
    ];
  };
}
