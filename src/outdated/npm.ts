import { getJson } from './http.js';
import type { RegistryClient } from './registry.js';
import { semver } from './semver.js';

/** The npm registry: the abbreviated package document, the one `npm install` reads, lists every version. */
export const npm: RegistryClient = {
  name: 'npm',
  scheme: semver,
  packageName: /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/,
  packageForm: 'an npm package name, like express or @types/node',
  defaultBase: 'https://registry.npmjs.org',
  async releases(base, pkg, http) {
    const doc = (await getJson(`${base}/${pkg.replace('/', '%2f')}`, http, 'application/vnd.npm.install-v1+json')) as { versions?: Record<string, unknown> } | undefined;
    return doc && Object.keys(doc.versions ?? {});
  },
};
