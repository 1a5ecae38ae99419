import { deriveIds } from '../answers/names.js';
import { checkStack, type Answers } from '../answers/options.js';
import type { Capability, Catalog, Stack } from '../catalog/types.js';
import { selectCapabilities } from './capabilities.js';
import { plan, type PlannedFile } from './plan.js';
import { render, templateData, type RenderedFile, type TemplateData } from './render.js';
import { localFiles } from './secrets.js';
import { checkTarget, writeFiles, type Destination, type WritePlan } from './write.js';

/** A starter once the answers are settled: its stack, what it has on top, and its files before rendering. */
export interface Starter {
  answers: Answers;
  stack: Stack;
  capabilities: Capability[];
  planned: PlannedFile[];
  data: TemplateData;
}

export function planStarter(catalog: Catalog, answers: Answers): Starter {
  const stack = checkStack(catalog, answers.stack, answers.appType);
  const capabilities = selectCapabilities(catalog, stack, answers);
  const planned = plan(catalog, stack, capabilities);
  return { answers, stack, capabilities, planned, data: templateData(catalog, stack, capabilities, answers, deriveIds(answers.name, answers)) };
}

/** Everything between settled answers and the tracked files' contents: pure, the same bytes every time. */
export function buildFiles(catalog: Catalog, answers: Answers): RenderedFile[] {
  const { planned, data } = planStarter(catalog, answers);
  return render(planned, data, answers);
}

/**
 * Renders the starter, with the untracked `.env` of fresh secrets where it has any, and writes it into
 * its folder safely; both front doors call this and only this.
 */
export async function writeStarter(starter: Starter, destination: Destination, force: boolean): Promise<WritePlan> {
  const { planned, data, answers } = starter;
  const writePlan = checkTarget(destination, render(planned, data, answers), force, localFiles(planned, data));
  await writeFiles(destination, writePlan);
  return writePlan;
}
