import { appTypeCapability, offers, servicesWith } from '../catalog/load.js';
import type { Capability, Catalog, Commands, EnvVar, LayoutEntry, Service, Stack } from '../catalog/types.js';
import type { Answers } from '../answers/options.js';

/**
 * The capabilities a starter has: its app type's first, then every capability its answers turn on, in
 * catalog order. The order is the order of the README's rows and of the template layers.
 */
export function selectCapabilities(catalog: Catalog, stack: Stack, answers: Answers): Capability[] {
  const appType = appTypeCapability(catalog, stack, answers.appType);
  const chosen = catalog.capabilities.filter((c) => c.id === appType);
  chosen.push(...catalog.capabilities.filter((c) => turnedOn(c, answers) && offers(c, stack)));
  return chosen;
}

/** Whether an answer turns the capability on: a yes, or one of its values. */
export function turnedOn(capability: Capability, answers: Partial<Answers>): boolean {
  if (capability.answer === undefined) return false;
  const value = (answers as Record<string, unknown>)[capability.answer];
  return capability.values ? capability.values.includes(String(value)) : value === true;
}

/**
 * The template folders the capabilities may layer over the stack's own (those that exist are): for each
 * capability, the overlay its family shares (`_node+database`), then the stack's own (`express+database`).
 */
export function overlays(capabilities: readonly Capability[], stack: Stack): string[] {
  return capabilities.flatMap((c) => [...stack.shared.map((family) => `${family}+${c.id}`), `${stack.id}+${c.id}`]);
}

/** Whether a destination belongs to a capability the starter does not have, or one of its capabilities takes it away. */
export function leftOut(dest: string, catalog: Catalog, capabilities: readonly Capability[], stack: Stack): boolean {
  const under = (prefixes: readonly string[]) => prefixes.some((prefix) => dest.startsWith(prefix));
  return (
    catalog.capabilities.some((c) => !capabilities.includes(c) && under(c.files)) ||
    capabilities.some((c) => under(c.stacks?.[stack.id]?.omit ?? []))
  );
}

/**
 * The README's layout: the stack's, then what each capability adds, then what each says beside another
 * of the starter's capabilities; a later row for a path replaces an earlier one.
 */
export function layoutOf(capabilities: readonly Capability[], stack: Stack): LayoutEntry[] {
  const rows = new Map<string, LayoutEntry>();
  const beside = capabilities.flatMap((c) => capabilities.flatMap((other) => c.stacks?.[stack.id]?.alongside[other.id]?.layout ?? []));
  for (const row of [...stack.layout, ...capabilities.flatMap((c) => [...(c.stacks?.[stack.id]?.layout ?? []), ...c.layout]), ...beside]) rows.set(row.path, row);
  return [...rows.values()];
}

/**
 * The name of the check that proves a capability of the starter: the one another of its capabilities
 * names for it (persistence over gRPC), else the one its offer for the stack names, else its own.
 */
export function checkNameOf(capability: Capability, capabilities: readonly Capability[], stack: Stack): string | undefined {
  const beside = capabilities.map((c) => c.stacks?.[stack.id]?.alongside[capability.id]?.check).find((name) => name !== undefined);
  return beside ?? capability.stacks?.[stack.id]?.check ?? capability.check;
}

/** The settings of .env.example: the stack's, then each capability's, as its offer for the stack words them. */
export function envOf(capabilities: readonly Capability[], stack: Stack): EnvVar[] {
  return [
    ...stack.env,
    ...capabilities.flatMap((c) => {
      const own = c.stacks?.[stack.id]?.env ?? [];
      return [...c.env.map((v) => own.find((o) => o.name === v.name) ?? v), ...own.filter((o) => !c.env.some((v) => v.name === o.name))];
    }),
  ];
}

/** The stack's commands plus those its capabilities add (`migrate`) or replace. */
export function commandsOf(capabilities: readonly Capability[], stack: Stack): Commands {
  return Object.assign({}, stack.commands!, ...capabilities.map((c) => c.stacks?.[stack.id]?.commands ?? {})) as Commands;
}

/**
 * The services the starter needs, each once, in the order its capabilities name them (as their offer for
 * the stack names them, where it does), with the stack's image tag.
 */
export function servicesOf(capabilities: readonly Capability[], catalog: Catalog, stack: Stack): Service[] {
  const ids = new Set(capabilities.flatMap((c) => servicesWith(c, stack)));
  return [...ids].map((id) => {
    const service = catalog.services.find((s) => s.id === id)!;
    return { ...service, image: `${service.image}:${stack.versions[service.version]}` };
  });
}
