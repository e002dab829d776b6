// Builds everything `npm start`, `npm run web` and the e2e tests run:
// the renderer (Vite) and the main process, preload and browser host (esbuild, CommonJS).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules are loaded at run time, never bundled; so are pdfkit and
  // fontkit, which read data files beside their own modules, and the document libraries
  // (exceljs, mammoth, yauzl), large and loaded only when a user exports or imports.
  external: [
    'electron',
    'better-sqlite3',
    'pdfkit',
    'fontkit',
    '@resvg/resvg-js',
    'exceljs',
    'mammoth',
    'yauzl',
  ],
};

await Promise.all([
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
  esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // The preload runs sandboxed: one self-contained file that only requires 'electron'.
  esbuild({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
  }),
  esbuild({ ...common, entryPoints: ['electron/host/cli.ts'], outfile: 'dist/host/cli.cjs' }),
  // The Word import's worker (electron/import/wordWorker.ts finds it beside main.cjs; the
  // browser host looks in ../electron from dist/host/).
  esbuild({
    ...common,
    entryPoints: ['electron/import/importWorker.ts'],
    outfile: 'dist/electron/importWorker.cjs',
  }),
]);
console.log('RoleFlow built into dist/');
