import { describe, expect, it, vi } from 'vitest';
import { EDITOR_COMMANDS, editorRegistry } from '../../../renderer/editor/commands';
import type { EditorContext } from '../../../renderer/editor/commands/context';
import { execute, startHistory, type History } from '../../../renderer/editor/commands/history';
import {
  createRegistry,
  isEnabled,
  matchesShortcut,
  runCommand,
  shortcutText,
} from '../../../renderer/editor/commands/registry';
import { editorContext } from '../../../renderer/editor/editorContext';
import type { ProcessGraph } from '../../../shared/process';

const graph: ProcessGraph = {
  lanes: [{ id: 'l1', name: '录入员', owner: { kind: 'none' }, size: 160 }],
  nodes: [
    { id: 'a', kind: 'activity', label: 'A', laneId: 'l1', x: 200, y: 40, width: 140, height: 64 },
    { id: 'b', kind: 'activity', label: 'B', laneId: 'l1', x: 420, y: 40, width: 140, height: 64 },
    { id: 'c', kind: 'end', label: '结束', laneId: 'l1', x: 640, y: 50, width: 44, height: 44 },
  ],
  edges: [{ id: 'e1', source: 'a', target: 'b', label: '' }],
};

/** A context over a real history: `apply` records steps exactly as the editor does. */
function harness(selection: string[], options: { readOnly?: boolean } = {}) {
  const state: { history: History } = { history: startHistory(graph) };
  let n = 0;
  const ui = {
    select: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    save: vi.fn(),
    layout: vi.fn(),
    setClipboard: vi.fn(),
    editLabel: vi.fn(),
    pickTarget: vi.fn(),
    notify: vi.fn(),
    exportPicture: vi.fn(),
    exportBpmn: vi.fn(),
    exportProcessDoc: vi.fn(),
    newId: () => `new-${(n += 1)}`,
  };
  const context = (): EditorContext =>
    editorContext({
      history: state.history,
      selection: new Set(selection),
      readOnly: options.readOnly ?? false,
      t: (key) => key,
      run: (name, change, mergeKey) => {
        state.history = execute(state.history, name, change(state.history.present), mergeKey);
        return state.history.present;
      },
      clipboard: null,
      ui,
    });
  return { state, context, ui };
}

