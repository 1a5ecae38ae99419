import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { buildFiles, planStarter } from '../src/generate/starter.js';
import type { Answers } from '../src/answers/options.js';
import type { RenderedFile } from '../src/generate/render.js';
import { checkManifests } from '../scripts/lib/manifests.js';
import { checkSyntax } from '../scripts/lib/syntax.js';
import { tempDir } from './helpers.js';
import { HOSTILE } from '../scripts/hostile.js';

const catalog = loadCatalog();
// Verified and syntax-checked stacks alike: the smoke's tier does not change what npm test proves.
const available = catalog.stacks.filter((s) => s.status === 'available');

function answersFor(stack: string, appType: string, text: Partial<Answers> = {}): Answers {
  return { name: 'probe-api', description: 'A probe.', author: '', appType, language: 'any', knows: [], priority: 'balanced', stack, docker: true, ci: true, ...text };
}

/** Every app type of every available stack: each may pick a variant folder or conditional lines. */
const variants = available.flatMap((s) => Object.keys(s.appTypes).map((appType): [string, string, string] => [`${s.id} for ${appType}`, s.id, appType]));

function writeTree(files: RenderedFile[]): string {
  const dir = tempDir('render-');
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f.dest)), { recursive: true });
    writeFileSync(path.join(dir, f.dest), f.contents);
  }
  return dir;
}

describe.each(variants)('the %s starter', (_, stackId, appType) => {
  const stack = catalog.stacks.find((s) => s.id === stackId)!;
  const files = buildFiles(catalog, answersFor(stackId, appType));
  const { layout } = planStarter(catalog, answersFor(stackId, appType)).data;

  it('has every piece of the starter contract', () => {
    const names = files.map((f) => f.dest);
    for (const required of ['README.md', '.gitignore', '.editorconfig', '.env.example', 'Dockerfile', '.dockerignore', '.github/workflows/ci.yml', '.yo-rc.json']) {
      expect(names).toContain(required);
    }
    for (const entry of layout) {
      expect(names.some((n) => n === entry.path || n.startsWith(entry.path)), entry.path).toBe(true);
    }
  });

  it('leaves no EJS unrendered and no stray placeholder', () => {
    for (const { dest, contents } of files) {
      // ERB is made of <% %> tags: Rails views, and the YAML configs Rails runs through ERB.
      const erb = dest.endsWith('.erb') || (stack.language === 'ruby' && /\.ya?ml$/.test(dest));
      expect(contents, dest).not.toMatch(erb ? /\[object Object\]/ : /<%|%>|\[object Object\]/);
      if (/\.(md|json|toml|ya?ml|example)$|Dockerfile/.test(dest)) expect(contents, dest).not.toMatch(/\bundefined\b/);
    }
  });

  it('parses every generated file with its language parser', async () => {
    expect((await checkSyntax([{ dir: writeTree(files), files }])).problems).toEqual([]);
  });

  it('keeps hostile descriptions and authors parseable', async () => {
    const trees = HOSTILE.map((text) => {
      const hostile = buildFiles(catalog, answersFor(stackId, appType, { description: text, author: text }));
      return { dir: writeTree(hostile), files: hostile };
    });
    expect((await checkSyntax(trees)).problems).toEqual([]);
  });

  // What the smoke's manifests step checks, for the starters it cannot install.
  if (stack.verification === 'syntax-checked') {
    it('pins every dependency of its manifests exactly', () => {
      expect(checkManifests(files, {}).problems).toEqual([]);
    });
  }

  it('renders the same bytes every time', () => {
    expect(buildFiles(catalog, answersFor(stackId, appType))).toEqual(files);
  });

  it('runs a multi-stage Docker build as a non-root user', () => {
    const dockerfile = files.find((f) => f.dest === 'Dockerfile')!.contents;
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER (?!root\b)\S+/m);
    expect(dockerfile).not.toMatch(/^FROM \S+:latest\b/m);
  });
});

describe.each(available.map((s) => s.id))('the catalog entry of %s', (stackId) => {
  it('has every pinned version printed by the starter of at least one of its app types', () => {
    const stack = catalog.stacks.find((s) => s.id === stackId)!;
    const all = Object.keys(stack.appTypes)
      .flatMap((appType) => buildFiles(catalog, answersFor(stackId, appType)))
      .map((f) => f.contents)
      .join('\n');
    for (const [name, version] of Object.entries(stack.versions)) expect(all, name).toContain(version);
  });
});
