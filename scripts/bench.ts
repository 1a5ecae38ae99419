/**
 * Start-up benchmark, side by side in one run on this machine (`npm run bench [-- --runs N]`):
 *   create-backend-stack NAME --stack fastapi --yes --skip-install   vs  create-vite NAME --template vanilla-ts
 *   yo backend-stack (through yeoman-environment)                     vs  a bare generator writing as many files
 * Prints medians and ratios against the targets (1.5x create-vite, under 60 MiB; 1.1x bare Yeoman). It
 * measures and reports; it never fails on a figure, so a slow machine cannot turn it red.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../src/catalog/load.js';
import { buildFiles } from '../src/generate/starter.js';
import { packageRoot } from '../src/paths.js';
import { table } from '../src/run/report.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);
const root = packageRoot();
const dist = path.join(root, 'dist');
const createVite = createRequire(path.join(root, 'package.json')).resolve('create-vite/index.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'backend-stack-bench-'));

const catalog = loadCatalog();
const fileCount = buildFiles(catalog, {
  name: 'bench-app', description: '', author: '', appType: 'rest-api', language: 'any', knows: [],
  priority: 'balanced', stack: 'fastapi', docker: true, ci: true,
}).length;

interface Subject {
  name: string;
  args: (dir: string) => string[];
  env?: NodeJS.ProcessEnv;
}

const subjects: Subject[] = [
  { name: 'create-vite vanilla-ts', args: () => [createVite, 'bench-app', '--template', 'vanilla-ts'] },
  { name: 'create-backend-stack fastapi', args: () => [path.join(dist, 'bin/create-backend-stack.js'), 'bench-app', '--stack', 'fastapi', '--yes', '--skip-install'] },
  { name: `bare Yeoman generator (${fileCount} files)`, args: () => [path.join(dist, 'scripts/bench/yo-runner.js'), path.join(dist, 'scripts/bench/bare-generator.js'), 'bench-app'], env: { BENCH_FILES: String(fileCount) } },
  { name: 'yo backend-stack fastapi', args: () => [path.join(dist, 'scripts/bench/yo-runner.js'), path.join(dist, 'generators/app/index.js'), 'bench-app', '--stack', 'fastapi', '--yes', '--skip-install'] },
];

function runOnce(subject: Subject, extraNodeArgs: string[] = [], env: NodeJS.ProcessEnv = {}): number {
  const dir = path.join(work, `run-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...extraNodeArgs, ...subject.args(dir)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...subject.env, ...env },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${subject.name} failed: ${result.stderr.toString()}`);
  rmSync(dir, { recursive: true, force: true });
  return ms;
}

function peakMiB(subject: Subject): number {
  const file = path.join(work, `rss-${subject.name.replace(/\W+/g, '-')}`);
  runOnce(subject, ['--import', path.join(dist, 'scripts/bench/max-rss.js')], { BENCH_RSS_FILE: file });
  return Number(readFileSync(file, 'utf8').trim()) / 1024;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`Benchmark: ${runs} runs each, interleaved, on ${os.cpus().length} cores, Node ${process.version}`);
for (const subject of subjects) runOnce(subject); // warm the file cache once
const times = new Map(subjects.map((s) => [s.name, [] as number[]]));
for (let i = 0; i < runs; i++) for (const s of subjects) times.get(s.name)!.push(runOnce(s));
const memory = new Map(subjects.map((s) => [s.name, peakMiB(s)]));

console.log(table([
  ['COMMAND', 'MEDIAN ms', 'MIN ms', 'PEAK MiB'],
  ...subjects.map((s) => [s.name, median(times.get(s.name)!).toFixed(0), Math.min(...times.get(s.name)!).toFixed(0), memory.get(s.name)!.toFixed(1)]),
]));
const ratio = (a: Subject, b: Subject) => median(times.get(a.name)!) / median(times.get(b.name)!);
const [vite, standalone, bare, yo] = subjects as [Subject, Subject, Subject, Subject];
console.log(`\ncreate-backend-stack / create-vite: ${ratio(standalone, vite).toFixed(2)}x (target 1.5x)`);
console.log(`create-backend-stack peak memory: ${memory.get(standalone.name)!.toFixed(1)} MiB (target under 60 MiB)`);
console.log(`yo backend-stack / bare Yeoman generator: ${ratio(yo, bare).toFixed(2)}x (target 1.1x)`);
rmSync(work, { recursive: true, force: true });
