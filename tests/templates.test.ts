import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadCatalog } from '../src/core/catalog.js';
import { buildFiles } from '../src/core/generate.js';
import type { Answers } from '../src/core/options.js';
import type { RenderedFile } from '../src/core/render.js';
import { tempDir } from './helpers.js';
import { HOSTILE } from './hostile.js';

const catalog = loadCatalog();
const available = catalog.stacks.filter((s) => s.status === 'available');

function answersFor(stack: string, appType: string, text: Partial<Answers> = {}): Answers {
  return { name: 'probe-api', description: 'A probe.', author: '', appType, language: 'any', knows: [], priority: 'balanced', stack, docker: true, ci: true, ...text };
}

/** Every app type of every available stack: each may pick a variant folder or conditional lines. */
const variants = available.flatMap((s) => Object.keys(s.appTypes).map((appType): [string, string, string] => [`${s.id} for ${appType}`, s.id, appType]));

function writeTree(files: RenderedFile[]): string {
  const dir = tempDir('render-');
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f.dest)), { recursive: true });
    writeFileSync(path.join(dir, f.dest), f.contents);
  }
  return dir;
}

/** Parses every file of the trees with the real parser for its format; returns the problems found. */
function syntaxProblems(trees: { dir: string; files: RenderedFile[] }[]): string[] {
  const problems: string[] = [];
  const py: string[] = [];
  const toml: string[] = [];
  const go: string[] = [];
  for (const { dir, files } of trees) {
    for (const { dest, contents } of files) {
      const ext = path.extname(dest);
      const file = path.join(dir, dest);
      try {
        if (ext === '.json') JSON.parse(contents);
        else if (ext === '.yml' || ext === '.yaml') parseYaml(contents);
        else if (ext === '.py') py.push(file);
        else if (ext === '.toml') toml.push(file);
        else if (ext === '.go') go.push(file);
        else if (dest === 'go.mod') execFileSync('go', ['mod', 'edit', '-json', dest], { cwd: dir, stdio: 'pipe' });
        else if (['.ts', '.js', '.mjs', '.cjs'].includes(ext)) {
          const out = ts.transpileModule(contents, { reportDiagnostics: true, fileName: dest, compilerOptions: { module: ts.ModuleKind.ESNext } });
          if (out.diagnostics?.length) throw new Error(ts.flattenDiagnosticMessageText(out.diagnostics[0].messageText, '\n'));
        }
      } catch (err) {
        problems.push(`${file}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
  }
  if (py.length || toml.length) {
    const check = spawnSync('python3', ['-c', PYTHON_CHECK, JSON.stringify(py), JSON.stringify(toml)], { encoding: 'utf8' });
    if (check.status !== 0) problems.push(check.stderr.trim().split('\n').slice(-1)[0]);
  }
  if (go.length) {
    // gofmt -l also lists files that parse but are not gofmt-formatted: both are problems.
    const fmt = spawnSync('gofmt', ['-e', '-l', ...go], { encoding: 'utf8' });
    if (fmt.status !== 0 || fmt.stdout.trim()) problems.push(`gofmt: ${(fmt.stderr || fmt.stdout).trim()}`);
  }
  return problems;
}

const PYTHON_CHECK = `
import ast, json, sys, tomllib
for f in json.loads(sys.argv[1]):
    ast.parse(open(f, encoding="utf-8").read(), f)
for f in json.loads(sys.argv[2]):
    tomllib.load(open(f, "rb"))
`;

describe.each(variants)('the %s starter', (_, stackId, appType) => {
  const stack = catalog.stacks.find((s) => s.id === stackId)!;
  const files = buildFiles(catalog, answersFor(stackId, appType));

  it('has every piece of the starter contract', () => {
    const names = files.map((f) => f.dest);
    for (const required of ['README.md', '.gitignore', '.editorconfig', '.env.example', 'Dockerfile', '.dockerignore', '.github/workflows/ci.yml', '.yo-rc.json']) {
      expect(names).toContain(required);
    }
    for (const entry of [...stack.layout, ...stack.appTypes[appType].layout]) {
      expect(names.some((n) => n === entry.path || n.startsWith(entry.path)), entry.path).toBe(true);
    }
  });

  it('leaves no EJS unrendered and no stray placeholder', () => {
    for (const { dest, contents } of files) {
      expect(contents, dest).not.toMatch(/<%|%>|\[object Object\]/);
      if (/\.(md|json|toml|ya?ml|example)$|Dockerfile/.test(dest)) expect(contents, dest).not.toMatch(/\bundefined\b/);
    }
  });

  it('parses every generated file with its language parser', () => {
    expect(syntaxProblems([{ dir: writeTree(files), files }])).toEqual([]);
  });

  it('keeps hostile descriptions and authors parseable', () => {
    const trees = HOSTILE.map((text) => {
      const hostile = buildFiles(catalog, answersFor(stackId, appType, { description: text, author: text }));
      return { dir: writeTree(hostile), files: hostile };
    });
    expect(syntaxProblems(trees)).toEqual([]);
  });

  it('renders the same bytes every time', () => {
    expect(buildFiles(catalog, answersFor(stackId, appType))).toEqual(files);
  });

  it('runs a multi-stage Docker build as a non-root user', () => {
    const dockerfile = files.find((f) => f.dest === 'Dockerfile')!.contents;
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER (?!root\b)\S+/m);
    expect(dockerfile).not.toMatch(/^FROM \S+:latest\b/m);
  });
});

describe.each(available.map((s) => s.id))('the catalog entry of %s', (stackId) => {
  it('has every pinned version printed by the starter of at least one of its app types', () => {
    const stack = catalog.stacks.find((s) => s.id === stackId)!;
    const all = Object.keys(stack.appTypes)
      .flatMap((appType) => buildFiles(catalog, answersFor(stackId, appType)))
      .map((f) => f.contents)
      .join('\n');
    for (const [name, version] of Object.entries(stack.versions)) expect(all, name).toContain(version);
  });
});
