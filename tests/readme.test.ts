import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { formatHelp, formatList } from '../src/run/report.js';
import { ROOT } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function block(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->\\n\`\`\`text\\n([\\s\\S]*?)\\n\`\`\`\\n<!-- ${name}:end -->`).exec(readme);
  if (!match) throw new Error(`README has no ${name} block`);
  return match[1];
}

describe('README', () => {
  it('shows the current --help', () => {
    expect(block('help')).toBe(formatHelp('create-backend-stack', loadCatalog()).trimEnd());
  });

  it('shows the current --list', () => {
    expect(block('list')).toBe(formatList(loadCatalog()).trimEnd());
  });

  it('has the two quick-start commands, the second being the test command CI runs', () => {
    expect(readme).toMatch(/```sh\nnpm ci && npm link && create-backend-stack my-api .*\nnpm test .*\n```/);
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
