import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppEvent } from '../../shared/contract';
import { MESSAGES, type Locale } from '../../shared/i18n';

export type MenuActions = {
  newLibrary(): void;
  openLibrary(): void;
  sampleLibrary(): void;
  send(event: AppEvent): void;
};

/** The native menu, in the interface language, with the usual shortcuts. */
export function installMenu(locale: Locale, actions: MenuActions): void {
  const t = MESSAGES[locale].menu;
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t.file,
      submenu: [
        { label: t.newRole, accelerator: 'CmdOrCtrl+N', click: () => actions.send('menu:newRole') },
        { type: 'separator' },
        { label: t.newLibrary, accelerator: 'CmdOrCtrl+Shift+N', click: actions.newLibrary },
        { label: t.openLibrary, accelerator: 'CmdOrCtrl+O', click: actions.openLibrary },
        { label: t.sampleLibrary, click: actions.sampleLibrary },
        { type: 'separator' },
        isMac ? { role: 'close' } : { label: t.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: t.find, accelerator: 'CmdOrCtrl+F', click: () => actions.send('menu:find') },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: t.window, role: 'windowMenu' },
    {
      label: t.help,
      role: 'help',
      submenu: [{ label: t.about, click: () => app.showAboutPanel() }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
