import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { devOverrides } from '../../../electron/app/devOverrides';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

type BuilderConfig = { electronFuses?: Record<string, boolean>; asar?: boolean };

function builderConfig(): BuilderConfig {
  return yaml.load(
    fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'),
  ) as BuilderConfig;
}

describe('packaged build', () => {
  it('flips the fuses of the security checklist', () => {
    const config = builderConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    // The asar fuses mean nothing without an asar archive (electron-builder's default).
    expect(config.asar).not.toBe(false);
  });

  it('ignores the ROLEFLOW_* environment overrides', () => {
    const env = { ROLEFLOW_USER_DATA: '/tmp/elsewhere', ROLEFLOW_SEED: 'sample' };
    expect(devOverrides(env, true)).toEqual({ userData: null, seed: 'starter' });
    expect(devOverrides(env, false)).toEqual({ userData: '/tmp/elsewhere', seed: 'sample' });
    expect(devOverrides({}, false)).toEqual({ userData: null, seed: 'starter' });
  });
});
