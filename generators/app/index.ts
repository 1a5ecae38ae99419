import { TerminalAdapter } from '@yeoman/adapter';
import Generator from 'yeoman-generator';
import { declareOptions, yeomanPrompter } from '../../src/answers/yeoman.js';
import { UserError } from '../../src/errors.js';
import { complete, settle, write, type Run } from '../../src/run/driver.js';
import type { WritePlan } from '../../src/generate/write.js';

const PROGRAM = 'yo backend-stack';

/**
 * The Yeoman front door: the same options, answers and files as create-backend-stack, through the same
 * driver, one stage per Yeoman task.
 */
export default class BackendStackGenerator extends Generator {
  private generation?: Run;
  private writePlan?: WritePlan;

  constructor(args: string[], options: Generator['options']) {
    // The starters install with their own toolchains (pip, go, npm), so Yeoman's npm install stays off.
    super(args, options, { customInstallTask: true });
    declareOptions(this);
  }

  async prompting(): Promise<void> {
    await guard(async () => {
      // A terminal adapter can only ask on a TTY; any other adapter (yeoman-test's, an IDE's) answers itself.
      const onTerminal = this.env.adapter instanceof TerminalAdapter;
      const interactive = !onTerminal || Boolean(process.stdin.isTTY && process.stdout.isTTY);
      this.generation = await settle({
        program: PROGRAM,
        cwd: this.env.cwd,
        raw: this.options,
        name: (this.options as Record<string, unknown>).name as string | undefined,
        prompter: interactive ? yeomanPrompter((questions) => this.prompt(questions)) : undefined,
        log: (line) => this.log(line),
      });
      if (!this.generation) this.cancelCancellableTasks();
      else this.destinationRoot(this.generation.root);
    });
  }

  /**
   * Writes through the same transactional writer as create-backend-stack rather than Yeoman's mem-fs:
   * conflicts are settled before anything is written, and a failure or Ctrl-C halfway leaves the
   * folder as it was, which a mem-fs commit cannot promise.
   */
  async writing(): Promise<void> {
    await guard(async () => {
      this.writePlan = await write(this.generation!);
    });
  }

  async end(): Promise<void> {
    await guard(() => complete(this.generation!, this.writePlan!));
  }
}

/**
 * A user's mistake becomes one line and a hint, as the standalone CLI prints it, instead of a stack
 * trace; the error still ends the run with its exit code. (A module function, not a method: Yeoman runs
 * every public method of the generator as a task.)
 */
async function guard(work: () => Promise<void>): Promise<void> {
  try {
    await work();
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
