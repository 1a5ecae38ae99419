/**
 * The slow tier, as `npm run smoke`: `backend-stack smoke` with this repository's parsers for the
 * syntax-checked stacks (their package registries are out of reach here, so each of their files is parsed
 * and their manifests' pins checked instead of a build; never counted as verified), the report in
 * .smoke/report.json, a log per starter in .smoke/, and the starters that failed kept for inspection.
 *
 *   npm run smoke                              every available stack, the least set of variants
 *   npm run smoke -- --stack gin               one stack (repeatable); see --help for the rest
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { savedAnswers } from '../src/answers/answers-file.js';
import { databaseChoices, type Answers } from '../src/answers/options.js';
import type { Catalog, Stack } from '../src/catalog/types.js';
import { buildFiles } from '../src/generate/starter.js';
import { packageRoot } from '../src/paths.js';
import { runProgram } from '../src/run/program.js';
import { smokeCommand } from '../src/smoke/command.js';
import type { StepResult } from '../src/verify/verify.js';
import { checkManifests } from './lib/manifests.js';
import { checkSyntax, describeCoverage, type SourceFile } from './lib/syntax.js';

const reports = path.join(packageRoot(), '.smoke');
const argv = process.argv.slice(2);
const defaults = [...(argv.includes('--json') ? [] : ['--json', path.join(reports, 'report.json')]), ...(argv.includes('--logs') ? [] : ['--logs', reports])];

runProgram('smoke', () => smokeCommand([...defaults, ...argv], { print: (line) => console.log(line), staticCheck: checkGenerated }));

/**
 * The proof for a starter that cannot be installed here: every generated file parsed by a real parser
 * (the kinds nothing parses are listed, never passed), and its manifests pinned to exact versions.
 */
async function checkGenerated(dir: string, stack: Stack, catalog: Catalog, log: string): Promise<StepResult[]> {
  const files = readGenerated(dir);
  let started = Date.now();
  const syntax = await checkSyntax([{ dir, files }]);
  const coverage = describeCoverage(syntax);
  const { problems } = syntax;
  const steps: StepResult[] = [
    {
      step: 'syntax',
      ok: !problems.length,
      seconds: (Date.now() - started) / 1000,
      detail: problems.length ? [`${problems.length} file(s) do not parse, first: ${problems[0]}`, ...problems, coverage].join('\n') : coverage,
    },
  ];
  started = Date.now();
  // A catalog version may be printed only by another app type's or database's starter (a driver the
  // in-memory one has no use for): those are rendered in memory.
  const answers = savedAnswers(dir) as Answers;
  const siblings = Object.keys(stack.appTypes)
    .flatMap((appType) => databaseChoices(stack, catalog).map((database) => ({ ...answers, appType, database })))
    .filter((other) => other.appType !== answers.appType || other.database !== answers.database)
    .flatMap((other) => buildFiles(catalog, other));
  const manifests = checkManifests(files, stack.versions, siblings);
  steps.push({
    step: 'manifests',
    ok: !manifests.problems.length,
    seconds: (Date.now() - started) / 1000,
    detail: manifests.problems.length ? [`${manifests.problems.length} problem(s), first: ${manifests.problems[0]}`, ...manifests.problems].join('\n') : manifests.detail,
  });
  writeFileSync(log, `syntax-checked ${stack.id} in ${dir}\n\n${steps.map((s) => `${s.step}: ${s.ok ? 'ok' : 'FAILED'}\n${s.detail}\n`).join('\n')}`);
  return steps;
}

/** The generated tree as written, relative paths in a stable order. */
function readGenerated(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    // A starter generated with git (the smoke's update path) has the repository's own files beside the render.
    .filter((dest) => dest.split(path.sep)[0] !== '.git')
    .sort()
    .map((dest) => ({ dest, contents: readFileSync(path.join(dir, dest), 'utf8') }));
}
