import path from 'node:path';
import { createHandlers, createServices } from '../ipc/handlers';
import { LibrarySession } from '../library/librarySession';
import { DEFAULT_LIBRARY_NAME, defaultDataFolder } from '../library/settings';
import { NO_DIALOGS } from '../services/libraryService';
import { startHost } from './server';

/*
 * `npm run web [library-file] [--port N]`: serves RoleFlow to a browser on 127.0.0.1.
 * Used by the end-to-end tests and wherever no Electron binary can run.
 */

function parseArguments(argv: string[]): { file: string; port: number } {
  let file: string | undefined;
  let port = 0;
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i] ?? '';
    if (argument === '--port') {
      port = Number(argv[(i += 1)]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error('--port takes a number from 0 to 65535');
      }
    } else if (!argument.startsWith('--')) {
      file = argument;
    }
  }
  return { file: file ?? path.join(defaultDataFolder('RoleFlow'), DEFAULT_LIBRARY_NAME), port };
}

async function main(): Promise<void> {
  const { file, port } = parseArguments(process.argv.slice(2));
  const session = new LibrarySession();
  const status = session.open(file, {
    create: true,
    seed: process.env.ROLEFLOW_SEED === 'sample' ? 'sample' : 'starter',
  });
  if (status.state === 'error') {
    // Still serve: the renderer shows the reason, and the file stays untouched.
    console.error(`RoleFlow: ${status.message}`);
  }
  const handlers = createHandlers(createServices({ session, dialogs: NO_DIALOGS, settings: null }));
  const host = await startHost({
    handlers,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port,
  });
  console.log(`RoleFlow is serving ${path.resolve(file)}`);
  console.log(`Open ${host.url} in a browser. Press Ctrl+C to stop.`);

  const stop = () => {
    void host.close().then(() => {
      session.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `RoleFlow could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
