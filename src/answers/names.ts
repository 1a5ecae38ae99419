import { UsageError } from '../errors.js';

/** Every identifier a template may need, derived once from the validated project name. */
export interface ProjectIds {
  npm: string;
  python: string;
  goModule: string;
  javaPackage: string;
  rustCrate: string;
  csharpNamespace: string;
  docker: string;
  title: string;
}

export const MAX_NAME_LENGTH = 64;
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Windows device names: a folder called `con` or `nul` cannot be created or deleted there. */
const DEVICE_NAMES = new Set(['con', 'prn', 'aux', 'nul', ...range('com'), ...range('lpt')]);

/** Words that are keywords in a language whose identifier is derived from the name. */
const KEYWORDS = new Set(
  (
    'abstract and as assert async await become box break case catch chan class const continue crate def default ' +
    'defer del delete do dyn elif extern macro override priv ref unsafe unsized virtual ' +
    'else enum except export extends false final finally fn for from func function go goto if impl import in ' +
    'interface is lambda let loop match mod module mut new nil none nonlocal not null object or package pass ' +
    'private protected pub public raise range return select self static struct super switch this throw throws ' +
    'trait true try type typeof use var void where while with yield'
  ).split(' '),
);

/**
 * Names that clash with a tool's own folders, with standard library packages the starters import, or
 * (as a C# namespace) with .NET's own namespaces and the generated Program class.
 */
const CLASHES = new Set(['node_modules', 'favicon.ico', 'test', 'tests', 'src', 'dist', 'build', 'vendor', 'internal', 'cmd', 'system', 'microsoft', 'program']);

function range(prefix: string): string[] {
  return Array.from({ length: 9 }, (_, i) => `${prefix}${i + 1}`);
}

/** Returns why the name is not usable, or undefined when it is. */
export function nameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'the project name is empty';
  if (name.length > MAX_NAME_LENGTH) return `the project name is longer than ${MAX_NAME_LENGTH} characters`;
  if (/[/\\]/.test(name) || name.includes('..')) return 'the project name must be a folder name, not a path';
  if (!NAME.test(name)) {
    return 'the project name must be lowercase letters, digits and single hyphens, starting with a letter';
  }
  const word = name.replace(/-/g, '_');
  if (DEVICE_NAMES.has(name)) return `"${name}" is a reserved device name on Windows`;
  // The Java/Kotlin package joins the words: `my-int` gives `myint`, but `int` alone gives `com.example.int`.
  if (KEYWORDS.has(word) || JVM_KEYWORDS.has(name.replace(/-/g, ''))) return `"${name}" is a reserved word in one of the generated languages`;
  if (CLASHES.has(name)) return `"${name}" clashes with a folder or package name the starters use`;
  return undefined;
}

/** A valid name close to what was typed, for the error message. */
export function suggestName(input: string): string {
  const slug = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, MAX_NAME_LENGTH - 4)
    .replace(/-+$/, '');
  if (!slug) return 'my-backend';
  return nameProblem(slug) ? `${slug}-app` : slug;
}

export function validateName(name: string): void {
  const problem = nameProblem(name);
  if (problem) throw new UsageError(problem, `try "${suggestName(name)}"`);
}

/** Identifiers the user chose instead of the derived ones (`--module`, `--package`). */
export interface IdOverrides {
  module?: string;
  package?: string;
}

