import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Native Node.js addons installed through prebuild-install (better-sqlite3, ...) compile from source when
 * their prebuilt binary cannot be downloaded, which takes minutes per install. After a starter's install
 * the smoke packs each addon it compiled the way prebuild-install names a download, into a folder of its
 * own that prebuild-install looks in first (`npm_config_<package>_local_prebuilds`), so the installs of
 * the next starters unpack it instead of compiling it again: a compiler cache shared across variants.
 */
export function usePrebuilds(cacheDir: string): void {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) process.env[`${envPrefix(name)}_local_prebuilds`] = path.join(cacheDir, name);
}

/** Packs the addons a starter's install compiled that the cache does not have yet. */
export function keepPrebuilds(projectDir: string, cacheDir: string): void {
  const modules = path.join(projectDir, 'node_modules');
  if (!existsSync(modules)) return;
  const abi = spawnSync('node', ['-p', 'process.versions.modules'], { cwd: projectDir, encoding: 'utf8' }).stdout.trim();
  if (!abi) return;
  for (const dir of packageDirs(modules)) {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string; scripts?: { install?: string } };
    const release = path.join(dir, 'build/Release');
    if (!manifest.scripts?.install?.includes('prebuild-install') || !existsSync(release)) continue;
    // Only Node.js addons: prebuild-install loads what it unpacks, and a build folder may hold other shared
    // objects (better-sqlite3 builds an SQLite extension for its tests).
    const addons = readdirSync(release).filter((f) => f.endsWith('.node') && isAddon(path.join(release, f)));
    const name = manifest.name.replace(/^@[^/]+\//, '');
    const folder = path.join(cacheDir, manifest.name.replaceAll('/', '__'));
    const tarball = path.join(folder, `${name}-v${manifest.version}-node-v${abi}-${process.platform}-${process.arch}.tar.gz`);
    if (!addons.length || existsSync(tarball)) continue;
    mkdirSync(folder, { recursive: true });
    spawnSync('tar', ['-czf', tarball, '-C', dir, ...addons.map((a) => `build/Release/${a}`)]);
  }
}

/** An addon exports the entry point Node.js looks for: Node-API's, or the one of modules built against V8. */
function isAddon(file: string): boolean {
  const binary = readFileSync(file, 'latin1');
  return binary.includes('napi_register_module_v1') || binary.includes('node_register_module_v');
}

/** The packages directly under node_modules, scoped ones included. */
function packageDirs(modules: string): string[] {
  return readdirSync(modules)
    .filter((entry) => !entry.startsWith('.'))
    .flatMap((entry) => (entry.startsWith('@') ? readdirSync(path.join(modules, entry)).map((scoped) => path.join(modules, entry, scoped)) : [path.join(modules, entry)]))
    .filter((dir) => existsSync(path.join(dir, 'package.json')));
}

/** prebuild-install's environment prefix for a package: npm_config_ and its name with non-alphanumerics as _. */
function envPrefix(folder: string): string {
  return `npm_config_${folder.replaceAll('__', '/').replace(/[^a-zA-Z0-9]/g, '_').replace(/^_/, '')}`;
}
