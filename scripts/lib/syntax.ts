/**
 * Proves generated files are well-formed with a real parser for each format: npm test runs it on every
 * rendered starter, and the smoke's "syntax-checked" tier on starters whose package registries are out of
 * reach here. In process: JSON, YAML, TypeScript/JavaScript, XML (saxes) and, through tree-sitter, C#,
 * Dart, Java, Kotlin and Rust. In process too, WebAssembly builds of the real interpreters
 * (./wasm-runtimes.ts), each started once per call for all its files: PHP 8.4 compiles PHP files without
 * running them, as `php -l` does (OPcache), and in a second instance runs Twig's own parser (the PHP
 * library, as @basalt/twig-renderer ships it) on Twig templates; CRuby 3.4 compiles Ruby, and ERB turned
 * into Ruby, as `ruby -c` does. One process per format for all the files of a call: python3 (Python,
 * TOML), gofmt (Go); `go mod edit` per go.mod.
 *
 * Used by the tests and the smoke only (its parsers are devDependencies); the CLI never imports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { execa } from 'execa';
import { SaxesParser } from 'saxes';
import ts from 'typescript';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { parseAllDocuments } from 'yaml';
import { runPhp, runRuby, type Output, type VirtualFiles } from './wasm-runtimes.js';

export interface SourceFile {
  dest: string;
  contents: string;
}

/** Files as written below dir: python3, gofmt and go read them from disk; the other parsers, from contents. */
export interface Tree {
  dir: string;
  files: readonly SourceFile[];
}

type TreeSitterId = 'csharp' | 'dart' | 'java' | 'kotlin' | 'rust';
export type ParserId = 'json' | 'yaml' | 'toml' | 'python' | 'go' | 'go.mod' | 'typescript' | 'xml' | 'php' | 'twig' | 'ruby' | 'erb' | TreeSitterId;

export interface SyntaxReport {
  /** `file:line:col: message`, or `file: message` where the parser gives no position. */
  problems: string[];
  /** Files parsed, per parser. */
  parsed: Map<ParserId, number>;
  /** Files of a kind with nothing to parse (prose, ignore lists, Dockerfile), per kind. */
  skipped: Map<string, number>;
  /** Files no parser here reads: never counted as checked. */
  unchecked: string[];
}

const BY_NAME: Record<string, ParserId> = {
  'go.mod': 'go.mod',
  Gemfile: 'ruby',
  Rakefile: 'ruby',
  'composer.lock': 'json',
  'symfony.lock': 'json',
  'Cargo.lock': 'toml',
  'pubspec.lock': 'yaml',
  // Prettier reads it as YAML, a superset of the JSON it usually holds.
  '.prettierrc': 'yaml',
};

const BY_EXTENSION: Record<string, ParserId> = {
  '.json': 'json',
  '.yml': 'yaml',
  '.yaml': 'yaml',
  '.toml': 'toml',
  '.py': 'python',
  '.go': 'go',
  '.ts': 'typescript',
  '.js': 'typescript',
  '.mjs': 'typescript',
  '.cjs': 'typescript',
  '.xml': 'xml',
  '.csproj': 'xml',
  '.props': 'xml',
  '.targets': 'xml',
  '.slnx': 'xml',
  '.config': 'xml',
  '.php': 'php',
  '.twig': 'twig',
  '.rb': 'ruby',
  '.rake': 'ruby',
  '.ru': 'ruby',
  '.erb': 'erb',
  '.cs': 'csharp',
  '.dart': 'dart',
  '.java': 'java',
  '.kt': 'kotlin',
  '.kts': 'kotlin',
  '.rs': 'rust',
};

/** Kinds (extension, or name without one) that have no grammar worth checking. */
export const SKIPPED_KINDS: readonly string[] = [
  ...['.md', '.txt', '.example', '.sum', '.env', '.ruby-version', '.keep', '.gitkeep'],
  ...['.gitignore', '.dockerignore', '.prettierignore', '.gitattributes', '.editorconfig', 'Dockerfile'],
];

/** Which parser reads a file: by name, then extension (`phpunit.xml.dist` is XML), then a php/ruby shebang. */
export function parserFor(dest: string, contents: string): ParserId | undefined {
  const name = path.posix.basename(dest).replace(/\.dist$/, '');
  const known = BY_NAME[name] ?? BY_EXTENSION[path.extname(name)];
  if (known) return known;
  const shebang = /^#!.*\b(php|ruby)\b/.exec(contents.split('\n', 1)[0]);
  return shebang?.[1] as 'php' | 'ruby' | undefined;
}

