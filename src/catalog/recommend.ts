import { findAppType, findLanguage } from './load.js';
import { UsageError } from '../errors.js';
import type { Catalog, Language, Priority, Stack } from './types.js';

export interface Constraints {
  appType: string;
  /** Only stacks in this language are ranked. */
  language?: string;
  /** Languages the team already knows: a bonus, not a filter. */
  knows?: string[];
  priority?: Priority;
}

export interface Ranked {
  stack: Stack;
  score: number;
  reasons: string[];
}

/** The weights are few and visible on purpose: every point of a score has a reason a user can read. */
const FIT_POINTS = 10;
const PRIORITY_POINTS_PER_TRAIT = 4;
const DEFAULT_PICK_POINTS = 3;
/**
 * More than fit, priority and default pick can add up to between two stacks of a good fit, so a stack in
 * a language the team knows ranks above every stack in a language it does not know.
 */
const KNOWN_LANGUAGE_POINTS = 40;
const GOOD_FIT = 2;

const PRIORITY_WORDS: Record<Priority, string> = {
  speed: 'development speed',
  performance: 'raw performance',
  enterprise: 'enterprise ecosystem',
};

/**
 * Ranks the catalog's stacks for an app type under the given constraints, best first. Ties go to the
 * app type's default pick, then to the stack id, so the order never depends on file order.
 */
export function recommend(catalog: Catalog, constraints: Constraints): Ranked[] {
  const appType = findAppType(catalog, constraints.appType);
  if (!appType) {
    throw new UsageError(
      `unknown app type "${constraints.appType}"`,
      `use one of: ${catalog.appTypes.map((a) => a.id).join(', ')}`,
    );
  }
  const language = constraints.language ? languageId(catalog, constraints.language, '--language') : undefined;
  const knows = new Set((constraints.knows ?? []).map((l) => languageId(catalog, l, '--knows')));

  const rank = (stacks: Stack[]) =>
    stacks
      .map((stack) => score(stack, appType.id, appType.defaultStack, knows, constraints.priority))
      .sort((a, b) => b.score - a.score || tieBreak(a.stack, b.stack, appType.defaultStack));
  const serving = catalog.stacks.filter((s) => s.appTypes[appType.id]);
  const candidates = serving.filter((s) => !language || s.language === language);
  if (candidates.length === 0) throw noStackFor(findLanguage(catalog, language!)!, appType.id, rank(serving));
  return rank(candidates);
}

/** Why a language has no stack for an app type (where its ecosystem has no mainstream answer), and what is closest. */
function noStackFor(language: Language, appTypeId: string, elsewhere: Ranked[]): UsageError {
  const gap = language.gaps[appTypeId];
  const others = elsewhere.slice(0, 3).map((r) => `${r.stack.id} (${r.stack.language})`);
  const fromOthers = `for ${appTypeId} in another language: ${others.join(', ')}`;
  if (!gap) {
    return new UsageError(`no ${language.id} stack in the catalog serves the app type "${appTypeId}" yet`, `drop --language to rank the stacks ${fromOthers}`);
  }
  return new UsageError(
    `no ${language.id} stack serves the app type "${appTypeId}": ${gap.why}`,
    `closest in ${language.id}: ${gap.closest.join(', ')}; ${fromOthers}`,
  );
}

function score(stack: Stack, appTypeId: string, defaultStack: string, knows: Set<string>, priority?: Priority): Ranked {
  const fit = stack.appTypes[appTypeId];
  const reasons = [fit.reason];
  let points = fit.fit * FIT_POINTS;
  if (stack.id === defaultStack) {
    points += DEFAULT_PICK_POINTS;
    reasons.push('the default pick for this kind of service');
  }
  if (priority) {
    points += stack.traits[priority] * PRIORITY_POINTS_PER_TRAIT;
    if (stack.traits[priority] >= 4) reasons.push(`strong on ${PRIORITY_WORDS[priority]}`);
  }
  if (knows.has(stack.language) && fit.fit >= GOOD_FIT) {
    points += KNOWN_LANGUAGE_POINTS;
    reasons.unshift('your team already knows the language');
  }
  return { stack, score: points, reasons };
}

function tieBreak(a: Stack, b: Stack, defaultStack: string): number {
  if (a.id === defaultStack) return -1;
  if (b.id === defaultStack) return 1;
  return a.id < b.id ? -1 : 1;
}

function languageId(catalog: Catalog, name: string, flag: string): string {
  const language = findLanguage(catalog, name);
  if (!language) {
    throw new UsageError(`unknown language "${name}" in ${flag}`, `use one of: ${catalog.languages.map((l) => l.id).join(', ')}`);
  }
  return language.id;
}

/** The stack the generator pre-selects: the best ranked one that has templates. */
export function bestAvailable(ranked: Ranked[]): Ranked | undefined {
  return ranked.find((r) => r.stack.status === 'available');
}

export function describePriority(priority: Priority): string {
  return PRIORITY_WORDS[priority];
}

/** How much proof a stack's starter has: planned (no templates), or verified or syntax-checked here. */
export function proofLevel(stack: Stack): string {
  return stack.status === 'planned' ? 'planned' : stack.verification;
}
