import { deriveIds } from './names.js';
import { checkStack, type Answers } from './options.js';
import { plan } from './plan.js';
import { render, templateData, type RenderedFile } from './render.js';
import type { Catalog } from './types.js';

/** Everything between settled answers and file contents; both front doors call this and only this. */
export function buildFiles(catalog: Catalog, answers: Answers): RenderedFile[] {
  const stack = checkStack(catalog, answers.stack, answers.appType);
  const ids = deriveIds(answers.name, answers);
  return render(plan(catalog, stack, answers), templateData(catalog, stack, answers, ids), answers);
}