interface Located extends SourceFile {
  dir: string;
  /** Absolute path, as problems name it. */
  file: string;
}

type Checker = (files: Located[]) => Promise<string[]>;

/** Parses every file of the trees with the real parser for its format. */
export async function checkSyntax(trees: readonly Tree[]): Promise<SyntaxReport> {
  const report: SyntaxReport = { problems: [], parsed: new Map(), skipped: new Map(), unchecked: [] };
  // By checker, not parser: Ruby and ERB go through one Ruby for all their files.
  const batches = new Map<Checker, Located[]>();
  for (const { dir, files } of trees) {
    for (const { dest, contents } of files) {
      const parser = parserFor(dest, contents);
      const kind = path.extname(dest) || path.posix.basename(dest);
      if (parser) {
        const checker = CHECKERS[parser];
        const batch = batches.get(checker) ?? batches.set(checker, []).get(checker)!;
        batch.push({ dest, contents, dir, file: path.join(dir, dest) });
        report.parsed.set(parser, (report.parsed.get(parser) ?? 0) + 1);
      } else if (SKIPPED_KINDS.includes(kind)) report.skipped.set(kind, (report.skipped.get(kind) ?? 0) + 1);
      else report.unchecked.push(dest);
    }
  }
  const results = await Promise.all([...batches].map(([checker, files]) => checker(files)));
  report.problems = results.flat();
  return report;
}

/** One line on what was parsed, skipped and left unchecked, for the smoke's table and log. */
export function describeCoverage(report: SyntaxReport): string {
  const count = (map: Map<string, number>) => [...map].map(([key, n]) => `${key} ${n}`).join(', ');
  const parsed = [...report.parsed.values()].reduce((a, b) => a + b, 0);
  const parts = [`parsed ${parsed} files (${count(report.parsed)})`];
  if (report.skipped.size) parts.push(`skipped, nothing to parse: ${count(report.skipped)}`);
  if (report.unchecked.length) parts.push(`UNCHECKED, no parser here: ${report.unchecked.join(', ')}`);
  return parts.join('; ');
}

function at(file: string, message: string, line?: number | null, col?: number | null): string {
  return `${file}${line ? `:${line}${col ? `:${col}` : ''}` : ''}: ${message}`;
}

function lineCol(contents: string, offset: number): [number, number] {
  const before = contents.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0];
}

/** A parser that runs here, file by file: it returns the file's problem, if any. */
function inProcess(check: (file: Located) => string | undefined): Checker {
  return (files) => Promise.resolve(files.flatMap((f) => check(f) ?? []));
}

function checkJson({ file, contents }: Located): string | undefined {
  try {
    JSON.parse(contents);
  } catch (err) {
    const message = (err as Error).message;
    const position = /at position (\d+)/.exec(message);
    return position ? at(file, message, ...lineCol(contents, Number(position[1]))) : at(file, message);
  }
  return undefined;
}

function checkYaml({ file, contents }: Located): string | undefined {
  // A stream of several documents (`---`) is valid YAML.
  for (const doc of parseAllDocuments(contents)) {
    const [error] = doc.errors;
    if (error) return at(file, firstLine(error.message).replace(/ at line \d+, column \d+:?$/, ''), error.linePos?.[0].line, error.linePos?.[0].col);
  }
  return undefined;
}

/**
 * One TypeScript program over all the files, nothing resolved and nothing emitted: its syntactic
 * diagnostics are what transpiling each file reports (JS-only rules included), at a tenth of the cost.
 */
function checkScripts(files: Located[]): Promise<string[]> {
  const byName = new Map(files.map((f) => [f.file, f.contents]));
  const options: ts.CompilerOptions = { noLib: true, noResolve: true, allowJs: true, types: [] };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name, language) => {
    const contents = byName.get(name);
    return contents === undefined ? undefined : ts.createSourceFile(name, contents, language);
  };
  host.fileExists = (name) => byName.has(name);
  host.readFile = (name) => byName.get(name);
  const program = ts.createProgram({ rootNames: [...byName.keys()], options, host });
  return Promise.resolve(
    files.flatMap(({ file, contents }) => {
      const source = program.getSourceFile(file);
      if (!source) return [at(file, 'not parsed: TypeScript did not load it')];
      const [diagnostic] = program.getSyntacticDiagnostics(source);
      if (!diagnostic) return [];
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      return [diagnostic.start === undefined ? at(file, message) : at(file, message, ...lineCol(contents, diagnostic.start))];
    }),
  );
}

