import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InterruptedError, UsageError, UserError } from '../errors.js';
import { OPTIONS, type AnswerValue, type RawOptions } from './options.js';
import type { Prompter } from './resolve.js';

/** The option table as node:util's parseArgs reads it: the standalone front door's flags. */
export function parseCommandLine(argv: string[], program: string): { raw: RawOptions; name?: string } {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const o of OPTIONS) {
    if (o.saved && o.positional) continue;
    const type = o.kind === 'confirm' || o.kind === 'boolean' ? 'boolean' : 'string';
    options[o.flag] = { type, ...(o.short ? { short: o.short } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, allowNegative: true, strict: true });
    if (positionals.length > 1) throw new UsageError(`expected one project name, got ${positionals.length}: ${positionals.join(' ')}`, 'quote a name with spaces? names cannot contain spaces');
    return { raw: values, name: positionals[0] };
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UsageError((err as Error).message.split('\n')[0].replace(/\.$/, ''), `see ${program} --help`);
  }
}

/** A question on the terminal, with the `prompts` package loaded only when there is one to ask. */
export const terminalPrompter: Prompter = async (question) => {
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
