import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { encoders } from '../src/generate/encode.js';
import { HOSTILE } from '../src/smoke/hostile.js';
import { runPhp, runRuby } from '../scripts/lib/wasm-runtimes.js';
import { tempDir } from './helpers.js';

/** What survives encoding: lone surrogates cannot be written as UTF-8 and become U+FFFD. */
const expected = (s: string) => s.replace(/\ud800/g, '\ufffd');
const fromCodePoints = (line: string) => String.fromCodePoint(...line.split(',').filter(Boolean).map(Number));
const tmp = tempDir('encode-');

describe('encoders', () => {
  it('JSON and JavaScript literals read back as the text', () => {
    for (const s of HOSTILE) {
      expect(JSON.parse(encoders.json(s))).toBe(expected(s));
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the literal is the test
      expect(new Function(`return ${encoders.js(s)};`)()).toBe(expected(s));
    }
  });

  it('YAML scalars read back as the text', () => {
    for (const s of HOSTILE) expect(parseYaml(`key: ${encoders.yaml(s)}\n`).key).toBe(expected(s));
  });

  it('Python and TOML literals read back as the text (CPython parses them)', () => {
    const py = HOSTILE.map((s) => `    ${encoders.py(s)},`).join('\n');
    const toml = HOSTILE.map((s, i) => `k${i} = ${encoders.toml(s)}`).join('\n');
    writeFileSync(path.join(tmp, 'values.py'), `VALUES = [\n${py}\n]\n`);
    writeFileSync(path.join(tmp, 'values.toml'), toml + '\n');
    const out = execFileSync('python3', ['-c', `
import json, sys, tomllib
sys.path.insert(0, ${JSON.stringify(tmp)})
from values import VALUES
with open(${JSON.stringify(path.join(tmp, 'values.toml'))}, 'rb') as f:
    toml = tomllib.load(f)
print(json.dumps({"py": VALUES, "toml": [toml[f"k{i}"] for i in range(len(toml))]}))
`]);
    const { py: fromPy, toml: fromToml } = JSON.parse(out.toString());
    expect(fromPy).toEqual(HOSTILE.map(expected));
    expect(fromToml).toEqual(HOSTILE.map(expected));
  });

  it('Go literals compile and read back as the text', () => {
    const literals = HOSTILE.map((s) => `\t${encoders.go(s)},`).join('\n');
    writeFileSync(
      path.join(tmp, 'main.go'),
      `package main\n\nimport (\n\t"encoding/json"\n\t"os"\n)\n\nvar values = []string{\n${literals}\n}\n\nfunc main() { _ = json.NewEncoder(os.Stdout).Encode(values) }\n`,
    );
    const out = execFileSync('go', ['run', 'main.go'], { cwd: tmp, env: { ...process.env, GO111MODULE: 'off' } });
    expect(JSON.parse(out.toString())).toEqual(HOSTILE.map(expected));
  });

  it('Java literals compile and read back as the text', () => {
    const literals = HOSTILE.map((s) => `    ${encoders.java(s)},`).join('\n');
    // The comment line proves a description in a Java comment cannot end it early (\u000a is a newline to javac).
    writeFileSync(
      path.join(tmp, 'Values.java'),
      `public class Values {\n  // ${encoders.comment('\\u000a \\u002a/ */ end')}\n  static final String[] VALUES = {\n${literals}\n  };\n` +
        '  public static void main(String[] args) {\n    var out = new StringBuilder();\n    for (String v : VALUES) {\n' +
        '      v.codePoints().forEach(c -> out.append(c).append(\',\'));\n      out.append(\'\\n\');\n    }\n' +
        '    System.out.print(out);\n  }\n}\n',
    );
    const out = execFileSync('java', [path.join(tmp, 'Values.java')], { encoding: 'utf8' });
    expect(out.split('\n').slice(0, -1).map(fromCodePoints)).toEqual(HOSTILE.map(expected));
  });

  it('Rust literals compile and read back as the text', () => {
    const literals = HOSTILE.map((s) => `    ${encoders.rust(s)},`).join('\n');
    writeFileSync(
      path.join(tmp, 'values.rs'),
      `const VALUES: &[&str] = &[\n${literals}\n];\n\nfn main() {\n    for v in VALUES {\n` +
        '        let codes: Vec<String> = v.chars().map(|c| (c as u32).to_string()).collect();\n        println!("{},", codes.join(","));\n    }\n}\n',
    );
    execFileSync('rustc', ['--edition', '2021', '-o', path.join(tmp, 'values'), path.join(tmp, 'values.rs')], { stdio: 'pipe' });
    const out = execFileSync(path.join(tmp, 'values'), { encoding: 'utf8' });
    expect(out.split('\n').slice(0, -1).map(fromCodePoints)).toEqual(HOSTILE.map(expected));
  });

  it('PHP literals read back as the text', async () => {
    const literals = HOSTILE.map((s) => `    ${encoders.php(s)},`).join('\n');
    const file = path.join(tmp, 'values.php');
    const { stdout } = await runPhp([file], new Map([[file, `<?php\n$values = [\n${literals}\n];\necho json_encode($values);\n`]]));
    expect(JSON.parse(stdout)).toEqual(HOSTILE.map(expected));
  });

  it('Ruby literals read back as the text', async () => {
    const literals = HOSTILE.map((s) => `  ${encoders.ruby(s)},`).join('\n');
    const { stdout } = await runRuby(`require "json"\nVALUES = [\n${literals}\n].freeze\nprint JSON.generate(VALUES)\n`);
    expect(JSON.parse(stdout)).toEqual(HOSTILE.map(expected));
  });

  it('XML text reads back as the text, minus what XML 1.0 cannot carry', () => {
    const items = HOSTILE.map((s) => `<v a="${encoders.xml(s)}">${encoders.xml(s)}</v>`).join('');
    writeFileSync(path.join(tmp, 'values.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<values>${items}</values>\n`);
    const out = execFileSync('python3', ['-c', `
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
print(json.dumps([[v.text or "", v.get("a")] for v in root]))
`, path.join(tmp, 'values.xml')], { encoding: 'utf8' });
    // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids
    const xmlSafe = (s: string) => expected(s).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\ufffd');
    expect(JSON.parse(out)).toEqual(HOSTILE.map((s) => [xmlSafe(s), xmlSafe(s)]));
  });

  it('Cargo.toml text holds no NUL, which Cargo cannot pass on to rustc', () => {
    expect(encoders.cargo('a\0b "c"')).toBe('"a\uFFFDb \\"c\\""');
  });

  it('POM text leaves Maven no property to expand', () => {
    expect(encoders.pom('${project.description} & ${env.HOME}')).toBe('$ {project.description} &#38; $ {env.HOME}');
  });

  it('Markdown and HTML text cannot open markup or leave the line', () => {
    for (const s of HOSTILE) {
      const md = encoders.md(s);
      expect(md).not.toMatch(/\n|<[a-z!/]/i);
      expect(encoders.html(s)).not.toMatch(/[<>"']/);
      expect(encoders.comment(s)).not.toMatch(/\n|\*\//);
    }
  });
});
