/**
 * Rewrites the README blocks that show `--help` and `--list` from the code and the catalog
 * (`npm run readme`); tests/readme.test.ts fails when they drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../src/catalog/load.js';
import { packageRoot } from '../src/paths.js';
import { formatHelp, formatList } from '../src/run/report.js';

const file = path.join(packageRoot(), 'README.md');
let readme = readFileSync(file, 'utf8');
const catalog = loadCatalog();
const blocks: Record<string, string> = { help: formatHelp('create-backend-stack', catalog), list: formatList(catalog) };
for (const [name, text] of Object.entries(blocks)) {
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*?<!-- ${name}:end -->`);
  readme = readme.replace(pattern, () => `<!-- ${name}:start -->\n\`\`\`text\n${text.trimEnd()}\n\`\`\`\n<!-- ${name}:end -->`);
}
writeFileSync(file, readme);
