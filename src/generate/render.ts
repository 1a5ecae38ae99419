import ejs from 'ejs';
import { ANSWERS_FILE, formatAnswers } from '../answers/answers-file.js';
import { encoders, type Encoders } from './encode.js';
import type { ProjectIds } from '../answers/names.js';
import type { Answers } from '../answers/options.js';
import type { PlannedFile } from './plan.js';
import { findAppType } from '../catalog/load.js';
import type { AppType, Capability, Catalog, Commands, EnvVar, Language, LayoutEntry, Service, Stack } from '../catalog/types.js';
import { commandsOf, envOf, layoutOf, servicesOf } from './capabilities.js';

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
  /** The stack's language, as the catalog describes it. */
  language: Language;
  versions: Record<string, string>;
  /** The stack's commands plus those its capabilities add (`migrate`). */
  commands: Commands;
  /** What the starter has on top of its stack, in README order: its app type's capability, then the answered ones. */
  capabilities: Capability[];
  /** Whether the starter has a capability: templates ask this, never which app type was chosen. */
  has: (capability: string) => boolean;
  /** The stack's layout plus what each capability adds. */
  layout: LayoutEntry[];
  /** The stack's settings plus each capability's, for .env.example. */
  env: EnvVar[];
  /** The servers the starter needs (compose.yaml, CI service containers), by id; `image` carries its tag. */
  services: Record<string, Service>;
  catalogDate: string;
  /** Generated secrets by variable name: filled only when rendering the untracked `.env`. */
  secrets: Record<string, string>;
  enc: Encoders;
}

export function templateData(catalog: Catalog, stack: Stack, capabilities: Capability[], answers: Answers, ids: ProjectIds): TemplateData {
  return {
    project: { name: answers.name, title: ids.title },
    ids,
    description: answers.description,
    author: answers.author,
    appType: findAppType(catalog, answers.appType)!,
    stack,
    language: catalog.languages.find((l) => l.id === stack.language)!,
    versions: stack.versions,
    commands: commandsOf(capabilities, stack),
    capabilities,
    has: (id) => capabilities.some((c) => c.id === id),
    layout: layoutOf(capabilities, stack),
    env: envOf(capabilities, stack),
    services: Object.fromEntries(servicesOf(capabilities, catalog, stack).map((s) => [s.id, s])),
    catalogDate: catalog.date,
    secrets: {},
    enc: encoders,
  };
}

/**
 * Renders the planned files (pure: no disk, no clock, no randomness) and adds the saved answers. A
 * template that renders to nothing is left out: compose.yaml for a starter that needs no services.
 */
export function render(files: PlannedFile[], data: TemplateData, answers: Answers): RenderedFile[] {
  const rendered = files.flatMap((file): RenderedFile[] => {
    const contents = file.template ? renderTemplate(file, data) : file.source;
    if (file.template && contents === '') return [];
    return [{ dest: destination(file.dest, data.ids), contents, ...(file.executable && { mode: 0o755 }) }];
  });
  rendered.push({ dest: ANSWERS_FILE, contents: formatAnswers(answers) });
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
