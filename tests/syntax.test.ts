import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkManifests, isExactVersion } from '../scripts/lib/manifests.js';
import { checkSyntax, describeCoverage, parserFor, type ParserId, type SourceFile } from '../scripts/lib/syntax.js';
import { tempDir } from './helpers.js';

/** Writes the files to a fresh folder (python3 and go read them from disk) and checks them. */
async function check(files: Record<string, string>) {
  const dir = tempDir('syntax-');
  const list = Object.entries(files).map(([dest, contents]) => ({ dest, contents }));
  for (const { dest, contents } of list) {
    mkdirSync(path.dirname(path.join(dir, dest)), { recursive: true });
    writeFileSync(path.join(dir, dest), contents);
  }
  return { dir, report: await checkSyntax([{ dir, files: list }]) };
}

/** Per parser: a file it must accept, and a broken one it must reject at the given place. */
const CASES: [parser: ParserId, dest: string, valid: string, broken: string, where: RegExp][] = [
  ['json', 'composer.json', '{"name": "a/b", "require": {"x/y": "1.0.0"}}\n', '{\n  "name": "a/b",\n}\n', /composer\.json:3:\d+: /],
  ['yaml', 'pubspec.yaml', 'name: probe\ndependencies:\n  shelf: 1.4.2\n', 'name: probe\ndependencies: [shelf\n', /pubspec\.yaml:\d+:\d+: /],
  ['toml', 'Cargo.toml', '[package]\nname = "probe"\n', '[package]\nname = "probe\n', /Cargo\.toml: .*line 2/],
  ['python', 'app/main.py', 'def f(x):\n    return x\n', 'def f(x):\nreturn x\n', /main\.py:2:\d+: /],
  ['go', 'cmd/server/main.go', 'package main\n\nfunc main() {}\n', 'package main\n\nfunc main() {\n', /main\.go:\d+:\d+: /],
  ['go.mod', 'go.mod', 'module example.com/probe\n\ngo 1.26\n', 'module example.com/probe\n\ngo one\n', /go\.mod:3: invalid go version/],
  ['typescript', 'src/app.ts', 'export const x: number = 1;\n', 'export const x = 1;\nexport const y = {;\n', /app\.ts:2:\d+: /],
  ['xml', 'App.csproj', '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup><Description>a &amp; b</Description></PropertyGroup>\n</Project>\n', '<Project>\n  <Description>a < b</Description>\n</Project>\n', /App\.csproj:2:\d+: /],
  ['php', 'src/Kernel.php', '<?php\nnamespace App;\n\nfinal class Kernel\n{\n    public function __construct(private readonly int $x = 1) {}\n}\n', '<?php\necho "a";\n$x = ;\n', /Kernel\.php:3: syntax error/],
  ['twig', 'templates/base.html.twig', "{% block body %}<a href=\"{{ path('home') }}\">{{ 'Home'|trans }}</a>{% endblock %}\n", "{% block body %}\n{{ title|default('x' }}\n{% endblock %}\n", /base\.html\.twig:2: /],
  ['ruby', 'app/models/item.rb', 'class Item\n  def name = "x"\nend\n', 'class Item\n  def name\n    "x"\nend\n', /item\.rb:\d+: .*end/],
  ['erb', 'app/views/items/index.html.erb', '<%= form_with model: @item do |f| %>\n  <%= f.text_field :name %>\n<% end %>\n<% if @x -%>\n<p><%= @x %></p>\n<% end -%>\n<main><%= yield %></main>\n', '<% if @x %>\n<p><%= @x %></p>\n', /index\.html\.erb:\d+: /],
  ['csharp', 'Program.cs', 'public sealed class Store(ILogger<Store> logger)\n{\n    public const string Text = """\n        raw "quoted"\n        """;\n    public int[] Items { get; } = [];\n}\n', 'class A\n{\n    void F() { var x = ; }\n}\n', /Program\.cs:3:\d+: /],
  ['dart', 'bin/server.dart', "(int, String) pair() => (1, 'a');\n\nvoid main() {\n  final (n, s) = pair();\n  print('$n $s');\n}\n", "void main() {\n  print('hi';\n}\n", /server\.dart:2:\d+: /],
  ['java', 'src/main/java/App.java', 'record Item(long id, String name) {}\n\nclass App {\n    static final String T = """\n        text\n        """;\n}\n', 'class App {\n    void f() { int x = ; }\n}\n', /App\.java:2:\d+: /],
  ['kotlin', 'src/main/kotlin/App.kt', '@JvmInline\nvalue class Id(val raw: Long)\n\nfun main() {\n    for (i in 0..<2) println("hi ${i + 1}")\n}\n', 'fun main() {\n    val x = \n}\n', /App\.kt:\d+:\d+: /],
  ['rust', 'src/main.rs', 'fn main() {\n    let Some(x) = Some(1) else { return };\n    println!("{x}");\n}\n', 'fn main() {\n    let x = ;\n}\n', /main\.rs:2:\d+: /],
];

