// `npm test`: types, lint, unit tests, a production build, and end-to-end tests against it.
// Ends with one plain line, "N passed, N failed", totalled over every runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = `${root}.reports`;
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };

let passed = 0;
let failed = 0;

function run(title, args) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root, env });
  console.log(`=== ${title}: ${result.status === 0 ? 'ok' : `failed (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

/** A step that is itself one check (types, lint, build). */
function check(title, args) {
  const ok = run(title, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

check('typecheck', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
check('lint', ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.']);

const unitOk = run('unit tests', ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/unit.json`]);
const unit = readJson(`${reports}/unit.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) failed += 1;

if (check('production build', ['scripts/build.mjs'])) {
  const e2eOk = run('end-to-end tests', ['node_modules/@playwright/test/cli.js', 'test']);
  const e2e = readJson(`${reports}/e2e.json`);
  if (e2e) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
  }
  if (!e2eOk && (!e2e || e2e.stats.unexpected + e2e.stats.flaky === 0)) failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
