import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Capability, Catalog, Stack } from '../catalog/types.js';
import { leftOut, overlays } from './capabilities.js';

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

export const COMMON_TEMPLATES = '_common';

/**
 * Lists the starter's files: the common templates, then the folders the stack shares with its family,
 * then the stack's own, then each capability's overlays (the family's, then the stack's); each replaces
 * a file of the same destination from the layer before. Files of capabilities the starter does not have
 * are left out, and so are the stack's files one of its capabilities omits. Sorted, so every run writes in the same order.
 */
export function plan(catalog: Catalog, stack: Stack, capabilities: readonly Capability[]): PlannedFile[] {
  const byDest = new Map<string, PlannedFile>();
  for (const folder of [COMMON_TEMPLATES, ...stack.shared, stack.id, ...overlays(capabilities, stack)]) {
    const dir = path.join(catalog.templatesDir, folder);
    if (existsSync(dir)) for (const file of walk(dir)) byDest.set(file.dest, file);
  }
  return [...byDest.values()].filter((f) => !leftOut(f.dest, catalog, capabilities, stack)).sort((a, b) => (a.dest < b.dest ? -1 : 1));
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
