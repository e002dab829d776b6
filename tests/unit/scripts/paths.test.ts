import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { isEntryScript, projectRoot } from '../../../scripts/paths.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const helper = path.resolve(here, '../../../scripts/paths.mjs');

describe('script paths in a folder with spaces and Chinese characters', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds the project folder from a module URL', () => {
    // given: a script inside "我的 项目/scripts", as npm start runs it
    const project = path.join(os.tmpdir(), 'Role Flow 我的 项目');
    const script = path.join(project, 'scripts', 'start.mjs');
    // then: the real folder, not "%20%E6…"
    expect(projectRoot(pathToFileURL(script).href)).toBe(project);
    expect(isEntryScript(pathToFileURL(script).href, script)).toBe(true);
    expect(isEntryScript(pathToFileURL(script).href, path.join(project, 'other.mjs'))).toBe(false);
  });

  it('works when node runs a script from such a folder', () => {
    // given: a copy of the helper and a script using it, in a folder with spaces and 中文
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'Role Flow 项目 '));
    made.push(project);
    fs.mkdirSync(path.join(project, 'scripts'));
    fs.copyFileSync(helper, path.join(project, 'scripts', 'paths.mjs'));
    const entry = path.join(project, 'scripts', 'probe.mjs');
    fs.writeFileSync(
      entry,
      "import { isEntryScript, projectRoot } from './paths.mjs';\n" +
        'console.log(JSON.stringify({ root: projectRoot(import.meta.url), main: isEntryScript(import.meta.url) }));\n',
    );
    // when
    const run = spawnSync(process.execPath, [entry], { encoding: 'utf8' });
    // then
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ root: fs.realpathSync(project), main: true });
  });
});
