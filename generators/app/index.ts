import path from 'node:path';
import { TerminalAdapter } from '@yeoman/adapter';
import Generator from 'yeoman-generator';
import { findAppType } from '../../src/catalog/load.js';
import { UserError } from '../../src/errors.js';
import { finish } from '../../src/run/finish.js';
import { writeStarter } from '../../src/generate/starter.js';
import { checkStack, FLAGS, QUESTIONS, type Answers, type AnswerValue } from '../../src/answers/options.js';
import { formatList, formatRanking, formatRecommendation } from '../../src/run/report.js';
import { resolveAnswers, type Prompter } from '../../src/answers/resolve.js';
import { openSession, type Session } from '../../src/run/session.js';
import type { WritePlan } from '../../src/generate/write.js';
import type { Ranked } from '../../src/catalog/recommend.js';

const PROGRAM = 'yo backend-stack';

/**
 * The Yeoman front door: the same options, answers and files as create-backend-stack, written through
 * Yeoman's file system so its conflict handling and .yo-rc.json conventions apply.
 */
export default class BackendStackGenerator extends Generator {
  private session!: Session;
  private answers!: Answers;
  private ranked: Ranked[] = [];
  private dir = '.';
  private writePlan?: WritePlan;

  constructor(args: string[], options: Generator['options']) {
    // The starters install with their own toolchains (pip, go, npm), so Yeoman's npm install stays off.
    super(args, options, { customInstallTask: true });
    this.argument('name', { type: String, required: false, description: 'project name; also the folder it creates' });
    for (const q of QUESTIONS) {
      if (q.key !== 'name') this.option(q.flag, { type: q.kind === 'confirm' ? Boolean : String, description: q.help });
    }
    for (const f of FLAGS) {
      if (f.key !== 'help') this.option(f.flag, { type: f.type === 'boolean' ? Boolean : String, description: f.help, ...(f.short ? { alias: f.short } : {}) });
    }
  }

  initializing(): void {
    guardSync(() => {
      this.session = openSession(this.options, (this.options as Record<string, unknown>).name as string | undefined, this.env.cwd);
      if (this.session.flags.list) {
        this.log(formatList(this.session.catalog));
        this.cancelCancellableTasks();
      }
    });
  }

  async prompting(): Promise<void> {
    await guard(async () => {
      const { flags } = this.session;
      // A terminal adapter can only ask on a TTY; any other adapter (yeoman-test's, an IDE's) answers itself.
      const onTerminal = this.env.adapter instanceof TerminalAdapter;
      const interactive = !onTerminal || Boolean(process.stdin.isTTY && process.stdout.isTTY);
      const resolved = await resolveAnswers({
        catalog: this.session.catalog,
        given: this.session.given,
        saved: this.session.saved,
        yes: flags.yes || flags.explain,
        rankingOnly: flags.explain,
        prompter: interactive ? this.prompter : undefined,
      });
      this.answers = resolved.answers;
      this.ranked = resolved.ranked;
      if (flags.explain) {
        this.log(`Ranking for ${this.answers.appType} (language: ${this.answers.language}, priority: ${this.answers.priority})\n${formatRanking(this.ranked)}`);
        this.cancelCancellableTasks();
        return;
      }
      this.dir = this.session.dir ?? this.answers.name;
      this.destinationRoot(path.resolve(this.env.cwd, this.dir));
    });
  }

  /**
   * Writes through the same transactional writer as create-backend-stack rather than Yeoman's mem-fs:
   * conflicts are settled before anything is written, and a failure or Ctrl-C halfway leaves the
   * folder as it was, which a mem-fs commit cannot promise.
   */
  async writing(): Promise<void> {
    await guard(async () => {
      this.writePlan = await writeStarter(this.session.catalog, this.answers, this.destinationPath(), this.session.flags.force);
    });
  }

  async end(): Promise<void> {
    await guard(async () => {
      const stack = checkStack(this.session.catalog, this.answers.stack);
      this.log(formatRecommendation(this.session.catalog, this.answers, this.ranked));
      const { changed, unchanged } = this.writePlan!;
      this.log(`\nWrote ${changed.length} files to ${this.dir}${unchanged ? ` (${unchanged} already up to date)` : ''}.`);
      await finish({
        dir: this.destinationPath(),
        shownDir: this.dir,
        stack,
        feature: findAppType(this.session.catalog, this.answers.appType)?.feature,
        answers: this.answers,
        flags: this.session.flags,
        program: PROGRAM,
        log: (line) => this.log(line),
      });
    });
  }

  private readonly prompter: Prompter = async (question) => {
    const type = { text: 'input', select: 'list', multiselect: 'checkbox', confirm: 'confirm' } as const;
    const choices = question.choices?.map((c) => ({
      name: c.hint ? `${c.title}: ${c.hint}` : c.title,
      value: c.value,
      disabled: c.disabled ? 'planned' : false,
      checked: Array.isArray(question.initial) && question.initial.includes(c.value),
    }));
    const answers = await this.prompt([
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

/**
 * A user's mistake becomes one line and a hint, as the standalone CLI prints it, instead of a stack
 * trace; the error still ends the run with its exit code. (Module functions, not methods: Yeoman runs
 * every public method of the generator as a task.)
 */
async function guard(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    throw oneLine(err);
  }
}

function guardSync(work: () => void): void {
  try {
    work();
  } catch (err) {
    throw oneLine(err);
  }
}

function oneLine(err: unknown): unknown {
  if (!(err instanceof UserError) || process.argv.includes('--debug')) return err;
  process.exitCode = err.exitCode;
  // yo prints the message and Yeoman's runners the stack: both get the same words, without a trace.
  err.message = `${err.message}${err.hint ? `\n  hint: ${err.hint}` : ''}`;
  err.stack = `${PROGRAM}: ${err.message}`;
  return err;
}
