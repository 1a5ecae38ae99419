import type { RenderedFile } from '../src/generate/render.js';

/** How each language a starter is written in reads one environment variable by name. */
const READS: RegExp[] = [
  // os.Getenv, os.LookupEnv, getenv, System.getenv, Environment.GetEnvironmentVariable, env('X') (PHP), ...
  /\b\w*[Ee]nv\w*\(\s*["']([A-Z][A-Z0-9_]*)["']/g,
  // Rust's std::env::var
  /\benv::var(?:_os)?\(\s*"([A-Z][A-Z0-9_]*)"/g,
  // Python's os.environ (a WSGI request's environ is not the process's), Ruby's ENV, Dart's Platform.environment
  /\b(?:os\.environ(?:\.get)?|ENV(?:\.fetch)?|Platform\.environment)[[(]\s*["']([A-Z][A-Z0-9_]*)["']/g,
  // Node.js
  /\bprocess\.env\.([A-Z][A-Z0-9_]*)\b/g,
  /\bprocess\.env\[\s*["']([A-Z][A-Z0-9_]*)["']\s*\]/g,
  // Spring's ${X} and ${X:default} placeholders, HOCON's ${?X}
  /\$\{\??([A-Z][A-Z0-9_]*)(?::[^}]*)?\}/g,
];

/** Source that runs in production: not tests, CI, container or compose files, docs or the env files. */
function isServedCode(dest: string): boolean {
  if (/(^|\/)(tests?|spec|testdata|docs|\.github)\//.test(dest)) return false;
  if (/(_test\.go|Test\.(java|kt)|Tests\.(java|kt|cs)|\.(test|spec|e2e-spec)\.ts|_spec\.rb|_test\.(py|dart))$/.test(dest)) return false;
  // The Maven wrapper reads its own settings, which are the build's, not the server's.
  return !/(^|\/)(Dockerfile|compose\.yaml|\.env\.example|\.env|[^/]+\.md|mvnw(\.cmd)?)$/.test(dest);
}

/** The environment variables a starter's served code reads, each with the first file that reads it. */
export function envReads(files: readonly RenderedFile[]): Map<string, string> {
  const reads = new Map<string, string>();
  for (const { dest, contents } of files.filter((f) => isServedCode(f.dest))) {
    for (const pattern of READS) {
      for (const match of contents.matchAll(pattern)) if (!reads.has(match[1])) reads.set(match[1], dest);
    }
  }
  return reads;
}

/** Set by the tools around the server (CI runners, Bundler, the process manager), never by its user. */
export const SET_BY_TOOLS = new Set(['CI', 'BUNDLE_GEMFILE', 'PIDFILE']);

/** The variables `.env.example` sets or names in a commented-out line. */
export function envExampleNames(contents: string): Set<string> {
  return new Set([...contents.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
}
