// Builds better-sqlite3 for Electron's ABI into node_modules/.roleflow-native/electron-<version>/,
// beside the Node build that `npm install` made for the tests. Main loads it through the
// constructor's `nativeBinding` option, so nobody rebuilds back and forth between the two.
//
// It tries the project's prebuilt binary first (prebuild-install), then compiles from source
// against Electron's headers (node-gyp). Both need the internet once per Electron version.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isEntryScript, projectRoot } from './paths.mjs';

const require = createRequire(import.meta.url);
const root = projectRoot(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sourceDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const targetDir = path.join(
  root,
  'node_modules',
  '.roleflow-native',
  `electron-${electronVersion}`,
);
const target = path.join(targetDir, 'better_sqlite3.node');

export function electronNativeReady() {
  return fs.existsSync(target);
}

function run(command, args, cwd) {
  const env = { ...process.env };
  // npm passes its own node headers folder down; an Electron build must not use them.
  delete env.npm_config_nodedir;
  delete env.NPM_CONFIG_NODEDIR;
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit', timeout: 15 * 60 * 1000 });
  return result.status === 0;
}

export function buildElectronNative() {
  if (electronNativeReady()) return true;
  const work = path.join(root, 'node_modules', '.roleflow-native', `build-${electronVersion}`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(sourceDir, work, {
    recursive: true,
    filter: (file) => !file.startsWith(path.join(sourceDir, 'build')),
  });
  const bin = (name) => path.join(root, 'node_modules', '.bin', name);
  const arch = process.env.npm_config_arch ?? process.arch;
  console.log(`Preparing the database module for Electron ${electronVersion}…`);
  const ok =
    run(
      bin('prebuild-install'),
      ['--runtime', 'electron', '--target', electronVersion, '--arch', arch],
      work,
    ) ||
    run(
      bin('node-gyp'),
      [
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      work,
    );
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  if (ok && fs.existsSync(built)) {
    fs.mkdirSync(targetDir, { recursive: true });
    fs.copyFileSync(built, target);
  }
  fs.rmSync(work, { recursive: true, force: true });
  return electronNativeReady();
}

if (isEntryScript(import.meta.url)) {
  process.exit(buildElectronNative() ? 0 : 1);
}