export function deriveIds(name: string, overrides: IdOverrides = {}): ProjectIds {
  const words = name.split('-');
  const snake = words.join('_');
  return {
    npm: name,
    python: snake,
    goModule: overrides.module || name,
    javaPackage: overrides.package || `com.example.${words.join('')}`,
    rustCrate: snake,
    csharpNamespace: words.map(capitalize).join(''),
    docker: name,
    title: words.map(capitalize).join(' '),
  };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Path elements Go accepts in a module path (golang.org/x/mod/module.CheckPath). */
const GO_ELEMENT = /^[A-Za-z0-9_~-]+(\.[A-Za-z0-9_~-]+)*$/;
const MAX_MODULE_LENGTH = 255;

/** Returns why the Go module path is not usable, or undefined when it is. */
export function goModuleProblem(path: string): string | undefined {
  if (path.trim() === '') return 'the Go module path is empty';
  if (path.length > MAX_MODULE_LENGTH) return `the Go module path is longer than ${MAX_MODULE_LENGTH} characters`;
  const elements = path.split('/');
  if (elements.some((e) => e === '.' || e === '..')) return 'the Go module path must not contain "." or ".." elements';
  if (elements.some((e) => e === '')) return 'the Go module path must be elements separated by single slashes, like github.com/acme/my-api';
  const bad = elements.find((e) => !GO_ELEMENT.test(e));
  if (bad) return `the Go module path element "${bad}" may only hold letters, digits, "_", "~", "-" and inner dots`;
  if (elements[0].startsWith('-')) return 'the Go module path must not start with "-"';
  const device = elements.find((e) => DEVICE_NAMES.has(e.split('.')[0].toLowerCase()));
  if (device) return `the Go module path element "${device}" is a reserved device name on Windows`;
  return undefined;
}

/** Words Java or Kotlin reserve: a package segment cannot be one of them. */
const JVM_KEYWORDS = new Set(
  (
    'abstract as assert boolean break byte case catch char class const continue default do double else enum ' +
    'extends false final finally float for fun goto if implements import in instanceof int interface is long ' +
    'native new null object package permits private protected public record return sealed short static ' +
    'strictfp super switch synchronized this throw throws transient true try typealias typeof val var void ' +
    'volatile when while yield _'
  ).split(' '),
);
const JVM_SEGMENT = /^[a-z][a-z0-9_]*$/;

/** Returns why the Java/Kotlin package is not usable, or undefined when it is. */
export function javaPackageProblem(pkg: string): string | undefined {
  if (pkg.trim() === '') return 'the Java package is empty';
  if (pkg.length > MAX_MODULE_LENGTH) return `the Java package is longer than ${MAX_MODULE_LENGTH} characters`;
  for (const segment of pkg.split('.')) {
    if (!JVM_SEGMENT.test(segment)) {
      return `the Java package segment "${segment}" must be lowercase letters, digits and underscores, starting with a letter`;
    }
    if (JVM_KEYWORDS.has(segment)) return `the Java package segment "${segment}" is a reserved word in Java or Kotlin`;
  }
  return undefined;
}

/** A valid module path close to what was typed. */
export function suggestModule(input: string): string {
  const elements = input
    .split('/')
    .map((e) => e.replace(/[^A-Za-z0-9_~.-]+/g, '-').replace(/\.{2,}/g, '.').replace(/^[.-]+|[.-]+$/g, ''))
    .filter((e) => e && !DEVICE_NAMES.has(e.split('.')[0].toLowerCase()));
  const path = elements.join('/').slice(0, MAX_MODULE_LENGTH);
  return path && !goModuleProblem(path) ? path : 'example.com/my-backend';
}

/** A valid package close to what was typed. */
export function suggestPackage(input: string): string {
  const segments = input
    .toLowerCase()
    .split(/[./]+/)
    .map((s) => s.replace(/[^a-z0-9_]+/g, '').replace(/^[^a-z]+/, ''))
    .filter(Boolean)
    .map((s) => (JVM_KEYWORDS.has(s) ? `${s}_` : s));
  const pkg = segments.join('.');
  return pkg && !javaPackageProblem(pkg) ? pkg : 'com.example.backend';
}

export function validateModule(path: string): void {
  const problem = goModuleProblem(path);
  if (problem) throw new UsageError(`${problem} (--module)`, `try "${suggestModule(path)}"`);
}

export function validatePackage(pkg: string): void {
  const problem = javaPackageProblem(pkg);
  if (problem) throw new UsageError(`${problem} (--package)`, `try "${suggestPackage(pkg)}"`);
}
