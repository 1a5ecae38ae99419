/**
 * Prints the folder of the newest maintained Node.js LTS binary, downloading it once, for a PATH that
 * runs the Node starters on the Node.js they target when the machine's own is older:
 *
 *   PATH="$(node dist/scripts/node-bin.js):$PATH" npm run smoke
 */
import path from 'node:path';
import { fetchNode, NODE_VERSIONS } from './lib/node-binary.js';

console.log(path.dirname(fetchNode(NODE_VERSIONS.at(-1)!)));
