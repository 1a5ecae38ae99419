import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder of this package's package.json. Found by walking up, because the same module runs from
 * src/ under the test runner and from dist/src/ once compiled.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'generator-backend-stack') {
      root = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('generator-backend-stack: package.json not found above ' + import.meta.url);
    dir = parent;
  }
}

/** This package's version, which a generated project's repository records beside its render. */
export function generatorVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Writes a report the user named (--junit, --json), creating the folders on its path. */
export function writeReport(file: string, contents: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, contents);
}

/** A folder of backend-stack's user cache (tools the verifier fetches once), following XDG_CACHE_HOME. */
export function cacheDir(name: string): string {
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'backend-stack', name);
}
