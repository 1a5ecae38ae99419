import { appTypeCapability, findStack } from '../catalog/load.js';
import type { Catalog, Stack } from '../catalog/types.js';
import { databaseChoices } from '../answers/options.js';
import { UsageError } from '../errors.js';

/** One starter the smoke generates and proves. */
export interface Variant {
  /** `gin`; `express+realtime` for an app type that adds a capability; `gin+postgres` for another database. */
  label: string;
  stack: string;
  appType: string;
  /** Absent: the stack's default (or a stack without a data layer). */
  database?: string;
  /** Generated with this database first, then changed to `database` by `backend-stack update`. */
  from?: string;
}

/** What to prove; each list absent means all. */
export interface Selection {
  stacks?: string[];
  appTypes?: string[];
  databases?: string[];
  /** Generate each asked database's starter with this one first, then change it by an update. */
  from?: string;
}

/**
 * The variants to prove, in catalog order. With no app type or database asked for, the least set that
 * proves every (stack, capability) pair and every database once: one per distinct capability among the
 * stack's app types with its default database, then each other database on its first app type. With
 * app types or databases asked for, each asked app type the stack serves with each asked database it
 * offers (its first app type or default database for the one not asked).
 */
export function smokeMatrix(catalog: Catalog, selection: Selection): Variant[] {
  const available = catalog.stacks.filter((s) => s.status === 'available');
  refuseUnknown('--stack', selection.stacks, available.map((s) => s.id));
  refuseUnknown('--app-type', selection.appTypes, catalog.appTypes.map((a) => a.id));
  const databases = [...new Set(available.flatMap((s) => databaseChoices(s, catalog)))];
  refuseUnknown('--database', selection.databases, databases);
  refuseUnknown('--from', selection.from === undefined ? undefined : [selection.from], databases);
  if (selection.from !== undefined && !selection.databases) throw new UsageError('--from needs --database: the database the update changes to', 'for example --database postgres --from sqlite');
  const stacks = selection.stacks ? available.filter((s) => selection.stacks!.includes(s.id)) : available;
  const chosen = selection.appTypes || selection.databases ? stacks.flatMap((s) => asked(catalog, s, selection)) : byUpdate(catalog, stacks.flatMap((s) => least(catalog, s)));
  if (chosen.length === 0) throw new UsageError('no stack of the selection serves those app types and databases', 'see backend-stack smoke --matrix without them, or create-backend-stack --list');
  return chosen;
}

function least(catalog: Catalog, stack: Stack): Variant[] {
  const byCapability = new Map<string, Variant>();
  for (const appType of Object.keys(stack.appTypes)) {
    const capability = appTypeCapability(catalog, stack, appType) ?? '';
    if (!byCapability.has(capability)) byCapability.set(capability, variant(catalog, stack, appType));
  }
  const [plain] = byCapability.values();
  const [, ...others] = databaseChoices(stack, catalog);
  return [...byCapability.values(), ...others.map((database) => variant(catalog, stack, plain.appType, database))];
}

/**
 * In each language, the first starter of another database gets there by `backend-stack update` from
 * the default one, as a team adds a database later; its proof is then the proof that an update keeps a
 * project building, testing and running, at no extra cost.
 */
function byUpdate(catalog: Catalog, variants: Variant[]): Variant[] {
  const languages = new Set<string>();
  return variants.map((v) => {
    const stack = findStack(catalog, v.stack)!;
    if (!v.database || stack.verification !== 'verified' || languages.has(stack.language)) return v;
    languages.add(stack.language);
    return { ...v, from: databaseChoices(stack, catalog)[0] };
  });
}

function asked(catalog: Catalog, stack: Stack, selection: Selection): Variant[] {
  const served = Object.keys(stack.appTypes);
  const appTypes = selection.appTypes ? served.filter((a) => selection.appTypes!.includes(a)) : served.slice(0, 1);
  return appTypes.flatMap((appType) => {
    const choices = databaseChoices(stack, catalog, appType);
    const databases: (string | undefined)[] = selection.databases ? choices.filter((d) => selection.databases!.includes(d)) : [undefined];
    const from = selection.from !== undefined && choices.includes(selection.from) ? selection.from : undefined;
    return databases.map((database) => {
      const v = variant(catalog, stack, appType, database);
      return from !== undefined && database !== from ? { ...v, from } : v;
    });
  });
}

/**
 * A variant and its label: the stack, then the app type where it is not the stack's first or adds a
 * capability, then the database where it is not the default (`asynq+background-jobs`, `asynq+postgres`).
 */
function variant(catalog: Catalog, stack: Stack, appType: string, database?: string): Variant {
  const other = database !== undefined && database !== databaseChoices(stack, catalog)[0] ? database : undefined;
  const first = Object.keys(stack.appTypes)[0];
  const named = appType !== first || (appTypeCapability(catalog, stack, appType) !== undefined && !other);
  return { label: [stack.id, named && appType, other].filter(Boolean).join('+'), stack: stack.id, appType, ...(other && { database: other }) };
}

function refuseUnknown(flag: string, given: string[] | undefined, known: string[]): void {
  const unknown = (given ?? []).filter((id) => !known.includes(id));
  if (unknown.length) throw new UsageError(`${flag} ${unknown.join(', ')}: not in the catalog`, `use one of: ${known.join(', ')}`);
}

/**
 * Share K of N (1-based) of the variants, dealt in turn so each share gets some of every stack's cost;
 * the same selection and N always give the same shares, and together they are the whole.
 */
export function shard(variants: Variant[], spec: string): Variant[] {
  const match = /^(\d+)\/(\d+)$/.exec(spec);
  const [k, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || n < 1 || k < 1 || k > n) throw new UsageError(`--shard ${spec}: expected K/N with 1 <= K <= N`, 'for example --shard 1/4');
  return variants.filter((_, i) => i % n === k - 1);
}
