/**
 * `npm test`: unit, integration (PGlite, or the server in TEST_DATABASE_URL) and end-to-end
 * tests in Chromium against a production build, then one plain summary line for CI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

const started = performance.now();
const report = path.join(os.tmpdir(), `jarida-vitest-${process.pid}.json`);
const result = spawnSync(
  'node_modules/.bin/vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

let summary: VitestJson | null = null;
try {
  summary = JSON.parse(fs.readFileSync(report, 'utf8')) as VitestJson;
  fs.rmSync(report, { force: true });
} catch {
  // No report means vitest itself failed to start; its exit code says so below.
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (summary) {
  const skipped = summary.numPendingTests + summary.numTodoTests;
  console.log(`\nnpm test took ${seconds} s`);
  console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
process.exit(result.status ?? 1);
