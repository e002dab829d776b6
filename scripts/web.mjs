// `npm run web [library-file] [--port N]`: build, then serve RoleFlow on 127.0.0.1.
import { spawnSync } from 'node:child_process';

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const served = spawnSync(process.execPath, ['dist/host/cli.cjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(served.status ?? 0);
