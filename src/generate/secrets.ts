import { randomBytes } from 'node:crypto';
import type { PlannedFile } from './plan.js';
import { renderTemplate, type RenderedFile, type TemplateData } from './render.js';
import type { SecretSpec } from '../catalog/types.js';

const LOCAL_ENV = '.env';
const ENV_EXAMPLE = '.env.example';

function makeSecret(spec: SecretSpec): string {
  return (spec.prefix ?? '') + randomBytes(spec.bytes).toString(spec.encoding);
}

/**
 * The files a run writes only where they do not exist yet: for a stack that needs secrets, the
 * untracked `.env`, which is `.env.example` rendered again with a fresh value for each secret. It is the
 * only file with random contents, so every tracked file stays reproducible.
 */
export function localFiles(planned: PlannedFile[], data: TemplateData): RenderedFile[] {
  const secrets = Object.fromEntries(data.env.filter((v) => v.secret).map((v) => [v.name, makeSecret(v.secret!)]));
  if (Object.keys(secrets).length === 0) return [];
  const example = planned.find((f) => f.dest === ENV_EXAMPLE);
  if (!example) throw new Error(`the ${data.stack.id} starter has secrets but no ${ENV_EXAMPLE} template`);
  return [{ dest: LOCAL_ENV, contents: renderTemplate(example, { ...data, secrets }), mode: 0o600 }];
}
