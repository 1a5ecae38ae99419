import type { Scheme, Version } from './versions.js';

/** A Maven artifact version: dotted numbers, then an optional qualifier (`-jre`, `.Final`, `-RC1`). */
export interface MavenVersion extends Version {
  qualifier: string;
}

/** Qualifiers of releases that are not final: alpha, beta, milestone, release candidate, snapshot, preview, ... */
const UNSTABLE = /^(alpha|a|beta|b|milestone|m|rc|cr|snapshot|preview|pre|ea|eap|dev|incubating|nightly)$/;
/** Words that mark a final release and order as if absent. */
const FINAL = /^(final|ga|release)$/;

export const mavenVersion: Scheme<MavenVersion> = {
  name: 'Maven',
  parse(text) {
    const m = /^(\d+(?:\.\d+)*)(?:[-.]?(.*))?$/.exec(text.trim());
    if (!m) return undefined;
    const qualifier = (m[2] ?? '').toLowerCase();
    // Maven splits a qualifier at dots, dashes and where digits meet letters: `M1` is milestone 1, `RC2` a candidate.
    const words = qualifier.split(/[-._]|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/).filter((w) => w && !/^\d+$/.test(w));
    return {
      text,
      release: m[1].split('.').map(Number),
      stable: !words.some((w) => UNSTABLE.test(w)),
      qualifier: words.every((w) => FINAL.test(w)) ? '' : qualifier,
    };
  },
  compare(a, b) {
    const length = Math.max(a.release.length, b.release.length);
    for (let i = 0; i < length; i++) {
      const d = (a.release[i] ?? 0) - (b.release[i] ?? 0);
      if (d) return d;
    }
    // Two stable variants of one release (33.0.0-jre, 33.0.0-android): the bare one first, then by name.
    if (a.qualifier === b.qualifier) return 0;
    if (!a.qualifier || !b.qualifier) return a.qualifier ? 1 : -1;
    return a.qualifier < b.qualifier ? -1 : 1;
  },
};
