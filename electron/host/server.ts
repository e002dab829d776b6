import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY, HOST_TOKEN_META } from '../../shared/bridge';
import type { ApiResult } from '../../shared/errors';
import { dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';
import { contentTypeOf, resolveRendererFile } from './staticFiles';

/** Largest request body accepted: a 20 MB BPMN file, base64-encoded, fits. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export type HostOptions = {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
};

export type RunningHost = { url: string; token: string; close(): Promise<void> };

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/**
 * The browser host: the built renderer and the same handler registry as Electron, on
 * 127.0.0.1 only. API calls need the random token (handed to the page in a meta tag) in a
 * custom header, which a page of another origin cannot send without a CORS preflight we never
 * grant; the Host header is checked so DNS rebinding cannot reach us either, and the Origin
 * header of API calls must be our own.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const server = http.createServer((request, response) => {
    void route(request, response, options, token, server).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function route(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  options: HostOptions,
  token: string,
  server: http.Server,
): Promise<void> {
  const { port } = server.address() as AddressInfo;
  const host = request.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    send(response, 421, 'text/plain', 'Misdirected request');
    return;
  }
  const url = new URL(request.url ?? '/', `http://${host}`);
  if (url.pathname.startsWith('/api/')) {
    if (!originAllowed(request.headers.origin, port)) {
      send(response, 403, 'text/plain', 'Forbidden origin');
      return;
    }
    await answerApi(request, response, options.handlers, token, url.pathname.slice(5));
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain', 'Method not allowed');
    return;
  }
  await serveFile(response, options.rendererDir, url.pathname, token);
}

async function answerApi(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  handlers: Handlers,
  token: string,
  channel: string,
): Promise<void> {
  if (request.method !== 'POST') {
    send(response, 405, 'text/plain', 'Method not allowed');
    return;
  }
  if (!tokenMatches(request.headers['x-roleflow-token'], token)) {
    send(response, 403, 'text/plain', 'Forbidden');
    return;
  }
  const body = await readBody(request);
  let result: ApiResult<unknown>;
  if (body === null) {
    result = {
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'The request is too large.' },
    };
  } else {
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      payload = Symbol('unparseable');
    }
    result =
      typeof payload === 'symbol'
        ? {
            ok: false,
            error: { code: 'INVALID_REQUEST', message: 'The request is not valid JSON.' },
          }
        : await dispatch(handlers, decodeURIComponent(channel), payload);
  }
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
}

async function serveFile(
  response: http.ServerResponse,
  rendererDir: string,
  pathname: string,
  token: string,
): Promise<void> {
  const file = resolveRendererFile(rendererDir, pathname);
  if (!file) {
    send(response, 404, 'text/plain', 'Not found');
    return;
  }
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    send(response, 404, 'text/plain', 'Not found');
    return;
  }
  if (file.endsWith('index.html')) {
    const meta = `<meta name="${HOST_TOKEN_META}" content="${token}">`;
    body = Buffer.from(body.toString('utf8').replace('<head>', `<head>\n    ${meta}`));
  }
  send(response, 200, contentTypeOf(file), body);
}

function readBody(request: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return; // already refused; drain the rest unread
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (size <= MAX_BODY_BYTES) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

/**
 * Browsers send Origin with every POST; a page of any other origin (another local server, a
 * file:// page, a sandboxed "null" origin) is refused even before the token is looked at. A
 * request without Origin comes from no browser, and such a client still needs the token.
 */
function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function send(
  response: http.ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType });
  response.end(body);
}
