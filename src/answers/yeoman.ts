import type Generator from 'yeoman-generator';
import { OPTIONS, type AnswerValue } from './options.js';
import type { Prompter } from './resolve.js';

/** The option table as Yeoman's arguments and options: the `yo backend-stack` front door's flags. */
export function declareOptions(generator: Generator): void {
  for (const o of OPTIONS) {
    if (o.saved && o.positional) {
      generator.argument(o.key, { type: String, required: false, description: o.help });
    } else if (o.flag !== 'help') {
      // Yeoman has its own --help, built from these descriptions.
      const type = o.kind === 'confirm' || o.kind === 'boolean' ? Boolean : String;
      generator.option(o.flag, { type, description: o.help, ...(o.short ? { alias: o.short } : {}) });
    }
  }
}

/** A question through Yeoman's prompt (inquirer), with the prompt types Yeoman 8 supports without warnings. */
export function yeomanPrompter(prompt: Generator['prompt']): Prompter {
  const type = { text: 'input', select: 'select', multiselect: 'checkbox', confirm: 'confirm' } as const;
  return async (question) => {
    const choices = question.choices?.map((c) => ({
      name: c.title,
      value: c.value,
      description: c.hint,
      disabled: c.disabled ? 'planned' : false,
      checked: Array.isArray(question.initial) && question.initial.includes(c.value),
    }));
    const answers = await prompt([
      {
        type: type[question.kind],
        name: question.key,
        message: question.message,
        choices,
        default: question.initial,
        validate: (value: AnswerValue) => question.validate(value) ?? true,
      } as never,
    ]);
    return (answers as Record<string, never>)[question.key];
  };
}
