import Generator from 'yeoman-generator';
import type { ParseArgsConfig } from 'node:util';
import { UserError } from '../src/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Command = (argv: string[], print: (line: string) => void) => Promise<number>;

/**
 * A backend-stack command as a Yeoman subgenerator (`yo backend-stack:smoke ...`): its flags declared
 * from the command's own option table, its arguments passed through, and the command run as the one
 * task, so both doors share one handler. It writes no files through Yeoman.
 */
export function commandGenerator(name: string, options: Options, command: Command) {
  return class extends Generator {
    constructor(args: string[], opts: Generator['options']) {
      super(args, opts, { customInstallTask: true });
      this.argument('args', { type: Array, required: false, description: `the arguments of backend-stack ${name}` });
      for (const [flag, spec] of Object.entries(options)) {
        if (flag !== 'help') this.option(flag, { type: spec.type === 'boolean' ? Boolean : String, description: `see backend-stack ${name} --help` });
      }
    }

    async run(): Promise<void> {
      const given = this.options as Record<string, unknown>;
      const argv = [...((given.args as string[] | undefined) ?? [])];
      for (const [flag, spec] of Object.entries(options)) {
        const value = given[flag];
        if (value === undefined || flag === 'help') continue;
        // A yes/no answer given as --no-docker reaches here as false; the command's parser takes it back.
        if (spec.type === 'boolean') argv.push(value === false ? `--no-${flag}` : `--${flag}`);
        else for (const v of [value].flat() as string[]) argv.push(`--${flag}`, v);
      }
      try {
        process.exitCode = await command(argv, (line) => this.log(line));
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        process.exitCode = err.exitCode;
        this.log(`yo backend-stack:${name}: ${err.message}${err.hint ? `\n  hint: ${err.hint}` : ''}`);
      }
    }
  };
}
