#!/usr/bin/env node
import { UsageError } from '../src/errors.js';
import { checkCommand } from '../src/check/command.js';
import { kitCommand } from '../src/kit/command.js';
import { updateCommand } from '../src/update/update.js';
import { runProgram } from '../src/run/program.js';
import { smokeCommand } from '../src/smoke/command.js';

const PROGRAM = 'backend-stack';

const HELP = `Usage: backend-stack COMMAND [options]

Commands:
  smoke    generate starters and prove each one builds, passes its tests, runs and keeps its data
  check    call a running server (any language) with the starter contract and say what passed
  kit      build a workshop kit of offline starters, or verify a built one
  update   inside a generated project: merge a newer render (and changed answers) into it

To create a starter: create-backend-stack NAME (or yo backend-stack).
Run backend-stack COMMAND --help for a command's options.
`;

runProgram(PROGRAM, async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return;
  }
  const print = (line: string) => console.log(line);
  if (command === 'smoke') return smokeCommand(rest, { print });
  if (command === 'check') return checkCommand(rest, print);
  if (command === 'kit') return kitCommand(rest, print);
  if (command === 'update') return updateCommand(rest, print);
  throw new UsageError(`unknown command "${command}"`, 'run backend-stack --help for the commands');
});
