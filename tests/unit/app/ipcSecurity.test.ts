import { beforeEach, describe, expect, it, vi } from 'vitest';

type Invoke = (event: unknown, payload: unknown) => Promise<unknown>;
const registered = new Map<string, Invoke>();
const exposed = new Map<string, unknown>();
const ipcRendererInvoke = vi.fn(() => Promise.resolve({ ok: true, data: [] }));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Invoke) => registered.set(channel, handler) },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke: ipcRendererInvoke, on: vi.fn(), removeListener: vi.fn() },
}));

const { registerIpc } = await import('../../../electron/ipc/registerIpc');
const { CHANNELS } = await import('../../../shared/contract');

function fakeContents(url: string) {
  const mainFrame = { url };
  return { mainFrame };
}

describe('registerIpc', () => {
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(() => [])]));
  const trusted = fakeContents('app://roleflow/index.html');
  registerIpc(handlers as never, () => trusted as never);
  beforeEach(() => vi.clearAllMocks());

  it('registers exactly the contract channels', () => {
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers our own window', async () => {
    const handle = registered.get('department:list');
    const event = { sender: trusted, senderFrame: trusted.mainFrame };
    await expect(handle?.(event, {})).resolves.toEqual({ ok: true, data: [] });
  });

  it.each([
    [
      'another web contents',
      () => {
        const other = fakeContents('app://roleflow/index.html');
        return { sender: other, senderFrame: other.mainFrame };
      },
    ],
    ['a sub-frame', () => ({ sender: trusted, senderFrame: { url: 'app://roleflow/index.html' } })],
    [
      'a foreign page in our window',
      () => {
        const frame = trusted.mainFrame;
        const event = { sender: trusted, senderFrame: frame };
        frame.url = 'https://example.com/';
        return event;
      },
    ],
    ['a destroyed frame', () => ({ sender: trusted, senderFrame: null })],
  ])('refuses %s without running a handler', async (_label, makeEvent) => {
    const event = makeEvent();
    const result = await registered.get('department:list')?.(event, {});
    trusted.mainFrame.url = 'app://roleflow/index.html';
    expect(result).toMatchObject({ ok: false });
    expect(handlers['department:list']).not.toHaveBeenCalled();
  });
});

describe('preload', () => {
  it('exposes only invoke and on, and refuses channels outside the contract', async () => {
    await import('../../../electron/preload');
    const bridge = exposed.get('roleflow') as {
      invoke: (channel: string, payload: unknown) => Promise<unknown>;
      on: unknown;
    };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    await expect(bridge.invoke('fs:readFile', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(ipcRendererInvoke).not.toHaveBeenCalled();
    await bridge.invoke('department:list', {});
    expect(ipcRendererInvoke).toHaveBeenCalledWith('department:list', {});
  });
});
