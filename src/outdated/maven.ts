import { getText } from './http.js';
import type { RegistryClient } from './registry.js';
import { mavenVersion } from './maven-version.js';

/** Maven Central: the artifact's maven-metadata.xml lists every version deployed. */
export const maven: RegistryClient = {
  name: 'Maven Central',
  scheme: mavenVersion,
  packageName: /^[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+$/,
  packageForm: 'a Maven group:artifact, like org.postgresql:postgresql',
  defaultBase: 'https://repo1.maven.org/maven2',
  async releases(base, pkg, http) {
    const [group, artifact] = pkg.split(':');
    const xml = await getText(`${base}/${group.replaceAll('.', '/')}/${artifact}/maven-metadata.xml`, http);
    if (xml === undefined) return undefined;
    const versions = /<versions>([\s\S]*?)<\/versions>/.exec(xml)?.[1] ?? '';
    return [...versions.matchAll(/<version>\s*([^<\s]+)\s*<\/version>/g)].map((m) => m[1]);
  },
};
