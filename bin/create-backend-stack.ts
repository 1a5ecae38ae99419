#!/usr/bin/env node
import { parseCommandLine, terminalPrompter } from '../src/answers/cli.js';
import { readRunFlags } from '../src/answers/options.js';
import { loadCatalog } from '../src/catalog/load.js';
import { generate } from '../src/run/driver.js';
import { runProgram } from '../src/run/program.js';
import { formatHelp } from '../src/run/report.js';

const PROGRAM = 'create-backend-stack';

runProgram(PROGRAM, async () => {
  const { raw, name } = parseCommandLine(process.argv.slice(2), PROGRAM);
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
});
