import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { openTempSession, tempFolder } from '../helpers/tempFiles';

let host: RunningHost;
let rendererDir: string;

beforeEach(async () => {
  const { session } = openTempSession();
  rendererDir = tempFolder();
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>RoleFlow</title></head><body></body></html>',
  );
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'do not serve');
  const handlers = createHandlers(createServices({ session, dialogs: NO_DIALOGS, settings: null }));
  host = await startHost({ handlers, rendererDir });
});

afterEach(() => host.close());

const api = (channel: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-RoleFlow-Token': host.token, ...headers },
    body,
  });

describe('browser host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the renderer with its token and a strict CSP', async () => {
    const response = await fetch(host.url);
    const html = await response.text();
    expect(html).toContain(`<meta name="roleflow-host-token" content="${host.token}">`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers the contract over HTTP', async () => {
    const response = await api(
      'department:create',
      JSON.stringify({ name: '财务部', parentId: null }),
    );
    expect(await response.json()).toMatchObject({ ok: true, data: { name: '财务部' } });
  });

  it('refuses a call without the token', async () => {
    const response = await api('department:list', '{}', { 'X-RoleFlow-Token': 'guess' });
    expect(response.status).toBe(403);
  });

  it('refuses API calls from another origin, even with the token', async () => {
    const own = host.url.slice(0, -1);
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:1', 'file://']) {
      const response = await api('department:list', '{}', { Origin: origin });
      expect(response.status, origin).toBe(403);
    }
    const response = await api('department:list', '{}', { Origin: own });
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const port = new URL(host.url).port;
    const response = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/', headers: { Host: `evil.example:${port}` } },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end();
      }, reject);
    });
    expect(response).toBe(421);
  });

  it('answers malformed JSON and unknown channels with clear errors', async () => {
    expect(await (await api('department:list', '{oops')).json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'The request is not valid JSON.' },
    });
    expect(await (await api('fs:readFile', '{}')).json()).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('refuses an oversized body', async () => {
    const huge = JSON.stringify({ text: 'x'.repeat(33 * 1024 * 1024) });
    const response = await api('search:query', huge);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'The request is too large.' },
    });
  });

  it('never serves files outside the renderer folder', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00',
    ]) {
      const response = await fetch(`${host.url.slice(0, -1)}${attempt}`);
      expect(await response.text()).not.toContain('do not serve');
    }
    const asset = await fetch(`${host.url}assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
  });

  it('refuses GET on the API', async () => {
    const response = await fetch(`${host.url}api/department:list`, {
      headers: { 'X-RoleFlow-Token': host.token },
    });
    expect(response.status).toBe(405);
  });
});
