#!/usr/bin/env node
import { parseCommandLine, terminalPrompter } from '../src/answers/cli.js';
import { readRunFlags } from '../src/answers/options.js';
import { loadCatalog } from '../src/catalog/load.js';
import { UserError } from '../src/errors.js';
import { generate } from '../src/run/driver.js';
import { formatHelp } from '../src/run/report.js';

const PROGRAM = 'create-backend-stack';

async function main(argv: string[]): Promise<void> {
  const { raw, name } = parseCommandLine(argv, PROGRAM);
  if (raw.help) {
    process.stdout.write(formatHelp(PROGRAM, loadCatalog(readRunFlags(raw).catalog)));
    return;
  }
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  await generate({
    program: PROGRAM,
    cwd: process.cwd(),
    raw,
    name,
    prompter: interactive ? terminalPrompter : undefined,
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
