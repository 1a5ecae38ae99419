import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One temporary folder for the whole run, as TMPDIR of every test and of what they spawn: the log files
 * the generator writes beside a project, and folders a killed run could not clean, go with it at the end.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backend-stack-tests-'));
  // Like /tmp: the tests that run as an ordinary user write here too.
  chmodSync(dir, 0o1777);
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
