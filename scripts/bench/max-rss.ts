/** Preloaded with --import: prints this process's peak resident memory (KiB) to BENCH_RSS_FILE at exit. */
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
