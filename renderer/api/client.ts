import type { AppEvent, Channel, RequestOf, ResponseOf } from '../../shared/contract';
import { HOST_TOKEN_META, type RoleFlowBridge } from '../../shared/bridge';
import type { ApiResult, ErrorCode, ErrorParams } from '../../shared/errors';

/** A failed call: the host's error code (or NETWORK when no host answered) and its message. */
export class ApiCallError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  /** What the message in the interface language is filled with (see shared/errors). */
  readonly params: ErrorParams;
  constructor(code: ErrorCode | 'NETWORK', message: string, params: ErrorParams = {}) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
    this.params = params;
  }
}

type Transport = {
  invoke(channel: Channel, payload: unknown): Promise<ApiResult<unknown>>;
  on(event: AppEvent, listener: () => void): () => void;
};

declare global {
  // An interface, because only interfaces merge with the DOM's own Window.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    roleflow?: RoleFlowBridge;
  }
}

/** The browser host: the same channels as POST /api/<channel>, with the page's token. */
function httpTransport(token: string): Transport {
  return {
    async invoke(channel, payload) {
      let response: Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-RoleFlow-Token': token },
          body: JSON.stringify(payload),
        });
      } catch (error) {
        throw new ApiCallError('NETWORK', String(error));
      }
      if (!response.ok) throw new ApiCallError('NETWORK', `HTTP ${response.status}`);
      return (await response.json()) as ApiResult<unknown>;
    },
    // Menu events only exist in Electron.
    on: () => () => undefined,
  };
}

function detectTransport(): Transport {
  if (window.roleflow) return window.roleflow;
  const token = document.querySelector(`meta[name="${HOST_TOKEN_META}"]`)?.getAttribute('content');
  if (token) return httpTransport(token);
  throw new Error('RoleFlow was opened without a host (neither Electron nor the browser host).');
}

let transport: Transport | null = null;
function currentTransport(): Transport {
  transport ??= detectTransport();
  return transport;
}

/** True in the desktop app (Electron), where the app can be quit from the page. */
export function isDesktop(): boolean {
  return Boolean(window.roleflow);
}

/** Calls a channel of the contract; resolves with its data or rejects with an ApiCallError. */
export async function call<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const result = await currentTransport().invoke(channel, request);
  if (!result.ok)
    throw new ApiCallError(result.error.code, result.error.message, result.error.params);
  return result.data as ResponseOf<C>;
}

/** Listens to an event from main (menu actions, library switched). */
export function onAppEvent(event: AppEvent, listener: () => void): () => void {
  return currentTransport().on(event, listener);
}

/**
 * The name of the item a save was refused for because another window saved it first
 * (EDIT_CONFLICT), or null for any other failure.
 */
export function editConflictName(error: unknown): string | null {
  if (!(error instanceof ApiCallError) || error.code !== 'EDIT_CONFLICT') return null;
  return String(error.params.name ?? '');
}
