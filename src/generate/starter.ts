import { deriveIds } from '../answers/names.js';
import { checkStack, type Answers } from '../answers/options.js';
import { plan, type PlannedFile } from './plan.js';
import { render, templateData, type RenderedFile, type TemplateData } from './render.js';
import { localFiles } from './secrets.js';
import { checkTarget, writeFiles, type WritePlan } from './write.js';
import type { Catalog } from '../catalog/types.js';

function prepare(catalog: Catalog, answers: Answers): { planned: PlannedFile[]; data: TemplateData } {
  const stack = checkStack(catalog, answers.stack, answers.appType);
  return { planned: plan(catalog, stack, answers), data: templateData(catalog, stack, answers, deriveIds(answers.name, answers)) };
}

/** Everything between settled answers and the tracked files' contents: pure, the same bytes every time. */
export function buildFiles(catalog: Catalog, answers: Answers): RenderedFile[] {
  const { planned, data } = prepare(catalog, answers);
  return render(planned, data, answers);
}

/**
 * Renders the starter, with the untracked `.env` of fresh secrets where the stack has any, and writes
 * it into dir safely; both front doors call this and only this.
 */
export async function writeStarter(catalog: Catalog, answers: Answers, dir: string, force: boolean): Promise<WritePlan> {
  const { planned, data } = prepare(catalog, answers);
  const writePlan = checkTarget(dir, render(planned, data, answers), force, localFiles(planned, data));
  await writeFiles(dir, writePlan);
  return writePlan;
}
