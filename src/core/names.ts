import { UsageError } from './errors.js';

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
    'and as assert async await break case catch chan class const continue def default defer del delete do elif ' +
    'else enum except export extends false final finally fn for from func function go goto if impl import in ' +
    'interface is lambda let loop match mod module mut new nil none nonlocal not null object or package pass ' +
    'private protected pub public raise range return select self static struct super switch this throw throws ' +
    'trait true try type typeof use var void where while with yield'
  ).split(' '),
);

/** Names that clash with a tool's own folders or with standard library packages the starters import. */
const CLASHES = new Set(['node_modules', 'favicon.ico', 'test', 'tests', 'src', 'dist', 'build', 'vendor', 'internal', 'cmd']);

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
  if (KEYWORDS.has(word)) return `"${name}" is a reserved word in one of the generated languages`;
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

export function deriveIds(name: string): ProjectIds {
  const words = name.split('-');
  const snake = words.join('_');
  return {
    npm: name,
    python: snake,
    goModule: name,
    javaPackage: `com.example.${words.join('')}`,
    rustCrate: snake,
    csharpNamespace: words.map(capitalize).join(''),
    docker: name,
    title: words.map(capitalize).join(' '),
  };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
