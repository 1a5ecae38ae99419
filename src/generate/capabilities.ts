import { findAppType, offers } from '../catalog/load.js';
import type { Capability, Catalog, EnvVar, LayoutEntry, Stack } from '../catalog/types.js';
import type { Answers } from '../answers/options.js';

/**
 * The capabilities a starter has: its app type's first, then every capability turned on by a yes/no
 * answer, in catalog order. The order is the order of the README's rows and of the template layers.
 */
export function selectCapabilities(catalog: Catalog, stack: Stack, answers: Answers): Capability[] {
  const appType = findAppType(catalog, answers.appType)?.capability;
  const chosen = catalog.capabilities.filter((c) => c.id === appType);
  const answered = answers as unknown as Record<string, unknown>;
  chosen.push(...catalog.capabilities.filter((c) => c.answer !== undefined && answered[c.answer] === true && offers(c, stack)));
  return chosen;
}

/** Template folders the capabilities layer over the stack's own. */
export function overlays(capabilities: readonly Capability[], stack: Stack): string[] {
  return capabilities.flatMap((c) => c.stacks?.[stack.id]?.overlay ?? []);
}

/** Whether a destination belongs to a capability the starter does not have. */
export function leftOut(dest: string, catalog: Catalog, capabilities: readonly Capability[]): boolean {
  return catalog.capabilities.some((c) => !capabilities.includes(c) && c.files.some((prefix) => dest.startsWith(prefix)));
}

/** The README's layout: the stack's, then what each capability adds. */
export function layoutOf(capabilities: readonly Capability[], stack: Stack): LayoutEntry[] {
  return [...stack.layout, ...capabilities.flatMap((c) => [...(c.stacks?.[stack.id]?.layout ?? []), ...c.layout])];
}

/** The settings of .env.example: the stack's, then each capability's. */
export function envOf(capabilities: readonly Capability[], stack: Stack): EnvVar[] {
  return [...stack.env, ...capabilities.flatMap((c) => c.env)];
}
