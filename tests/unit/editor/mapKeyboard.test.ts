import { describe, expect, it, vi } from 'vitest';
import { editorRegistry } from '../../../renderer/editor/commands';
import type { EditorContext } from '../../../renderer/editor/commands/context';
import {
  execute,
  startHistory,
  undo,
  type History,
} from '../../../renderer/editor/commands/history';
import { runCommand, type KeyLike } from '../../../renderer/editor/commands/registry';
import { editorContext } from '../../../renderer/editor/editorContext';
import {
  arrowTarget,
  cycleConnector,
  firstStep,
  neighbourAfterDelete,
} from '../../../renderer/editor/keyboard/mapNavigation';
import type { ProcessGraph, ProcessNode } from '../../../shared/process';

const box = (id: string, x: number, y: number, kind: ProcessNode['kind'] = 'activity') => ({
  id,
  kind,
  label: id.toUpperCase(),
  laneId: 'l1',
  x,
  y,
  width: 100,
  height: 60,
});

/*   start → a → b        (row 1)
 *           ↘ c          (row 2, below b)
 *   d                    (row 2, far left, unconnected) */
const graph: ProcessGraph = {
  lanes: [{ id: 'l1', name: 'Lane', owner: { kind: 'none' }, size: 400 }],
  nodes: [
    box('a', 200, 40),
    box('start', 20, 40, 'start'),
    box('b', 400, 40),
    box('c', 400, 200),
    box('d', 0, 200),
  ],
  edges: [
    { id: 's-a', source: 'start', target: 'a', label: '' },
    { id: 'a-c', source: 'a', target: 'c', label: '' },
    { id: 'a-b', source: 'a', target: 'b', label: '' },
  ],
};

const only = (id: string) => new Set([id]);

describe('moving around the map by keyboard', () => {
  it('enters at the start event, else at the top-left step', () => {
    expect(firstStep(graph)?.id).toBe('start');
    const noStart = { ...graph, nodes: graph.nodes.filter((n) => n.kind !== 'start') };
    expect(firstStep(noStart)?.id).toBe('a');
    expect(firstStep({ ...graph, nodes: [] })).toBeNull();
  });

  it('goes to the nearest step in the arrow’s direction, or nowhere', () => {
    expect(arrowTarget(graph, only('a'), 'ArrowRight')).toBe('b');
    expect(arrowTarget(graph, only('a'), 'ArrowLeft')).toBe('start');
    expect(arrowTarget(graph, only('b'), 'ArrowDown')).toBe('c');
    expect(arrowTarget(graph, only('c'), 'ArrowUp')).toBe('b');
    expect(arrowTarget(graph, only('b'), 'ArrowRight')).toBeNull();
    expect(arrowTarget(graph, new Set(), 'ArrowDown')).toBe('start');
    expect(arrowTarget(graph, new Set(['a', 'b']), 'ArrowDown')).toBeNull();
  });

  it('goes from a connector to its source (← ↑) or target (→ ↓)', () => {
    expect(arrowTarget(graph, only('a-c'), 'ArrowLeft')).toBe('a');
    expect(arrowTarget(graph, only('a-c'), 'ArrowDown')).toBe('c');
  });

  it('cycles a step’s outgoing connectors top to bottom, both ways, round the ends', () => {
    expect(cycleConnector(graph, only('a'), false)).toBe('a-b');
    expect(cycleConnector(graph, only('a-b'), false)).toBe('a-c');
    expect(cycleConnector(graph, only('a-c'), false)).toBe('a-b');
    expect(cycleConnector(graph, only('a-b'), true)).toBe('a-c');
    expect(cycleConnector(graph, only('a'), true)).toBe('a-c');
    expect(cycleConnector(graph, only('b'), false)).toBeNull();
  });

  it('after a delete, picks the step before, else after, else the nearest, else none', () => {
    expect(neighbourAfterDelete(graph, only('a'))).toBe('start');
    expect(neighbourAfterDelete(graph, only('start'))).toBe('a');
    expect(neighbourAfterDelete(graph, only('d'))).toBe('start');
    expect(neighbourAfterDelete(graph, only('a-c'))).toBe('a');
    const lone = { ...graph, nodes: [box('x', 0, 0)], edges: [] };
    expect(neighbourAfterDelete(lone, only('x'))).toBeNull();
  });
});

function harness(selection: string[]) {
  const state: { history: History } = { history: startHistory(graph) };
  const ui = {
    select: vi.fn(),
    undo: vi.fn(() => {
      state.history = undo(state.history);
      return state.history.present;
    }),
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
    newId: () => 'new',
  };
  const context = (ids = selection): EditorContext =>
    editorContext({
      history: state.history,
      selection: new Set(ids),
      readOnly: false,
      t: (key) => key,
      run: (name, change) => {
        state.history = execute(state.history, name, change(state.history.present));
        return state.history.present;
      },
      clipboard: null,
      ui,
    });
  return { state, context, ui };
}

const press = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the map’s keyboard commands', () => {
  it('binds arrows to going, Alt+arrows to nudging, Ctrl+E and Ctrl+Shift+K to connectors', () => {
    expect(editorRegistry.forKey(press('ArrowRight'), false)?.id).toBe('map.go.right');
    expect(editorRegistry.forKey(press('ArrowRight', { altKey: true }), false)?.id).toBe(
      'edit.nudge.right',
    );
    expect(editorRegistry.forKey(press('e', { ctrlKey: true }), false)?.id).toBe(
      'map.connector.next',
    );
    expect(editorRegistry.forKey(press('K', { ctrlKey: true, shiftKey: true }), false)?.id).toBe(
      'connect.reconnectEnd',
    );
    // F6 reaches the map from a field of the side panel too
    expect(editorRegistry.forKey(press('F6'), true)?.id).toBe('map.enter');
  });

  it('selects and focuses the step an arrow goes to, and the map’s entry on F6', () => {
    const { context, ui } = harness(['a']);
    runCommand(editorRegistry.get('map.go.right'), context());
    expect(ui.select).toHaveBeenLastCalledWith(['b'], { focus: true });
    // nothing lies below a within the 45° cone: the key does nothing
    expect(runCommand(editorRegistry.get('map.go.down'), context())).toBe(false);
    runCommand(editorRegistry.get('map.enter'), context([]));
    expect(ui.select).toHaveBeenLastCalledWith(['start'], { focus: true });
    runCommand(editorRegistry.get('map.enter'), context(['a-b']));
    expect(ui.select).toHaveBeenLastCalledWith(['a-b'], { focus: true });
  });

  it('reconnects a connector’s end by picking from its present target', () => {
    const { context, ui } = harness(['a-b']);
    expect(runCommand(editorRegistry.get('connect.reconnectEnd'), context())).toBe(true);
    expect(ui.pickTarget).toHaveBeenCalledWith('a', 'a-b');
    expect(runCommand(editorRegistry.get('connect.reconnectEnd'), context(['a']))).toBe(false);
  });

  it('selects a neighbour after Delete, and what Undo brought back', () => {
    const { context, ui, state } = harness(['a']);
    runCommand(editorRegistry.get('edit.delete'), context());
    expect(state.history.present.nodes.map((n) => n.id)).not.toContain('a');
    expect(ui.select).toHaveBeenLastCalledWith(['start']);
    runCommand(editorRegistry.get('edit.undo'), context(['start']));
    expect(ui.select).toHaveBeenLastCalledWith(['a']);
  });
});
