import type { ContractResult } from '../verify/contract.js';
import { send } from '../verify/http.js';
import type { Exercise } from './kit-file.js';

const TYPES: Record<string, (v: unknown) => boolean> = {
  '<integer>': (v) => Number.isInteger(v),
  '<number>': (v) => typeof v === 'number',
  '<string>': (v) => typeof v === 'string',
  '<boolean>': (v) => typeof v === 'boolean',
  '<array>': (v) => Array.isArray(v),
  '<object>': (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  '<any>': () => true,
};

/** Where `actual` differs from `expected` (see HttpCheck.json), as a JSON path and what was there; undefined when it matches. */
export function mismatch(expected: unknown, actual: unknown, at = '$'): string | undefined {
  if (typeof expected === 'string' && expected in TYPES) return TYPES[expected](actual) ? undefined : `${at} is ${JSON.stringify(actual) ?? 'missing'}, expected ${expected}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at} is ${JSON.stringify(actual) ?? 'missing'}, expected an array of ${expected.length}`;
    if (actual.length !== expected.length) return `${at} has ${actual.length} elements, expected ${expected.length}`;
    for (const [i, e] of expected.entries()) {
      const found = mismatch(e, actual[i], `${at}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return `${at} is ${JSON.stringify(actual) ?? 'missing'}, expected an object`;
    for (const [key, e] of Object.entries(expected)) {
      const found = mismatch(e, (actual as Record<string, unknown>)[key], `${at}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return expected === actual ? undefined : `${at} is ${JSON.stringify(actual) ?? 'missing'}, expected ${JSON.stringify(expected)}`;
}

/** Puts saved values in for `{name}`: a whole string that is one placeholder keeps the saved value's type. */
function fill(value: unknown, saved: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const whole = /^\{(\w+)\}$/.exec(value);
    if (whole && whole[1] in saved) return saved[whole[1]];
    return value.replace(/\{(\w+)\}/g, (match, name: string) => (name in saved ? String(saved[name]) : match));
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, saved));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, saved)]));
  return value;
}

/** Runs an exercise's checks in order against a server; a check whose saved values are missing fails. */
export async function runExercise(base: string, exercise: Exercise): Promise<ContractResult[]> {
  const saved: Record<string, unknown> = {};
  const results: ContractResult[] = [];
  for (const check of exercise.checks) {
    const what = `${exercise.id}: ${check.name} (${check.method} ${check.path} -> ${check.status.join(' or ')})`;
    const path = fill(check.path, saved) as string;
    const unresolved = /\{(\w+)\}/.exec(path);
    if (unresolved) {
      results.push({ what, ok: false, got: `no value saved as "${unresolved[1]}" by an earlier check` });
      continue;
    }
    const body = check.body === undefined ? undefined : JSON.stringify(fill(check.body, saved));
    const reply = await send(base, { method: check.method, path, body, type: body === undefined ? undefined : 'application/json' });
    const wrong = !check.status.includes(reply.status) ? `status ${reply.status}` : check.json === undefined ? undefined : mismatch(fill(check.json, saved), reply.json);
    results.push(wrong ? { what, ok: false, got: `${wrong}: ${reply.status} ${reply.text.slice(0, 200)}` } : { what, ok: true });
    for (const [name, field] of Object.entries(check.save)) {
      const value = (reply.json as Record<string, unknown> | undefined)?.[field];
      if (value !== undefined) saved[name] = value;
    }
  }
  return results;
}
