// `npm start`: build, make sure the Electron runtime and its database module are present,
// then open the RoleFlow window. Where Electron cannot be had, say so in one sentence.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildElectronNative } from './electron-native.mjs';
import { projectRoot } from './paths.mjs';

const require = createRequire(import.meta.url);
const root = projectRoot(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

function fail(reason) {
  console.error(
    `\nRoleFlow cannot open its window here: ${reason}. Run \`npm run web\` to use RoleFlow in your browser instead.\n`,
  );
  process.exit(1);
}

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? binary : null;
}

const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

if (!electronBinary()) {
  // Electron ≥ 42 fetches its runtime on first use rather than at install.
  console.log('Fetching the Electron runtime (first start only)…');
  // Its stack trace on failure helps nobody; ROLEFLOW_VERBOSE=1 shows it.
  const verbose = process.env.ROLEFLOW_VERBOSE === '1';
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', verbose ? 'inherit' : 'ignore'],
    timeout: 10 * 60 * 1000,
  });
}
const binary = electronBinary();
if (!binary) fail('the Electron runtime could not be downloaded (it comes from GitHub)');
if (!buildElectronNative()) fail('the database module could not be built for Electron');

const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
