import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';
import { isAppUrl } from '../app/windowOptions';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';

/**
 * Binds every contract channel to the shared dispatcher. A call is answered only when it
 * comes from our own window's top frame showing our own renderer.
 */
export function registerIpc(handlers: Handlers, trusted: () => WebContents | null): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event, trusted())) {
        return Promise.resolve({
          ok: false,
          error: { code: 'UNSUPPORTED', message: 'Refused: the call did not come from RoleFlow.' },
        });
      }
      return dispatch(handlers, channel, payload);
    });
  }
}

export function isTrustedSender(event: IpcMainInvokeEvent, trusted: WebContents | null): boolean {
  const frame = event.senderFrame;
  return (
    trusted !== null &&
    event.sender === trusted &&
    frame !== null &&
    frame === trusted.mainFrame &&
    isAppUrl(frame.url)
  );
}
