#!/usr/bin/env node
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { findAppType } from '../src/catalog/load.js';
import { InterruptedError, UsageError, UserError } from '../src/errors.js';
import { finish } from '../src/run/finish.js';
import { writeStarter } from '../src/generate/starter.js';
import { checkStack, FLAGS, QUESTIONS, type AnswerValue } from '../src/answers/options.js';
import { formatHelp, formatList, formatRanking, formatRecommendation } from '../src/run/report.js';
import { resolveAnswers, type Prompter } from '../src/answers/resolve.js';
import { openSession, type RawOptions } from '../src/run/session.js';

const PROGRAM = 'create-backend-stack';

function parse(argv: string[]): { raw: RawOptions; name?: string } {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const q of QUESTIONS) {
    if (q.key !== 'name') options[q.flag] = { type: q.kind === 'confirm' ? 'boolean' : 'string' };
  }
  for (const f of FLAGS) options[f.flag] = { type: f.type, ...(f.short ? { short: f.short } : {}) };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, allowNegative: true, strict: true });
    if (positionals.length > 1) throw new UsageError(`expected one project name, got ${positionals.length}: ${positionals.join(' ')}`, 'quote a name with spaces? names cannot contain spaces');
    return { raw: values, name: positionals[0] };
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UsageError((err as Error).message.split('\n')[0].replace(/\.$/, ''), `see ${PROGRAM} --help`);
  }
}

/** A question on the terminal, with the `prompts` package loaded only when there is one to ask. */
const terminalPrompter: Prompter = async (question) => {
  const { default: prompts } = await import('prompts');
  const type = { text: 'text', select: 'select', multiselect: 'multiselect', confirm: 'confirm' } as const;
  const choices = question.choices?.map((c) => ({ title: c.title, value: c.value, description: c.hint, disabled: c.disabled }));
  const initial =
    question.kind === 'select' ? Math.max(0, choices!.findIndex((c) => c.value === question.initial)) : question.initial;
  const response = await prompts(
    {
      type: type[question.kind],
      name: 'value',
      message: question.message,
      choices: question.kind === 'multiselect' ? choices?.map((c) => ({ ...c, selected: (question.initial as string[]).includes(c.value) })) : choices,
      initial: question.kind === 'multiselect' ? undefined : (initial as never),
      validate: (value: AnswerValue) => question.validate(value) ?? true,
      instructions: false,
      hint: question.kind === 'multiselect' ? 'Space to select, Return to submit' : undefined,
    },
    { onCancel: () => { throw new InterruptedError('cancelled; nothing was written'); } },
  );
  return (response as { value: AnswerValue }).value;
};

async function main(argv: string[]): Promise<void> {
  const { raw, name } = parse(argv);
  if (raw.help) {
    process.stdout.write(formatHelp(PROGRAM));
    return;
  }
  const session = openSession(raw, name);
  if (session.flags.list) {
    process.stdout.write(formatList(session.catalog));
    return;
  }
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const { answers, ranked } = await resolveAnswers({
    catalog: session.catalog,
    given: session.given,
    saved: session.saved,
    yes: session.flags.yes || session.flags.explain,
    rankingOnly: session.flags.explain,
    prompter: interactive ? terminalPrompter : undefined,
  });
  if (session.flags.explain) {
    process.stdout.write(`Ranking for ${answers.appType} (language: ${answers.language}, priority: ${answers.priority})\n${formatRanking(ranked)}\n`);
    return;
  }
  const dir = session.dir ?? answers.name;
  const writePlan = await writeStarter(session.catalog, answers, dir, session.flags.force);
  const stack = checkStack(session.catalog, answers.stack);
  console.log(formatRecommendation(session.catalog, answers, ranked));
  console.log(`\nWrote ${writePlan.changed.length} files to ${dir}${writePlan.unchanged ? ` (${writePlan.unchanged} already up to date)` : ''}.`);
  await finish({
    dir,
    shownDir: dir,
    stack,
    feature: findAppType(session.catalog, answers.appType)?.feature,
    answers,
    flags: session.flags,
    program: PROGRAM,
    log: (line) => console.log(line),
  });
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const debug = process.argv.includes('--debug');
  if (err instanceof UserError) {
    console.error(`${PROGRAM}: ${err.message}`);
    if (err.hint) console.error(`  hint: ${err.hint}`);
    if (debug) console.error(err.stack);
    process.exitCode = err.exitCode;
    return;
  }
  console.error(`${PROGRAM}: internal error: ${(err as Error)?.message ?? err}`);
  console.error(debug ? (err as Error)?.stack : '  hint: run again with --debug for the stack trace, and please report it');
  process.exitCode = 1;
});
