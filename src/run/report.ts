import { findStack } from '../catalog/load.js';
import { OPTIONS, QUESTIONS, type Answers, type OptionDef } from '../answers/options.js';
import { proofLevel, type Ranked } from '../catalog/recommend.js';
import type { Catalog, Commands, Stack } from '../catalog/types.js';

/** Everything the front doors print, as plain lines, so both print the same words. */

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  return rows.map((r) => r.map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col]))).join('  ')).join('\n');
}

export function stackStatus(stack: Stack): string {
  if (stack.status === 'planned') return 'planned';
  return stack.verification === 'verified' ? 'available (verified: built, tested and run here)' : 'available (syntax-checked only)';
}

export function formatList(catalog: Catalog): string {
  const appTypes = table([
    ['APP TYPE', 'WHAT', 'DEFAULT PICK'],
    ...catalog.appTypes.map((a) => {
      const pick = findStack(catalog, a.defaultStack)!;
      return [a.id, a.name, pick.status === 'available' ? pick.id : `${pick.id} (planned)`];
    }),
  ]);
  const stacks = table([
    ['STACK', 'LANGUAGE', 'FRAMEWORK', 'STATUS'],
    ...catalog.stacks.map((s) => [s.id, s.language, s.framework, stackStatus(s)]),
  ]);
  return `App types\n\n${appTypes}\n\nStacks (catalog of ${catalog.date})\n\n${stacks}\n`;
}

export function formatRanking(ranked: Ranked[]): string {
  return ranked
    .map((r, i) => `${i + 1}. ${r.stack.id} (${proofLevel(r.stack)}), score ${r.score}\n${r.reasons.map((why) => `     - ${why}`).join('\n')}`)
    .join('\n');
}

export function formatRecommendation(catalog: Catalog, answers: Answers, ranked: Ranked[]): string {
  const chosen = ranked.find((r) => r.stack.id === answers.stack);
  const top = ranked[0];
  const lines: string[] = [];
  if (chosen) {
    lines.push(`Stack: ${chosen.stack.id}, ${chosen.stack.name}, because:`, ...chosen.reasons.map((why) => `  - ${why}`));
  } else {
    lines.push(`Stack: ${answers.stack}, ${findStack(catalog, answers.stack)!.name}, as asked.`);
  }
  if (top && top.stack.id !== answers.stack && top.stack.status === 'planned') {
    lines.push(`  (the catalog's first pick, ${top.stack.id}, is planned: no templates yet)`);
  }
  const others = ranked.filter((r) => r.stack.id !== answers.stack).slice(0, 3);
  if (others.length) lines.push(`Also fits: ${others.map((r) => (r.stack.status === 'available' ? r.stack.id : `${r.stack.id} (planned)`)).join(', ')}`);
  return lines.join('\n');
}

/** POSIX shell quoting, so the printed command can be pasted as is. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./,:=@+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command that reproduces these answers without a single question. */
export function equivalentCommand(program: string, answers: Answers): string {
  const words = [program, answers.name];
  for (const q of QUESTIONS) {
    if (q.positional) continue;
    const value = answers[q.key];
    if (q.kind === 'confirm') words.push(value ? `--${q.flag}` : `--no-${q.flag}`);
    else if (Array.isArray(value)) {
      if (value.length) words.push(`--${q.flag}`, value.join(','));
    } else if (value !== undefined && value !== '') words.push(`--${q.flag}`, String(value));
  }
  words.push('--yes');
  return words.map((w, i) => (i === 0 ? w : shellQuote(w))).join(' ');
}

export function nextSteps(dir: string, c: Commands, installed: boolean): string {
  const steps = [`cd ${shellQuote(dir)}`];
  if (!installed) steps.push(c.install);
  if (c.migrate) steps.push(c.migrate);
  steps.push(c.test);
  if (c.build) steps.push(c.build);
  steps.push(c.start);
  return `Next steps:\n${steps.map((s) => `  ${s}`).join('\n')}`;
}

/** How `--help` names an option: `--docker, --no-docker`, `--stack ID`, `-y, --yes`. */
function optionSyntax(o: OptionDef): string {
  if (o.kind === 'confirm' || (!o.saved && o.on)) return `--${o.flag}, --no-${o.flag}`;
  return `${o.short ? `-${o.short}, ` : ''}--${o.flag}${o.valueName ? ` ${o.valueName}` : ''}`;
}

export function formatHelp(usage: string, catalog: Catalog): string {
  const rows = OPTIONS.filter((o) => !(o.saved && o.positional)).map((o) => [optionSyntax(o), o.help]);
  const withCapability = catalog.appTypes.find((a) => a.capability)?.id ?? catalog.defaultAppType;
  return `Usage: ${usage} [NAME] [options]

Recommends a backend stack for what you are building and generates a starter that builds, tests and runs.
NAME is the project name and the folder it creates. Without a terminal, every answer must come from a
flag, or pass --yes to take the recommendation and defaults.

Options:
${table(rows.map(([a, b]) => [`  ${a}`, b]))}

Examples:
  ${usage} my-api --app-type ${catalog.defaultAppType} --language go --yes
  ${usage} --list
  ${usage} --app-type ${withCapability} --knows typescript --explain
`;
}
