import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { encoders } from '../src/core/encode.js';
import { HOSTILE } from './hostile.js';

/** What survives encoding: lone surrogates cannot be written as UTF-8 and become U+FFFD. */
const expected = (s: string) => s.replace(/\ud800/g, '\ufffd');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'encode-'));

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

  it('Markdown and HTML text cannot open markup or leave the line', () => {
    for (const s of HOSTILE) {
      const md = encoders.md(s);
      expect(md).not.toMatch(/\n|<[a-z!/]/i);
      expect(encoders.html(s)).not.toMatch(/[<>"']/);
      expect(encoders.comment(s)).not.toMatch(/\n|\*\//);
    }
  });
});
