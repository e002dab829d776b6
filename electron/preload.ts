import { contextBridge, ipcRenderer } from 'electron';
import type { RoleFlowBridge } from '../shared/bridge';
import { CHANNELS, EVENTS, type AppEvent, type Channel } from '../shared/contract';

/*
 * Runs sandboxed with context isolation. It exposes the contract's channels and main's
 * events and nothing else: no ipcRenderer, no Node, no way to name another channel.
 */

const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENTS);

const bridge: RoleFlowBridge = {
  invoke(channel: Channel, payload: unknown) {
    if (!channels.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${String(channel)}` },
      });
    }
    return ipcRenderer.invoke(channel, payload) as ReturnType<RoleFlowBridge['invoke']>;
  },
  on(event: AppEvent, listener: () => void) {
    if (!events.has(event)) return () => undefined;
    // The renderer's listener never sees the IpcRendererEvent (it carries `sender`).
    const wrapped = () => listener();
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('roleflow', bridge);
