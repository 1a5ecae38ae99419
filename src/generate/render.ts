import ejs from 'ejs';
import { encoders, type Encoders } from './encode.js';
import type { ProjectIds } from '../answers/names.js';
import type { Answers } from '../answers/options.js';
import type { PlannedFile } from './plan.js';
import { findAppType } from '../catalog/load.js';
import type { AppType, Catalog, LayoutEntry, Stack } from '../catalog/types.js';

export interface RenderedFile {
  dest: string;
  contents: string;
  /** File permissions when not the default: 0o755 for scripts, 0o600 for the local secrets file. */
  mode?: number;
}

/** A template path segment standing for the Java/Kotlin package as folders (com/example/myapi). */
const PACKAGE_SEGMENT = '__package__';

/** What every template sees. User text is only reachable raw; templates print it through `enc`. */
export interface TemplateData {
  project: { name: string; title: string };
  ids: ProjectIds;
  description: string;
  author: string;
  appType: AppType;
  stack: Stack;
  versions: Record<string, string>;
  commands: NonNullable<Stack['commands']>;
  /** The stack's layout plus what the app type's variant adds. */
  layout: LayoutEntry[];
  features: { docker: boolean; ci: boolean };
  catalogDate: string;
  /** Generated secrets by variable name: filled only when rendering the untracked `.env`. */
  secrets: Record<string, string>;
  enc: Encoders;
}

export const GENERATOR_KEY = 'generator-backend-stack';
export const YO_RC = '.yo-rc.json';

export function templateData(catalog: Catalog, stack: Stack, answers: Answers, ids: ProjectIds): TemplateData {
  return {
    project: { name: answers.name, title: ids.title },
    ids,
    description: answers.description,
    author: answers.author,
    appType: findAppType(catalog, answers.appType)!,
    stack,
    versions: stack.versions,
    commands: stack.commands!,
    layout: [...stack.layout, ...(stack.appTypes[answers.appType]?.layout ?? [])],
    features: { docker: answers.docker, ci: answers.ci },
    catalogDate: catalog.date,
    secrets: {},
    enc: encoders,
  };
}

/** Renders the planned files (pure: no disk, no clock, no randomness) and adds the saved answers. */
export function render(files: PlannedFile[], data: TemplateData, answers: Answers): RenderedFile[] {
  const rendered = files.map((file): RenderedFile => ({
    dest: destination(file.dest, data.ids),
    contents: file.template ? renderTemplate(file, data) : file.source,
    ...(file.executable && { mode: 0o755 }),
  }));
  rendered.push({ dest: YO_RC, contents: yoRc(answers) });
  return rendered;
}

function destination(dest: string, ids: ProjectIds): string {
  return dest
    .split('/')
    .flatMap((segment) => (segment === PACKAGE_SEGMENT ? ids.javaPackage.split('.') : [segment]))
    .join('/');
}

export function renderTemplate(file: PlannedFile, data: TemplateData): string {
  try {
    return ejs.render(file.source, data, { filename: file.origin, async: false });
  } catch (err) {
    throw new Error(`template ${file.origin}: ${(err as Error).message}`, { cause: err });
  }
}

/** Yeoman's format for saved answers: one object under the generator's name. */
export function yoRc(answers: Answers): string {
  return JSON.stringify({ [GENERATOR_KEY]: answers }, null, 2) + '\n';
}
