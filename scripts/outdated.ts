/**
 * Which catalog pins have newer releases, as `npm run outdated`: each pin against the registry that
 * serves it, on its own line and overall (catalog/sources.json says where each comes from).
 *
 *   npm run outdated                          every pin of every available stack
 *   npm run outdated -- --stack gin --strict  one stack; exit 1 when a pin is behind on its line
 */
import { outdatedCommand } from '../src/outdated/command.js';
import { runProgram } from '../src/run/program.js';

runProgram('outdated', () => outdatedCommand(process.argv.slice(2), { print: (line) => console.log(line) }));
