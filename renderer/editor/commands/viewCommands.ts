import { toggleAnalysisDock } from '../analysis/analysisDock';
import type { EditorCommand } from './registry';

/* Reading the process: the analysis dock under the map (PROCESS-ANALYSIS.md §a2, §b6). */
export const viewCommands: EditorCommand[] = [
  {
    id: 'view.analysis',
    label: 'analysis.view.toggle',
    shortcuts: ['Mod+Shift+A'],
    menus: ['canvas'],
    // Reading, not editing: a read-only map can still be analysed.
    run: () => toggleAnalysisDock(),
  },
];
