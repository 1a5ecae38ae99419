import type { Scheme, Version } from './versions.js';

/** Semantic Versioning 2.0 (npm, crates.io, Go modules), with Go's `v` prefix and pseudo-versions. */
export interface SemVersion extends Version {
  prerelease: (string | number)[];
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

export const semver: Scheme<SemVersion> = {
  name: 'semver',
  parse(text) {
    const m = SEMVER.exec(text);
    if (!m) return undefined;
    // A Go pseudo-version (v0.0.0-20260918054303-01f206a7e32c) is a pre-release of the next version, so
    // it orders by its timestamp and is never a stable release.
    const prerelease = m[4] ? m[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [];
    return { text, release: [Number(m[1]), Number(m[2]), Number(m[3])], stable: prerelease.length === 0, prerelease };
  },
  compare(a, b) {
    for (let i = 0; i < 3; i++) if (a.release[i] !== b.release[i]) return a.release[i] - b.release[i];
    return comparePrerelease(a.prerelease, b.prerelease);
  },
};

/** Semver's order of pre-releases: none ranks highest, numbers below words, a longer list above its prefix. */
function comparePrerelease(a: (string | number)[], b: (string | number)[]): number {
  if (!a.length || !b.length) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
