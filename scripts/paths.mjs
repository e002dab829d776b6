// File paths of the scripts themselves. `new URL(import.meta.url).pathname` is not a path: it
// keeps %20 and %E4… escapes (a folder with spaces or Chinese characters) and gives
// "/C:/…" on Windows. fileURLToPath turns the module URL into a real path on every system.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder, given the `import.meta.url` of a script in scripts/. */
export function projectRoot(moduleUrl) {
  return path.resolve(path.dirname(fileURLToPath(moduleUrl)), '..');
}

/** True when the module at `moduleUrl` is the script node was started with. */
export function isEntryScript(moduleUrl, argv1 = process.argv[1]) {
  return Boolean(argv1) && path.resolve(argv1) === path.resolve(fileURLToPath(moduleUrl));
}