function checkXml({ file, contents }: Located): string | undefined {
  // Namespace-aware well-formedness, as MSBuild and Maven read these files; saxes prefixes file:line:col.
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: file });
  let problem: string | undefined;
  parser.on('error', (err) => (problem ??= err.message));
  parser.write(contents).close();
  return problem;
}

// Per language, the newest grammar on npm with a wasm build, tried on the code we generate: older builds
// reject what it uses (C#'s primary constructors and `[]` collection expressions in tree-sitter-wasms'
// and VS Code's C#, Kotlin's `..<` in tree-sitter-wasms'). tree-sitter-wasms' Dart is newer than the
// tree-sitter-dart package (records, patterns, class modifiers), and web-tree-sitter 0.25 is the last
// release that loads its wasm format.
const GRAMMARS: Record<TreeSitterId, string> = {
  csharp: 'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm',
  java: '@vscode/tree-sitter-wasm/wasm/tree-sitter-java.wasm',
  rust: '@vscode/tree-sitter-wasm/wasm/tree-sitter-rust.wasm',
  kotlin: '@tree-sitter-grammars/tree-sitter-kotlin/tree-sitter-kotlin.wasm',
  dart: 'tree-sitter-wasms/out/tree-sitter-dart.wasm',
};

const resolve = createRequire(import.meta.url).resolve;
let treeSitter: Promise<Parser> | undefined;
/** Each grammar is compiled once per process. */
const languages = new Map<TreeSitterId, Promise<Language>>();

function withTreeSitter(id: TreeSitterId): Checker {
  return async (files) => {
    treeSitter ??= Parser.init().then(() => new Parser());
    const parser = await treeSitter;
    const language = languages.get(id) ?? languages.set(id, Language.load(resolve(GRAMMARS[id]))).get(id)!;
    // Nothing below awaits, so concurrent checkers cannot swap the language mid-batch.
    parser.setLanguage(await language);
    return files.flatMap(({ file, contents }) => {
      const tree = parser.parse(contents);
      if (!tree) return [at(file, `tree-sitter ${id} gave up`)];
      try {
        if (!tree.rootNode.hasError) return [];
        const [first, ...more] = broken(tree.rootNode);
        const what = first.isMissing || !first.text ? `missing ${first.type}` : `syntax error at ${JSON.stringify(first.text.slice(0, 40))}`;
        return [at(file, `${what}${more.length ? ` (and ${more.length} more)` : ''}`, first.startPosition.row + 1, first.startPosition.column + 1)];
      } finally {
        tree.delete();
      }
    });
  };
}

/**
 * ERROR and MISSING nodes, descending only where tree-sitter says an error is. A missing hidden token
 * (C#'s `_identifier_token`) is no child of its own: the deepest node holding it stands for it.
 */
function broken(node: Node): Node[] {
  if (node.isError || node.isMissing) return [node];
  const found = node.children.flatMap((child) => (child?.hasError ? broken(child) : []));
  return found.length ? found : [node];
}

type Answer = [file: string, line: number | null, col: number | null, message: string];

/**
 * Runs a checker script that prints its problems as one JSON array. Anything else (a runtime that did not
 * start, a crash) is a problem: no file passes unparsed.
 */
async function checkByScript(files: Located[], tool: string, run: () => Promise<Output>): Promise<string[]> {
  let why: string;
  try {
    const result = await run();
    if (result.exitCode === 0) {
      try {
        return (JSON.parse(result.stdout) as Answer[]).map(([file, line, col, message]) => at(file, message, line, col));
      } catch {
        // Not the JSON the script prints: reported below.
      }
    }
    why = firstLine(result.stderr || result.stdout || `exit ${result.exitCode}`);
  } catch (error) {
    why = `${tool} did not run (${firstLine((error as Error).message)})`;
  }
  return [`${files.length} file(s) not parsed, first ${files[0].file}: ${why}`];
}

/** The files at their absolute paths, for a runtime's own filesystem. */
function virtual(files: Located[]): VirtualFiles {
  return new Map(files.map((f) => [f.file, f.contents]));
}

