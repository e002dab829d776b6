import { toggleAnalysisDock } from '../analysis/analysisDock';
import { toggleStepTable } from '../reader/stepTableState';
import type { EditorCommand } from './registry';

/*
 * Reading the process: the analysis dock under the map (PROCESS-ANALYSIS.md §a2, §b6) and the
 * step table, the map's text alternative for a screen reader (issue 13).
 */
export const viewCommands: EditorCommand[] = [
  {
    id: 'view.analysis',
    label: 'analysis.view.toggle',
    shortcuts: ['Mod+Shift+A'],
    menus: ['canvas'],
    // Reading, not editing: a read-only map can still be analysed.
    run: () => toggleAnalysisDock(),
  },
  {
    id: 'view.stepTable',
    label: 'processView.reader.table',
    // L for list; one chord from anywhere in the editor, the canvas included.
    shortcuts: ['Mod+Shift+L'],
    menus: ['canvas'],
    run: () => toggleStepTable(),
  },
];
