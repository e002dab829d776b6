import { vi } from 'vitest';

/**
 * A test double of the parts of the `electron` module our main-process code touches. It
 * records what our code registers so tests can fire the events Electron would.
 */
type Listener = (...args: unknown[]) => void;

export function createWebContentsDouble() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  let permissionHandler:
    ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null;
  let permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: typeof windowOpenHandler) {
      windowOpenHandler = handler;
    },
    session: {
      setPermissionRequestHandler(handler: typeof permissionHandler) {
        permissionHandler = handler;
      },
      setPermissionCheckHandler(handler: typeof permissionCheckHandler) {
        permissionCheckHandler = handler;
      },
    },
    /** Fires `event` as Electron would; returns whether a listener called preventDefault. */
    emit(event: string, ...args: unknown[]): boolean {
      let prevented = false;
      const domEvent = { preventDefault: () => (prevented = true) };
      for (const listener of listeners.get(event) ?? []) listener(domEvent, ...args);
      return prevented;
    },
    openWindow: (url: string) => windowOpenHandler?.({ url }),
    checkPermission: (permission: string) => permissionCheckHandler?.(contents, permission),
    askPermission(permission: string): boolean | undefined {
      let answer: boolean | undefined;
      permissionHandler?.(contents, permission, (ok) => (answer = ok));
      return answer;
    },
  };
  return contents;
}

export const openExternal = vi.fn(() => Promise.resolve());
