/** What `outdated` compares: versions of one ecosystem's scheme, a pin's line, and how far behind it is. */

export interface Version {
  text: string;
  /** The release numbers, most significant first (major, minor, patch, ...). */
  release: number[];
  /** A final release: no pre-release, development build, milestone or snapshot. */
  stable: boolean;
}

/** One ecosystem's version syntax and order (semver, PEP 440, Maven). */
export interface Scheme<V extends Version = Version> {
  name: string;
  /** The version, or undefined where the text is not a version of this scheme. */
  parse(text: string): V | undefined;
  compare(a: V, b: V): number;
}

export type Lag = 'current' | 'patch' | 'minor' | 'major';

/** How many leading release numbers a line shares: 1 = same major, 2 = same minor. */
export type LineWidth = 1 | 2;

/**
 * A pin's own line: the width the catalog asks for, or by the semver convention a `0.x` release
 * stays on its minor (every 0.x minor may break), anything else on its major.
 */
export function lineWidth(pinned: Version, asked?: LineWidth): LineWidth {
  return asked ?? (pinned.release[0] === 0 ? 2 : 1);
}

/** How far `newer` is ahead of `pinned`: the first release number that differs; a later build of the same release is a patch. */
export function lag<V extends Version>(scheme: Scheme<V>, pinned: V, newer: V): Lag {
  if (scheme.compare(newer, pinned) <= 0) return 'current';
  const length = Math.max(pinned.release.length, newer.release.length);
  for (let i = 0; i < Math.min(length, 2); i++) {
    if ((pinned.release[i] ?? 0) !== (newer.release[i] ?? 0)) return i === 0 ? 'major' : 'minor';
  }
  return 'patch';
}

export interface Standing {
  /** The newest stable release on the pin's line, absent when the line has none. */
  onLine?: string;
  newest?: string;
  lineLag: Lag;
  lag: Lag;
  /** The registry lists the pinned release (or need not: a Go pseudo-version is a commit, not a listed release). */
  published: boolean;
}

/**
 * Where a pin stands among a registry's releases. Only stable releases count, unless a package has none
 * (a Go module known only by pseudo-versions): then its newest pre-release is what a pin can move to.
 */
export function standing<V extends Version>(scheme: Scheme<V>, pinned: V, releases: string[], width?: LineWidth): Standing {
  const parsed = releases.map((text) => scheme.parse(text)).filter((v): v is V => v !== undefined);
  const candidates = (parsed.some((v) => v.stable) ? parsed.filter((v) => v.stable) : parsed).sort((a, b) => scheme.compare(a, b));
  const line = lineWidth(pinned, width);
  const sameLine = candidates.filter((v) => pinned.release.slice(0, line).every((n, i) => (v.release[i] ?? 0) === n));
  const newest = candidates.at(-1);
  const onLine = sameLine.at(-1);
  return {
    onLine: onLine?.text,
    newest: newest?.text,
    lineLag: onLine ? lag(scheme, pinned, onLine) : 'current',
    lag: newest ? lag(scheme, pinned, newest) : 'current',
    published: !pinned.stable || parsed.some((v) => scheme.compare(v, pinned) === 0),
  };
}
