// The production build: Next's static export, then precompressed copies for servers that can use them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', cwd: root, env });
if (next.status !== 0) process.exit(next.status ?? 1);
const post = spawnSync(process.execPath, ['scripts/postbuild.mjs'], { stdio: 'inherit', cwd: root, env });
process.exit(post.status ?? 1);