describe.each(CASES)('the %s parser', (parser, dest, valid, broken, where) => {
  it(`reads ${dest}`, () => {
    expect(parserFor(dest, valid)).toBe(parser);
  });

  it('passes a valid file', async () => {
    const { report } = await check({ [dest]: valid });
    expect(report.problems).toEqual([]);
    expect(report.parsed.get(parser)).toBe(1);
  });

  it('reports a broken file where it breaks', async () => {
    const { dir, report } = await check({ [dest]: broken });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0].startsWith(path.join(dir, dest))).toBe(true);
    expect(report.problems[0]).toMatch(where);
  });
});

describe('checkSyntax', () => {
  it('reports what php -l reports beyond the grammar: compile errors', async () => {
    const { report } = await check({ 'src/F.php': '<?php\nfunction f($a, $a) {}\n' });
    expect(report.problems).toEqual([expect.stringMatching(/F\.php:2: Redefinition of parameter \$a$/)]);
  });

  it('finds an error tree-sitter marks only on its parent: a missing hidden token', async () => {
    const { report } = await check({ 'Items.cs': 'class A\n{\n    void F() { int x = 1 + ; }\n}\n' });
    expect(report.problems).toEqual([expect.stringMatching(/Items\.cs:3:\d+: missing identifier$/)]);
  });

  it('applies the JavaScript-only rules to a .js file', async () => {
    const { report } = await check({ 'eslint.config.js': 'export default [];\nconst x: number = 1;\n' });
    expect(report.problems).toEqual([expect.stringMatching(/eslint\.config\.js:2:\d+: Type annotations can only be used in TypeScript files/)]);
  });

  it('rejects a bare & in XML, the usual unescaped text', async () => {
    const { report } = await check({ 'pom.xml': '<project>\n  <description>R & D</description>\n</project>\n' });
    expect(report.problems).toHaveLength(1);
  });

  it('reports a file that parses but is not gofmt-formatted', async () => {
    const { report } = await check({ 'main.go': 'package main\nfunc main(){}\n' });
    expect(report.problems).toEqual([expect.stringMatching(/main\.go: not gofmt-formatted$/)]);
  });

  it('checks every file of every tree in one call', async () => {
    const { report } = await check({ 'a.php': '<?php $a = ;', 'b.php': '<?php echo 1;', 'c.php': '<?php }' });
    expect(report.problems.map((p) => path.basename(p.split(':')[0]))).toEqual(['a.php', 'c.php']);
    expect(report.parsed.get('php')).toBe(3);
  });

  it('reports what ruby -c reports beyond the grammar', async () => {
    const { report } = await check({ 'lib/f.rb': 'def f\n  A = 1\nend\n' });
    expect(report.problems).toEqual([expect.stringMatching(/f\.rb:2: dynamic constant assignment$/)]);
  });

  it('never passes a file whose WebAssembly runtime cannot start', async () => {
    // Every call instantiates PHP and Ruby afresh: a failed instantiation is a runtime that cannot load.
    // One Ruby reads both the Ruby and the ERB file.
    const instantiate = vi.spyOn(WebAssembly, 'instantiate').mockRejectedValue(new Error('out of memory'));
    try {
      const { report } = await check({ 'a.php': '<?php echo 1;\n', 'b.rb': 'puts 1\n', 'c.html.twig': '{{ x }}\n', 'd.html.erb': '<%= x %>\n' });
      expect(report.problems).toEqual([
        expect.stringMatching(/^1 file\(s\) not parsed, first .*a\.php: PHP did not run \(out of memory\)$/),
        expect.stringMatching(/^2 file\(s\) not parsed, first .*b\.rb: Ruby did not run \(out of memory\)$/),
        expect.stringMatching(/^1 file\(s\) not parsed, first .*c\.html\.twig: PHP did not run \(out of memory\)$/),
      ]);
    } finally {
      instantiate.mockRestore();
    }
  });

  it('never passes a file whose program is not installed, and needs none for PHP and Ruby', async () => {
    const saved = process.env.PATH;
    process.env.PATH = tempDir('no-tools-');
    try {
      const { report } = await check({ 'a.py': 'x = 1\n', 'main.go': 'package main\n', 'c.php': '<?php echo 1;\n', 'd.rb': 'puts 1\n' });
      expect(report.problems).toEqual([expect.stringMatching(/1 file\(s\) not parsed.*python3 did not run/), expect.stringMatching(/1 Go file\(s\) not parsed: gofmt did not run/)]);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('lists the files it skips and those it cannot check', async () => {
    const { report } = await check({ 'README.md': '# x\n', '.gitignore': 'vendor/\n', Dockerfile: 'FROM php:8.4-cli\n', 'phpstan.neon': 'parameters:\n', 'composer.json': '{}' });
    expect(report.skipped).toEqual(new Map([['.md', 1], ['.gitignore', 1], ['Dockerfile', 1]]));
    expect(report.unchecked).toEqual(['phpstan.neon']);
    expect(describeCoverage(report)).toBe('parsed 1 files (json 1); skipped, nothing to parse: .md 1, .gitignore 1, Dockerfile 1; UNCHECKED, no parser here: phpstan.neon');
  });
});

describe('parserFor', () => {
  it.each([
    ['artisan', '#!/usr/bin/env php\n<?php\n', 'php'],
    ['bin/console', '#!/usr/bin/env php\n<?php\n', 'php'],
    ['bin/rails', '#!/usr/bin/env ruby\nrequire "x"\n', 'ruby'],
    ['resources/views/welcome.blade.php', '<p>{{ $x }}</p>\n', 'php'],
    ['phpunit.xml.dist', '<phpunit/>', 'xml'],
    ['Directory.Build.props', '<Project/>', 'xml'],
    ['nuget.config', '<configuration/>', 'xml'],
    ['Probe.slnx', '<Solution/>', 'xml'],
    ['Gemfile', 'source "https://rubygems.org"\n', 'ruby'],
    ['Rakefile', 'require_relative "config/application"\n', 'ruby'],
    ['config.ru', 'run Rails.application\n', 'ruby'],
    ['lib/tasks/db.rake', 'task :x\n', 'ruby'],
    ['build.gradle.kts', 'plugins {}\n', 'kotlin'],
    ['mvnw', '#!/bin/sh\n', undefined],
  ])('%s -> %s', (dest, contents, parser) => {
    expect(parserFor(dest, contents)).toBe(parser);
  });
});

describe('checkManifests', () => {
  const manifests = (files: Record<string, string>, versions: Record<string, string> = {}, siblings: SourceFile[] = []) =>
    checkManifests(
      Object.entries(files).map(([dest, contents]) => ({ dest, contents })),
      versions,
      siblings,
    );

  it('accepts exact versions and names each manifest', () => {
    const report = manifests({
      'composer.json': JSON.stringify({ require: { php: '>=8.2', 'ext-ctype': '*', 'laravel/framework': '12.3.0' }, 'require-dev': { 'phpunit/phpunit': '11.5.2' } }),
      Gemfile: 'source "https://rubygems.org"\n\ngem "rails", "8.1.1"\ngroup :development do\n  gem \'debug\', "1.11.0", require: "debug/prelude"\nend\n',
      'src/Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Serilog" Version="4.3.0" /><PackageReference Include="xunit" Version="[2.9.3]" /><PackageReference Include="Npgsql"><Version>9.0.4</Version></PackageReference></ItemGroup></Project>',
      'pubspec.yaml': 'name: probe\nenvironment:\n  sdk: ^3.9.0\ndependencies:\n  shelf: 1.4.2\n  shelf_router:\n    version: 1.1.4\ndev_dependencies:\n  flutter_test:\n    sdk: flutter\n  test: 1.26.3\n',
    });
    expect(report.problems).toEqual([]);
    expect(report.detail).toBe('dependencies pinned exactly (composer.json 2, Gemfile 2, src/Api/Api.csproj 3, pubspec.yaml 3); all 0 catalog versions printed');
  });

  it('rejects every range, a missing version and a source other than the registry', () => {
    const report = manifests({
      'composer.json': JSON.stringify({ require: { 'a/caret': '^1.2', 'a/tilde': '~1.2.3', 'a/star': '*', 'a/x': '1.x-dev', 'a/or': '1.0.0 || 2.0.0', 'a/dev': 'dev-main' } }),
      Gemfile: 'gem "pessimistic", "~> 8.1"\ngem "floor", ">= 1.0"\ngem "bare"\ngem "git", git: "https://example.com/x.git"\n',
      'Api.csproj': '<Project><ItemGroup><PackageReference Include="Wild" Version="8.*" /><PackageReference Include="Range" Version="[1.0,2.0)" /><PackageReference Include="None" /></ItemGroup></Project>',
      'pubspec.yaml': 'name: probe\ndependencies:\n  caret: ^1.4.0\n  any: any\n  empty:\n  local:\n    path: ../local\n',
    });
    expect(report.problems).toEqual([
      'composer.json: a/caret "^1.2" is not one exact version',
      'composer.json: a/tilde "~1.2.3" is not one exact version',
      'composer.json: a/star "*" is not one exact version',
      'composer.json: a/x "1.x-dev" is not one exact version',
      'composer.json: a/or "1.0.0 || 2.0.0" is not one exact version',
      'composer.json: a/dev "dev-main" is not one exact version',
      'Gemfile: pessimistic "~> 8.1" is not one exact version',
      'Gemfile: floor ">= 1.0" is not one exact version',
      'Gemfile: bare has no version',
      'Gemfile: git has no version',
      'Api.csproj: Wild "8.*" is not one exact version',
      'Api.csproj: Range "[1.0,2.0)" is not one exact version',
      'Api.csproj: None has no version',
      'pubspec.yaml: caret "^1.4.0" is not one exact version',
      'pubspec.yaml: any "any" is not one exact version',
      'pubspec.yaml: empty has no version',
      'pubspec.yaml: local has no version',
    ]);
  });

  it('reports a manifest that does not parse, and a starter without one', () => {
    expect(manifests({ 'composer.json': '{"require": ' }).problems).toEqual([expect.stringMatching(/^composer\.json: /), 'no dependency manifest (composer.json, Gemfile, *.csproj, pubspec.yaml)']);
    expect(manifests({ 'Api.csproj': '<Project><ItemGroup></Project>' }).problems).toEqual([expect.stringMatching(/^Api\.csproj: .*close tag/), expect.stringMatching(/^no dependency manifest/)]);
  });

  it('requires every catalog version printed by this starter or a sibling app type', () => {
    const files = { 'composer.json': '{"require": {"laravel/framework": "12.3.0"}}', Dockerfile: 'FROM php:8.4.1-cli\n' };
    const sibling = { dest: 'composer.json', contents: '{"require": {"laravel/reverb": "1.6.0"}}' };
    const versions = { laravel: '12.3.0', 'php-image': '8.4.1-cli', reverb: '1.6.0', pint: '1.25.1' };
    expect(manifests(files, versions, [sibling]).problems).toEqual(["the catalog's pint 1.25.1 is in no generated file"]);
  });

  it.each([
    ['1.2.3', true],
    ['v7.3.0', true],
    ['8.0.0.rc1', true],
    ['1.0.0-beta.2', true],
    ['[2.9.3]', true],
    ['^1.2.3', false],
    ['~1.2', false],
    ['~> 1.2', false],
    ['>=1.2', false],
    ['1.2.*', false],
    ['1.x', false],
    ['*', false],
    ['[1.0,2.0)', false],
    ['1.0 - 2.0', false],
  ])('isExactVersion(%s) is %s', (version, exact) => {
    expect(isExactVersion(version)).toBe(exact);
  });
});
