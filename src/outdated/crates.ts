import { getText } from './http.js';
import type { RegistryClient } from './registry.js';
import { semver } from './semver.js';

/**
 * crates.io through its sparse index, the one cargo reads: a file per crate, one JSON line per
 * published version, yanked ones flagged.
 */
export const crates: RegistryClient = {
  name: 'crates.io',
  scheme: semver,
  packageName: /^[A-Za-z][A-Za-z0-9_-]{0,63}$/,
  packageForm: 'a crate name, like serde',
  defaultBase: 'https://index.crates.io',
  async releases(base, pkg, http) {
    const text = await getText(`${base}/${indexPath(pkg)}`, http);
    if (text === undefined) return undefined;
    return text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { vers: string; yanked?: boolean })
      .filter((entry) => !entry.yanked)
      .map((entry) => entry.vers);
  },
};

/** The index's layout: 1/a, 2/ab, 3/a/abc, then ab/cd/abcdef, all lowercase. */
export function indexPath(crate: string): string {
  const name = crate.toLowerCase();
  if (name.length <= 2) return `${name.length}/${name}`;
  if (name.length === 3) return `3/${name[0]}/${name}`;
  return `${name.slice(0, 2)}/${name.slice(2, 4)}/${name}`;
}
