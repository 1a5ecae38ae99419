import { findStack } from '../catalog/load.js';
import { UsageError } from '../errors.js';
import { QUESTIONS, rankFor, type AnswerValue, type Answers, type Choice, type QuestionDef, type ResolveContext } from './options.js';
import type { Ranked } from '../catalog/recommend.js';
import type { Catalog } from '../catalog/types.js';

export interface PromptSpec {
  key: string;
  kind: QuestionDef['kind'];
  message: string;
  choices?: Choice[];
  initial: AnswerValue;
  /** Why an answer cannot be used (so the question is asked again), or undefined when it can. */
  validate: (value: AnswerValue) => string | undefined;
}

/** Asks one question; each front door brings its own (prompts for the CLI, inquirer under Yeoman). */
export type Prompter = (question: PromptSpec) => Promise<AnswerValue>;

export interface ResolveInput {
  catalog: Catalog;
  /** Answers given as flags or arguments: always win. */
  given: Partial<Answers>;
  /** Answers saved in the target folder's .yo-rc.json by an earlier run. */
  saved: Partial<Answers>;
  yes: boolean;
  /** Absent when there is no terminal to ask on. */
  prompter?: Prompter;
  /** Stop once the ranking is known, before choosing a stack (for --explain). */
  rankingOnly?: boolean;
}

export interface Resolved {
  answers: Answers;
  ranked: Ranked[];
}

/**
 * Settles every answer: a flag wins, then a saved answer, then the default (with --yes) or a question
 * (with a terminal). Without either, a missing answer is an error naming its flag.
 */
export async function resolveAnswers(input: ResolveInput): Promise<Resolved> {
  const ctx: ResolveContext = { catalog: input.catalog, answers: {}, preset: { ...input.saved, ...input.given } };
  for (const question of QUESTIONS) {
    if (question.key === 'stack') {
      ctx.ranked = ranking(ctx, input.given.stack ?? input.saved.stack);
      if (input.rankingOnly) break;
    }
    if (question.only && !appliesTo(question, ctx, input)) continue;
    const value = await answer(question, ctx, input);
    question.check?.(value, ctx);
    (ctx.answers as Record<string, AnswerValue>)[question.key] = value;
  }
  return { answers: ctx.answers as Answers, ranked: ctx.ranked ?? [] };
}

/** Whether a question only some stacks take applies to the chosen stack; given as a flag when it does not is an error. */
function appliesTo(question: QuestionDef, ctx: ResolveContext, input: ResolveInput): boolean {
  const only = question.only!;
  const stack = findStack(ctx.catalog, ctx.answers.stack ?? '')!;
  if (only.applies(stack, ctx.catalog)) return true;
  if (input.given[question.key] !== undefined) {
    const serving = ctx.catalog.stacks.filter((s) => s.status === 'available' && only.applies(s, ctx.catalog)).map((s) => s.id);
    const hint = serving.length ? `drop --${question.flag}, or choose one of: ${serving.join(', ')}` : `drop --${question.flag}: no stack of this catalog takes it`;
    throw new UsageError(`--${question.flag} applies only to ${only.which}, and ${only.because(stack)}`, hint);
  }
  return false;
}

async function answer(question: QuestionDef, ctx: ResolveContext, input: ResolveInput): Promise<AnswerValue> {
  const given = input.given[question.key] ?? input.saved[question.key];
  if (given !== undefined) return given;
  if (input.yes) return question.initial(ctx);
  if (!input.prompter) {
    const example = question.kind === 'confirm' ? `--${question.flag} or --no-${question.flag}` : `--${question.flag} ${question.valueName}`;
    throw new UsageError(`no answer for "${question.message(ctx)}" and no terminal to ask on`, `pass ${example}, or --yes to take the defaults`);
  }
  return input.prompter({
    key: question.key,
    kind: question.kind,
    message: question.message(ctx),
    choices: question.choices?.(ctx),
    initial: question.initial(ctx),
    validate: (value) => {
      try {
        question.check?.(value, ctx);
        return undefined;
      } catch (err) {
        if (!(err instanceof UsageError)) throw err;
        return err.hint ? `${err.message} (${err.hint})` : err.message;
      }
    },
  });
}

/** With an explicit stack the ranking is only shown, so a language that rules every stack out is no error. */
function ranking(ctx: ResolveContext, explicitStack: string | undefined): Ranked[] {
  if (!explicitStack) return rankFor(ctx.catalog, ctx.answers);
  try {
    return rankFor(ctx.catalog, ctx.answers);
  } catch (err) {
    if (err instanceof UsageError) return [];
    throw err;
  }
}