describe('command registry', () => {
  it('gives every command a unique id, an i18n label and well-formed shortcuts', () => {
    expect(new Set(EDITOR_COMMANDS.map((c) => c.id)).size).toBe(EDITOR_COMMANDS.length);
    for (const command of EDITOR_COMMANDS) {
      expect(command.label).toMatch(/^[a-zA-Z0-9]+(\.[a-zA-Z0-9]+)+$/);
      for (const shortcut of command.shortcuts ?? []) {
        expect(shortcut).toMatch(/^((Mod|Shift|Alt)\+)*[A-Za-z0-9]+$/);
      }
    }
    const [first] = EDITOR_COMMANDS;
    if (!first) throw new Error('no commands');
    expect(() => createRegistry([...EDITOR_COMMANDS, first])).toThrow(/twice/);
  });

  it('matches shortcuts exactly, modifiers included', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('z', { metaKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(editorRegistry.forKey(key('Z', { ctrlKey: true, shiftKey: true }), false)?.id).toBe(
      'edit.redo',
    );
    expect(editorRegistry.forKey(key('F2'), false)?.id).toBe('edit.rename');
    // In a text field only Ctrl+S still belongs to the editor.
    expect(editorRegistry.forKey(key('Delete'), true)).toBeNull();
    expect(editorRegistry.forKey(key('s', { ctrlKey: true }), true)?.id).toBe('edit.save');
    expect(shortcutText('Mod+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(shortcutText('Mod+Z', true)).toBe('⌘+Z');
  });

  it('lists commands per context menu', () => {
    const ids = (scope: 'canvas' | 'shape' | 'connector') =>
      editorRegistry.inMenu(scope).map((c) => c.id);
    expect(ids('shape')).toEqual(
      expect.arrayContaining(['edit.rename', 'edit.delete', 'connect.to', 'connect.addNext']),
    );
    expect(ids('connector')).toEqual(
      expect.arrayContaining(['edit.rename', 'edit.delete', 'connect.reverse']),
    );
    expect(ids('canvas')).toEqual(expect.arrayContaining(['edit.undo', 'arrange.layout']));
  });

  it('enables commands by selection and read-only state', () => {
    const enabled = (id: string, selection: string[], readOnly = false) =>
      isEnabled(editorRegistry.get(id), harness(selection, { readOnly }).context());
    expect(enabled('edit.delete', [])).toBe(false);
    expect(enabled('edit.delete', ['a'])).toBe(true);
    expect(enabled('edit.delete', ['a'], true)).toBe(false);
    expect(enabled('edit.copy', ['a'], true)).toBe(true);
    expect(enabled('edit.rename', ['a', 'b'])).toBe(false);
    expect(enabled('edit.rename', ['e1'])).toBe(true);
    expect(enabled('arrange.align.left', ['a'])).toBe(false);
    expect(enabled('arrange.align.left', ['a', 'b'])).toBe(true);
    expect(enabled('arrange.distribute.horizontal', ['a', 'b'])).toBe(false);
    expect(enabled('connect.addNext', ['c'])).toBe(false);
    expect(enabled('connect.reverse', ['e1'])).toBe(true);
    expect(enabled('edit.undo', [])).toBe(false);
  });

  it('runs an enabled command and refuses a disabled one', () => {
    const { context, state } = harness([]);
    expect(runCommand(editorRegistry.get('edit.delete'), context())).toBe(false);
    expect(state.history.past).toHaveLength(0);
    const selected = harness(['a']);
    expect(runCommand(editorRegistry.get('edit.delete'), selected.context())).toBe(true);
    expect(selected.state.history.present.nodes.map((node) => node.id)).toEqual(['b', 'c']);
    expect(selected.state.history.past).toHaveLength(1);
  });

  it('records no undo step for a command that changes nothing', () => {
    const { context, state } = harness(['a', 'b']);
    // Aligning two steps already on one line moves nothing.
    runCommand(editorRegistry.get('arrange.align.top'), context());
    expect(state.history.past).toHaveLength(0);
    runCommand(editorRegistry.get('arrange.align.bottom'), context());
    expect(state.history.past).toHaveLength(0);
    runCommand(editorRegistry.get('edit.nudge.right'), context());
    expect(state.history.past).toHaveLength(1);
    expect(state.history.present.nodes[0]?.x).toBe(210);
  });

  it('hands UI commands to the editor: rename, connect to, layout', () => {
    const { context, ui } = harness(['a']);
    runCommand(editorRegistry.get('edit.rename'), context());
    expect(ui.editLabel).toHaveBeenCalledWith('a');
    runCommand(editorRegistry.get('connect.to'), context());
    expect(ui.pickTarget).toHaveBeenCalledWith('a');
    runCommand(editorRegistry.get('arrange.layout'), context());
    expect(ui.layout).toHaveBeenCalled();
  });

  it('adds the next step after the selected one, connected, in one undo step', () => {
    const { context, state, ui } = harness(['b']);
    runCommand(editorRegistry.get('connect.addNext'), context());
    const present = state.history.present;
    expect(state.history.past).toHaveLength(1);
    const added = present.nodes.find((node) => node.id === 'new-1');
    expect(added).toMatchObject({ kind: 'activity', laneId: 'l1' });
    expect(present.edges.at(-1)).toMatchObject({
      source: 'b',
      target: 'new-1',
      sourceSide: 'right',
    });
    expect(ui.select).toHaveBeenCalledWith(['new-1']);
  });

  it('reverses a connector only when the rules allow the other direction', () => {
    const { context, state } = harness(['e1']);
    runCommand(editorRegistry.get('connect.reverse'), context());
    expect(state.history.present.edges[0]).toMatchObject({ source: 'b', target: 'a' });
  });
});

describe('export commands', () => {
  it('export the map even when it is read-only, through the editor', () => {
    const { context, ui } = harness([], { readOnly: true });
    runCommand(editorRegistry.get('file.exportPicture'), context());
    runCommand(editorRegistry.get('file.exportBpmn'), context());
    expect(ui.exportPicture).toHaveBeenCalledOnce();
    expect(ui.exportBpmn).toHaveBeenCalledOnce();
  });
});