async function runPython(args: string[], files: Located[]): Promise<Output> {
  const result = await execa('python3', args, { input: JSON.stringify(files.map((f) => f.file)), reject: false });
  if (result.exitCode === undefined) throw new Error(`${result.code ?? result.shortMessage}: is it installed?`);
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
}

const PYTHON = `
import ast, json, sys, tomllib
problems = []
for f in json.load(sys.stdin):
    try:
        if sys.argv[1] == "toml":
            with open(f, "rb") as fh:
                tomllib.load(fh)
        else:
            with open(f, encoding="utf-8") as fh:
                ast.parse(fh.read(), f)
    except SyntaxError as e:
        problems.append([f, e.lineno, e.offset, e.msg])
    except Exception as e:  # TOMLDecodeError, a NUL byte in source, an unreadable file
        problems.append([f, None, None, f"{type(e).__name__}: {e}"])
print(json.dumps(problems))
`;

// php -l semantics for many files in one PHP: OPcache compiles a file without running it. A parse error is
// thrown; a compile error (a fatal, which php -l reports too) is left in error_get_last(). OPcache starts
// under PHP's CLI SAPI, which runPhp runs, and not under php-wasm's own request SAPI.
const PHP = `
$problems = [];
$warning = null;
set_error_handler(function ($no, $message) use (&$warning) { $warning = $message; return true; }, E_WARNING | E_NOTICE);
foreach (array_slice($argv, 1) as $file) {
    error_clear_last();
    $warning = null;
    try {
        if (opcache_compile_file($file)) continue;
        $error = error_get_last();
        $problems[] = [$file, $error['line'] ?? null, null, $error['message'] ?? $warning ?? 'could not compile'];
    } catch (Throwable $e) {
        $problems[] = [$file, $e->getLine(), null, $e->getMessage()];
    }
}
echo json_encode($problems, JSON_INVALID_UTF8_SUBSTITUTE);
// A compile error sets the exit status to 255 even when caught, and only the output says what failed.
exit(0);
`;
const PHP_FLAGS = ['-d', 'opcache.enable_cli=1', '-d', 'opcache.file_update_protection=0', '-d', 'display_errors=0', '-d', 'log_errors=0'];

// Twig's own parser, from the vendor folder given first: its classes, and the function of
// symfony/deprecation-contracts it calls. Functions and filters come from extensions not loaded here
// (Symfony's path(), asset(), trans, ...): any name is accepted, so only the grammar is judged.
const TWIG = `
$vendor = $argv[1];
spl_autoload_register(function ($class) use ($vendor) {
    if (str_starts_with($class, 'Twig\\\\')) require "$vendor/twig/twig/src/" . strtr(substr($class, 5), '\\\\', '/') . '.php';
});
require "$vendor/symfony/deprecation-contracts/function.php";
$twig = new Twig\\Environment(new Twig\\Loader\\ArrayLoader());
$any = fn () => null;
$twig->registerUndefinedFunctionCallback(fn ($name) => new Twig\\TwigFunction($name, $any, ['is_variadic' => true]));
$twig->registerUndefinedFilterCallback(fn ($name) => new Twig\\TwigFilter($name, $any, ['is_variadic' => true]));
$problems = [];
foreach (array_slice($argv, 2) as $file) {
    try {
        $twig->parse($twig->tokenize(new Twig\\Source(file_get_contents($file), $file, $file)));
    } catch (Twig\\Error\\SyntaxError $e) {
        $problems[] = [$file, $e->getTemplateLine(), null, $e->getRawMessage()];
    } catch (Throwable $e) {
        $problems[] = [$file, null, null, $e->getMessage()];
    }
}
echo json_encode($problems, JSON_INVALID_UTF8_SUBSTITUTE);
`;

// ruby -c for many files in one Ruby: compile without running. ERB is turned into Ruby first, as
// Rails does: trim mode "-", the result inside a method (a layout's `yield`), and `<%= helper do |f| %>`
// accepted; stdlib ERB makes that tag invalid Ruby, so it becomes a statement tag: the same blocks.
const RUBY = `
require "erb"
require "json"
BLOCK_EXPR = /<%=(?=(?:(?!%>).)*?(?:[\\s)]do|\\{)(?:\\s*\\|[^|]*\\|)?\\s*-?%>)/m
problems = JSON.parse($stdin.read).filter_map do |file|
  source = File.read(file, encoding: "UTF-8")
  source = "def template;" + ERB.new(source.gsub(BLOCK_EXPR, "<%"), trim_mode: "-").src + "\\nend" if file.end_with?(".erb")
  RubyVM::InstructionSequence.compile(source, file, file)
  nil
rescue ScriptError, StandardError => e
  first = e.message.lines.first.to_s.chomp
  # Prism, Ruby 3.4's parser, says "syntax errors found" and annotates the source: a message follows each caret.
  found = e.message.scan(/^ *\\| *\\^~* (.+)$/).flatten
  message = found.empty? ? first.sub(/\\A.*?:\\d+: /, "") : found.first + (found.size > 1 ? " (and #{found.size - 1} more)" : "")
  [file, first[/\\A.*?:(\\d+):/, 1]&.to_i, nil, message]
end
print JSON.generate(problems)
`;

