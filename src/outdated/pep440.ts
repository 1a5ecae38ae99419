import type { Scheme, Version } from './versions.js';

/** A Python package version (PEP 440), as PyPI publishes them. */
export interface Pep440Version extends Version {
  epoch: number;
  post: number;
}

// Epoch, release, pre-release, post-release, development release, local label (PEP 440, appendix B).
const PEP440 = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d*))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$/;

export const pep440: Scheme<Pep440Version> = {
  name: 'PEP 440',
  parse(text) {
    const m = PEP440.exec(text.trim().toLowerCase());
    if (!m) return undefined;
    const post = m[5] ?? (m[6] ? m[7] || '0' : undefined);
    return {
      text,
      epoch: Number(m[1] ?? 0),
      release: m[2].split('.').map(Number),
      stable: m[3] === undefined && m[8] === undefined,
      post: post === undefined ? -1 : Number(post),
    };
  },
  // Epoch, release, then a pre-release before its final release, then post-releases; outdated never
  // needs the order among pre-releases, since it skips them.
  compare(a, b) {
    if (a.epoch !== b.epoch) return a.epoch - b.epoch;
    const length = Math.max(a.release.length, b.release.length);
    for (let i = 0; i < length; i++) {
      const d = (a.release[i] ?? 0) - (b.release[i] ?? 0);
      if (d) return d;
    }
    if (a.stable !== b.stable) return a.stable ? 1 : -1;
    return a.post - b.post;
  },
};
