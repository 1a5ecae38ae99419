import { randomBytes } from 'node:crypto';
import { deriveIds } from './names.js';
import { checkStack, type Answers } from './options.js';
import { plan } from './plan.js';
import { renderTemplate, templateData, type RenderedFile } from './render.js';
import type { Catalog, SecretSpec } from './types.js';

const LOCAL_ENV = '.env';
const ENV_EXAMPLE = '.env.example';

function makeSecret(spec: SecretSpec): string {
  return (spec.prefix ?? '') + randomBytes(spec.bytes).toString(spec.encoding);
}

/**
 * The untracked `.env` for a stack that needs secrets: `.env.example` rendered again with a fresh value
 * for each secret. It is the only file with random contents, so every tracked file stays reproducible;
 * the doors write it only when the folder has no `.env` yet.
 */
function buildLocalEnv(catalog: Catalog, answers: Answers): RenderedFile | undefined {
  const stack = checkStack(catalog, answers.stack, answers.appType);
  const secrets = Object.fromEntries(stack.env.filter((v) => v.secret).map((v) => [v.name, makeSecret(v.secret!)]));
  if (Object.keys(secrets).length === 0) return undefined;
  const example = plan(catalog, stack, answers).find((f) => f.dest === ENV_EXAMPLE);
  if (!example) throw new Error(`the ${stack.id} starter has secrets but no ${ENV_EXAMPLE} template`);
  const data = { ...templateData(catalog, stack, answers, deriveIds(answers.name, answers)), secrets };
  return { dest: LOCAL_ENV, contents: renderTemplate(example, data), mode: 0o600 };
}

/** The files a run writes only where they do not exist yet. */
export function localFiles(catalog: Catalog, answers: Answers): RenderedFile[] {
  const env = buildLocalEnv(catalog, answers);
  return env ? [env] : [];
}
