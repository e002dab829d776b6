import { describe, expect, it, vi } from 'vitest';
import { createWebContentsDouble, openExternal } from '../helpers/electronDouble';

const showMessageBoxSync = vi.fn(() => 1);
let lastWindow: { webContents: ReturnType<typeof createWebContentsDouble> } | null = null;

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function BrowserWindow(this: Record<string, unknown>) {
    this.webContents = createWebContentsDouble();
    this.once = vi.fn();
    this.loadURL = vi.fn(() => Promise.resolve());
    lastWindow = this as unknown as typeof lastWindow;
  }),
  dialog: { showMessageBoxSync },
  shell: { openExternal },
}));

const { createMainWindow, lockDown } = await import('../../../electron/app/window');
const { isAppUrl, mainWindowOptions } = await import('../../../electron/app/windowOptions');

describe('main window options', () => {
  it('apply the Electron security checklist', () => {
    const { webPreferences } = mainWindowOptions('/app/preload.cjs', { packaged: true });
    expect(webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(webPreferences).not.toHaveProperty('enableRemoteModule');
    expect(webPreferences?.devTools).toBe(false);
  });

  it('keep DevTools for development builds only', () => {
    const { webPreferences } = mainWindowOptions('/app/preload.cjs', { packaged: false });
    expect(webPreferences?.devTools).toBe(true);
  });

  it('recognise only our own origin as the app', () => {
    expect(isAppUrl('app://roleflow/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('closing with unsaved edits', () => {
  it('asks, in the interface language, and closes only when the user discards', () => {
    createMainWindow('/app/preload.cjs', () => 'zh-CN', { packaged: true });
    const contents = lastWindow?.webContents;
    if (!contents) throw new Error('no window');

    showMessageBoxSync.mockReturnValueOnce(1);
    expect(contents.emit('will-prevent-unload')).toBe(false);
    expect(showMessageBoxSync).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({
        message: '有未保存的修改。',
        buttons: ['放弃修改并关闭', '继续编辑'],
      }),
    );

    showMessageBoxSync.mockReturnValueOnce(0);
    expect(contents.emit('will-prevent-unload')).toBe(true);
  });
});

describe('lockDown', () => {
  it('blocks navigation away from the app and allows it inside', () => {
    const contents = createWebContentsDouble();
    lockDown(contents as never);
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(contents.emit('will-navigate', 'app://roleflow/index.html')).toBe(false);
  });

  it('denies every new window, sending only allowed links to the system browser', () => {
    const contents = createWebContentsDouble();
    lockDown(contents as never);
    expect(contents.openWindow('https://roleflow.app/help')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://roleflow.app/help');
    openExternal.mockClear();
    for (const url of [
      'https://example.com/help',
      'http://roleflow.app/help',
      'https://roleflow.app.evil.example/',
      'https://user:pw@roleflow.app/',
      'https://roleflow.app:8443/',
      'ms-msdt:/id PCWDiagnostic',
      'smb://host/share',
    ]) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(contents.openWindow('file:///bin/sh')).toEqual({ action: 'deny' });
    expect(contents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses webviews and every permission request', () => {
    const contents = createWebContentsDouble();
    lockDown(contents as never);
    expect(contents.emit('will-attach-webview')).toBe(true);
    expect(contents.askPermission('media')).toBe(false);
    expect(contents.askPermission('geolocation')).toBe(false);
    expect(contents.checkPermission('clipboard-read')).toBe(false);
    expect(contents.checkPermission('notifications')).toBe(false);
  });
});
