import { getJson } from './http.js';
import type { RegistryClient } from './registry.js';
import { pep440 } from './pep440.js';

interface PypiProject {
  releases?: Record<string, { yanked?: boolean }[]>;
}

/** PyPI's JSON API. A release whose files were all yanked (or that has none) cannot be installed, so it does not count. */
export const pypi: RegistryClient = {
  name: 'PyPI',
  scheme: pep440,
  packageName: /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/,
  packageForm: 'a PyPI project name, like django',
  defaultBase: 'https://pypi.org/pypi',
  async releases(base, pkg, http) {
    const project = (await getJson(`${base}/${pkg}/json`, http)) as PypiProject | undefined;
    if (!project) return undefined;
    return Object.entries(project.releases ?? {})
      .filter(([, files]) => files.some((f) => !f.yanked))
      .map(([version]) => version);
  },
};
