import { AppError } from '../../../shared/errors';
import { MESSAGES, type Locale } from '../../../shared/i18n';
import type { ImprovementAction } from '../../../shared/inspection/types';
import { assertIntact } from '../../library/damagedDocuments';
import type { LibrarySession } from '../../library/librarySession';
import { editConflict } from '../editConflict';
import type { ProcessService } from '../processService';
import { partsOf } from '../usageService';
import { stored } from './aggregateWrites';
import type { InspectionService } from './inspectionService';

/*
 * 持续改进 (issue 12): an improvement action opens the to-be variant it asks for. The variant is
 * a draft copy of the action's process whose analysis names the original (the pair the process
 * view and the redesign statement open together), and the action links it in the same
 * transaction — so the variant's approval note starts "整改措施：<what>" and, once approved, the
 * action records the version that answered it (inspectionAnswers.ts).
 */
export class ActionVariants {
  constructor(
    private readonly session: LibrarySession,
    private readonly inspections: InspectionService,
    private readonly processes: ProcessService,
  ) {}

  open(key: string, expectedVersion: number, locale: Locale) {
    const repositories = this.session.repositories();
    const action = stored(repositories.inspection.actions, 'improvementAction', key);
    if (action.editVersion !== expectedVersion)
      throw editConflict('improvementAction', action.what);
    // One action answers to one revision: a second variant would leave the first unanswered.
    if (action.link.kind !== 'none') {
      throw new AppError('INSPECTION_ACTION_LINKED', `The action "${action.what}" is linked.`, {
        what: action.what,
      });
    }
    this.inspections.processName(action.processKey);
    const original = repositories.inspection.process(action.processKey);
    if (!original) throw new Error('unreachable: processName checked the key');
    const source = this.processes.get(original.id);
    assertIntact(source, `Process ${source.id}`);
    const suffixed = MESSAGES[locale].inspection.variantName.replace('{{name}}', source.name);
    // A name already at the 200-character limit keeps its own name rather than a cut one; the
    // variant is still marked as such by its analysis data.
    const name = suffixed.length <= 200 ? suffixed : source.name;
    return repositories.transaction(() => {
      const variant = this.processes.saveCopy(
        // The copy keeps what the process is (class, owner, department, purpose, KPIs) but not
        // its code: a code names one process in the handbook, and the variant is not yet it.
        { ...partsOf(source).basics, code: '', name },
        { ...source.graph, analysis: { ...source.graph.analysis, variantOfId: source.id } },
      );
      const linked: ImprovementAction = {
        ...action,
        link: { kind: 'processVariant', processKey: variant.key },
        // Opening the redesign is the work starting.
        status: action.status === 'open' ? 'inProgress' : action.status,
      };
      return { action: this.inspections.saveAction(linked, locale), processId: variant.id };
    });
  }
}
