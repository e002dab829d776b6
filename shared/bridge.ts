import type { AppEvent, Channel } from './contract';
import type { ApiResult } from './errors';

/**
 * What the Electron preload exposes as `window.roleflow`: the contract's channels and
 * main's events, nothing more. The renderer reaches it only through renderer/api/.
 */
export type RoleFlowBridge = {
  invoke(channel: Channel, payload: unknown): Promise<ApiResult<unknown>>;
  on(event: AppEvent, listener: () => void): () => void;
};

/** Name of the meta tag through which the browser host hands the page its API token. */
export const HOST_TOKEN_META = 'roleflow-host-token';

/** The content security policy both hosts serve the renderer with. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // antd writes its styles at run time (CSS-in-JS), which needs inline style elements.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
