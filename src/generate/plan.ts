import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Answers } from '../answers/options.js';
import type { Catalog, Stack } from '../catalog/types.js';

/** One file of the starter: where it goes and what it is made from. */
export interface PlannedFile {
  /** Relative to the project root, with forward slashes. */
  dest: string;
  /** The template's own text (EJS when `template`), loaded here so rendering needs no disk. */
  source: string;
  template: boolean;
  /** Scripts such as `mvnw` or `bin/rails` keep the executable bit they have in the template folder. */
  executable: boolean;
  /** For error messages: the template file it came from. */
  origin: string;
}

/** Files that only some answers want, by the first segment(s) of their destination. */
const OPTIONAL_PATHS: { answer: 'docker' | 'ci'; prefixes: string[] }[] = [
  { answer: 'docker', prefixes: ['Dockerfile', '.dockerignore'] },
  { answer: 'ci', prefixes: ['.github/'] },
];

export const COMMON_TEMPLATES = '_common';

/** The folder of a stack's variant for one app type, layered over the stack's own folder when present. */
export function variantFolder(stackId: string, appTypeId: string): string {
  return `${stackId}+${appTypeId}`;
}

/**
 * Lists the starter's files: the common templates, then the folders the stack shares with its family,
 * then the stack's own, then the stack's variant for the chosen app type; each replaces a file of the
 * same destination from the layer before. Sorted, so every run writes in the same order.
 */
export function plan(catalog: Catalog, stack: Stack, answers: Answers): PlannedFile[] {
  const byDest = new Map<string, PlannedFile>();
  for (const folder of [COMMON_TEMPLATES, ...stack.shared, stack.id, variantFolder(stack.id, answers.appType)]) {
    const dir = path.join(catalog.templatesDir, folder);
    if (existsSync(dir)) for (const file of walk(dir)) byDest.set(file.dest, file);
  }
  return [...byDest.values()]
    .filter((f) => OPTIONAL_PATHS.every((o) => answers[o.answer] || !o.prefixes.some((p) => f.dest.startsWith(p))))
    .sort((a, b) => (a.dest < b.dest ? -1 : 1));
}

function walk(root: string, rel = ''): PlannedFile[] {
  return readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((entry) => {
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return walk(root, relPath);
    const template = entry.name.endsWith('.ejs');
    const dest = relPath
      .split('/')
      .map((segment) => (segment.startsWith('dot-') ? `.${segment.slice(4)}` : segment))
      .join('/');
    const origin = path.join(root, relPath);
    const executable = (statSync(origin).mode & 0o111) !== 0;
    return [{ dest: template ? dest.slice(0, -4) : dest, source: readFileSync(origin, 'utf8'), template, executable, origin }];
  });
}
