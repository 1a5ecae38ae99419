import { UserError } from '../errors.js';

/**
 * Runs a command-line program's main and turns what it throws into an exit status: a UserError as one
 * line and its hint, anything else as an internal error with the stack trace behind --debug.
 */
export function runProgram(program: string, main: () => Promise<number | void>): void {
  main()
    .then((code) => {
      if (typeof code === 'number') process.exitCode = code;
    })
    .catch((err: unknown) => {
      const debug = process.argv.includes('--debug');
      if (err instanceof UserError) {
        console.error(`${program}: ${err.message}`);
        if (err.hint) console.error(`  hint: ${err.hint}`);
        if (debug) console.error(err.stack);
        process.exitCode = err.exitCode;
        return;
      }
      console.error(`${program}: internal error: ${(err as Error)?.message ?? err}`);
      console.error(debug ? (err as Error)?.stack : '  hint: run again with --debug for the stack trace, and please report it');
      process.exitCode = 1;
    });
}
