#!/usr/bin/env node
import { UsageError } from '../src/errors.js';
import { runProgram } from '../src/run/program.js';
import { smokeCommand } from '../src/smoke/command.js';

const PROGRAM = 'backend-stack';

const HELP = `Usage: backend-stack COMMAND [options]

Commands:
  smoke    generate starters and prove each one builds, passes its tests, runs and keeps its data

To create a starter: create-backend-stack NAME (or yo backend-stack).
Run backend-stack COMMAND --help for a command's options.
`;

runProgram(PROGRAM, async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return;
  }
  if (command === 'smoke') return smokeCommand(rest, { print: (line) => console.log(line) });
  throw new UsageError(`unknown command "${command}"`, 'run backend-stack --help for the commands');
});