const TWIG_VENDOR = path.join(path.dirname(resolve('@basalt/twig-renderer/package.json')), 'vendor');
let twigLibrary: VirtualFiles | undefined;

/** Twig's PHP sources as @basalt/twig-renderer ships them (the library itself, no port), read once per process. */
function twig(): VirtualFiles {
  const packages = ['twig/twig/src', 'symfony/deprecation-contracts'].map((name) => path.join(TWIG_VENDOR, name));
  twigLibrary ??= new Map(
    packages.flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.php'))
        .map((name) => [path.join(dir, name), readFileSync(path.join(dir, name), 'utf8')] as const),
    ),
  );
  return twigLibrary;
}

function checkTwig(files: Located[]): Promise<string[]> {
  return checkByScript(files, 'PHP', () => runPhp(['-r', TWIG, '--', TWIG_VENDOR, ...files.map((f) => f.file)], new Map([...twig(), ...virtual(files)])));
}

function checkRuby(files: Located[]): Promise<string[]> {
  return checkByScript(files, 'Ruby', () => runRuby(RUBY, { stdin: JSON.stringify(files.map((f) => f.file)), files: virtual(files) }));
}

async function checkGo(files: Located[]): Promise<string[]> {
  // gofmt -l also lists files that parse but are not gofmt-formatted: both are problems.
  const result = await execa('gofmt', ['-e', '-l', ...files.map((f) => f.file)], { reject: false });
  if (result.exitCode === undefined) return [`${files.length} Go file(s) not parsed: gofmt did not run (${result.code ?? result.shortMessage})`];
  // One problem per file: the first error gofmt -e lists for it.
  const firstPerFile = new Map<string, string>();
  for (const line of result.stderr.split('\n').filter(Boolean)) {
    const file = /^(.+?):\d+:\d+: /.exec(line)?.[1] ?? line;
    if (!firstPerFile.has(file)) firstPerFile.set(file, line);
  }
  const problems = [...firstPerFile.values()];
  problems.push(...result.stdout.split('\n').filter(Boolean).map((file) => at(file, 'not gofmt-formatted')));
  if (result.exitCode !== 0 && !problems.length) problems.push(`gofmt exited with ${result.exitCode}`);
  return problems;
}

async function checkGoMod(files: Located[]): Promise<string[]> {
  const results = await Promise.all(files.map((f) => execa('go', ['mod', 'edit', '-json', f.file], { cwd: f.dir, reject: false })));
  // go prints `go: errors parsing go.mod:`, then `<file>:<line>: <what>`.
  return results.flatMap((r) => (r.exitCode === 0 ? [] : [(r.stderr || r.shortMessage || `exit ${r.exitCode}`).trim().split('\n').pop()!]));
}

const CHECKERS: Record<ParserId, Checker> = {
  json: inProcess(checkJson),
  yaml: inProcess(checkYaml),
  typescript: checkScripts,
  xml: inProcess(checkXml),
  python: (files) => checkByScript(files, 'python3', () => runPython(['-c', PYTHON, 'python'], files)),
  toml: (files) => checkByScript(files, 'python3', () => runPython(['-c', PYTHON, 'toml'], files)),
  go: checkGo,
  'go.mod': checkGoMod,
  php: (files) => checkByScript(files, 'PHP', () => runPhp([...PHP_FLAGS, '-r', PHP, '--', ...files.map((f) => f.file)], virtual(files))),
  twig: checkTwig,
  ruby: checkRuby,
  erb: checkRuby,
  csharp: withTreeSitter('csharp'),
  dart: withTreeSitter('dart'),
  java: withTreeSitter('java'),
  kotlin: withTreeSitter('kotlin'),
  rust: withTreeSitter('rust'),
};
