/**
 * PHP and Ruby compiled to WebAssembly, so that the syntax checker and the tests need neither installed:
 * PHP 8.4's CLI from @php-wasm (WordPress Playground's build) and CRuby 3.4 on WASI (ruby.wasm). Each
 * binary is compiled once per process; every run gets a fresh instance, as a fresh `php` or `ruby`
 * process would, with its files written into the instance's own in-memory filesystem.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Directory, File, OpenFile, PreopenDirectory, WASI, type Inode } from '@bjorn3/browser_wasi_shim';
import { RubyVM } from '@ruby/wasm-wasi';

export interface Output {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Absolute path -> contents, as the program reads them. */
export type VirtualFiles = ReadonlyMap<string, string>;

const resolve = createRequire(import.meta.url).resolve;

/** UTF-8, as writeFileSync writes a string: a lone surrogate becomes U+FFFD. */
const utf8 = (text: string) => new TextEncoder().encode(text);

async function compileWasm(file: string): Promise<WebAssembly.Module> {
  return WebAssembly.compile(await readFile(file));
}

// What this module uses of @php-wasm. Under NodeNext resolution TypeScript reads neither package's types
// (@php-wasm/universal's index.d.ts re-exports a directory, @php-wasm/node-8-4 ships none), so they are
// imported through specifiers it does not follow, and typed here.
const PHP_WASM: string = '@php-wasm/universal';
const PHP_8_4: string = '@php-wasm/node-8-4';

/** The module that sets the binary up: only passed on. */
type PhpLoader = object;

interface PhpWasm {
  loadPHPRuntime(loader: PhpLoader, options: { instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void): void }): Promise<number>;
  PHP: new (runtimeId: number) => Php;
}

interface Php {
  mkdirTree(path: string): void;
  writeFile(path: string, data: Uint8Array): void;
  /** Runs the CLI SAPI once; the instance cannot be used after. */
  cli(argv: string[]): Promise<{ stdoutText: Promise<string>; stderrText: Promise<string>; exitCode: Promise<number> }>;
}

interface PhpBinary {
  wasm: PhpWasm;
  loader: PhpLoader;
  module: WebAssembly.Module;
}

let phpBinary: Promise<PhpBinary> | undefined;

async function compilePhp(): Promise<PhpBinary> {
  const wasm = (await import(PHP_WASM)) as PhpWasm;
  const { getPHPLoaderModule } = (await import(PHP_8_4)) as { getPHPLoaderModule: () => Promise<PhpLoader & { dependencyFilename: string }> };
  const loader = await getPHPLoaderModule();
  return { wasm, loader, module: await compileWasm(loader.dependencyFilename) };
}

/**
 * A PHP instance of the compiled binary. Emscripten waits for the instance forever if instantiating it
 * fails, so the failure is raced against the load.
 */
async function startPhp(): Promise<Php> {
  const { wasm, loader, module } = await (phpBinary ??= compilePhp());
  let fail: (reason: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  const loaded = wasm.loadPHPRuntime(loader, {
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module), fail);
    },
  });
  return new wasm.PHP(await Promise.race([loaded, failed]));
}

/**
 * Runs `php ARGS` (the CLI SAPI, where OPcache works) in a fresh PHP 8.4 with the files written first.
 * Rejects when PHP cannot start.
 */
export async function runPhp(args: readonly string[], files: VirtualFiles = new Map()): Promise<Output> {
  const php = await startPhp();
  for (const [file, contents] of files) {
    php.mkdirTree(path.posix.dirname(file));
    php.writeFile(file, utf8(contents));
  }
  const response = await php.cli(['php', ...args]);
  return { stdout: await response.stdoutText, stderr: await response.stderrText, exitCode: await response.exitCode };
}

// -W0: no warnings on stderr, as the checker ran `ruby -W0`. RubyGems is not needed to require the standard
// library, and loading it is most of the VM's start-up.
const RUBY_ARGS = ['ruby.wasm', '--disable-gems', '-W0', '-EUTF-8', '-e_=0'];
let rubyBinary: Promise<WebAssembly.Module> | undefined;

/** A directory holding the files at their absolute paths. */
function directoryTree(files: VirtualFiles): Map<string, Inode> {
  const root = new Map<string, Inode>();
  for (const [file, contents] of files) {
    const [name, ...parents] = file.split('/').filter(Boolean).reverse();
    let dir = root;
    for (const part of parents.reverse()) {
      const child = dir.get(part) ?? dir.set(part, new Directory(new Map())).get(part)!;
      dir = (child as Directory).contents;
    }
    dir.set(name, new File(utf8(contents)));
  }
  return root;
}

/**
 * Evaluates a Ruby program, as `ruby -W0 -e PROGRAM` would, in a fresh CRuby 3.4 with stdin and the files
 * given. An uncaught exception gives exit code 1 and its message on stderr; rejects when Ruby cannot start.
 */
export async function runRuby(program: string, { stdin = '', files = new Map() }: { stdin?: string; files?: VirtualFiles } = {}): Promise<Output> {
  const module = await (rubyBinary ??= compileWasm(resolve('@ruby/3.4-wasm-wasi/dist/ruby+stdlib.wasm')));
  // Files, not consoles, as a pipe is to `ruby`: a terminal would have Ruby colour its messages.
  const stdout = new File([]);
  const stderr = new File([]);
  const fds = [new OpenFile(new File(utf8(stdin))), new OpenFile(stdout), new OpenFile(stderr), new PreopenDirectory('/', directoryTree(files))];
  const { vm } = await RubyVM.instantiateModule({ module, wasip1: new WASI([], [], fds, { debug: false }), args: RUBY_ARGS });
  let uncaught: string | undefined;
  try {
    vm.eval(program);
  } catch (error) {
    uncaught = (error as Error).message;
  }
  vm.eval('$stdout.flush; $stderr.flush');
  const text = (file: File) => Buffer.from(file.data).toString('utf8');
  if (uncaught === undefined) return { stdout: text(stdout), stderr: text(stderr), exitCode: 0 };
  return { stdout: text(stdout), stderr: `${text(stderr)}${uncaught}\n`, exitCode: 1 };
}
