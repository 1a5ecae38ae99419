import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { ROOT, tempDir } from './helpers.js';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** What `npm pack` would publish, as paths inside the package. */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
}

/** The bare package names a compiled file imports (static and dynamic), without node: built-ins. */
function importedPackages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]));
}

describe('the published package', () => {
  const files = packedFiles();

  it('ships the engine, the front doors, the catalog and the templates, and nothing only the tests use', () => {
    for (const required of ['dist/bin/create-backend-stack.js', 'dist/bin/backend-stack.js', 'dist/generators/app/index.js', 'catalog/catalog.json', 'templates/_common/README.md.ejs']) {
      expect(files).toContain(required);
    }
    expect(files.filter((f) => f.startsWith('dist/scripts/') || f.startsWith('tests/') || f.startsWith('scripts/'))).toEqual([]);
  });

  it('imports only its own dependencies, never a devDependency', () => {
    const dependencies = Object.keys(manifest.dependencies as Record<string, string>);
    for (const file of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
      for (const name of importedPackages(path.join(ROOT, file))) expect(dependencies, `${file} imports ${name}`).toContain(name);
    }
  });

  it('generates every available stack once installed without devDependencies, and has backend-stack smoke', () => {
    const dir = tempDir('packed-');
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, stdio: 'ignore' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', path.join(dir, tarball)], { cwd: dir, stdio: 'ignore' });
    const bin = path.join(dir, 'node_modules/.bin/create-backend-stack');
    for (const stack of loadCatalog().stacks.filter((s) => s.status === 'available')) {
      const run = spawnSync(bin, [`packed-${stack.id}`, '--stack', stack.id, '--yes', '--skip-install'], { cwd: dir, encoding: 'utf8' });
      expect(run.stderr, stack.id).toBe('');
      expect(run.status, stack.id).toBe(0);
      expect(existsSync(path.join(dir, `packed-${stack.id}`, 'README.md')), stack.id).toBe(true);
    }
    const matrix = spawnSync(path.join(dir, 'node_modules/.bin/backend-stack'), ['smoke', '--matrix', '--stack', 'gin'], { cwd: dir, encoding: 'utf8' });
    expect(matrix.stderr).toBe('');
    expect(JSON.parse(matrix.stdout).include.map((v: { label: string }) => v.label)).toEqual(['gin', 'gin+full-stack-web', 'gin+postgres', 'gin+none']);
  }, 180_000);
});
