import { table } from '../run/report.js';
import type { Row } from './check.js';

/** What the report says about one pin, after its versions. */
export function standingText(row: Row): string {
  if (row.result === 'failed') return `failed: ${row.reason}`;
  if (row.result === 'not-checked') return `not checked: ${row.reason}${row.held ? ` (held: ${row.held})` : ''}`;
  const parts: string[] = [];
  if (row.lineLag !== 'current') parts.push(`${row.lineLag} behind on its line`);
  if (row.lag !== 'current' && row.newest !== row.onLine) parts.push(`${row.lag} behind overall`);
  if (parts.length && row.held) parts[parts.length - 1] += ` (held: ${row.held})`;
  if (!parts.length) parts.push('current');
  if (row.reason) parts.push(row.reason);
  return parts.join('; ');
}

export function formatRows(rows: Row[]): string {
  return table([['STACK', 'KEY', 'PINNED', 'ON ITS LINE', 'NEWEST', 'STANDING'], ...rows.map((r) => [r.stack, r.key, r.pinned, r.onLine ?? '-', r.newest ?? '-', standingText(r)])]);
}

export interface Summary {
  pins: number;
  current: number;
  /** Behind the newest release of their own line, by a patch or a minor, held there on purpose or not. */
  behindOnLine: { patch: number; minor: number; held: number };
  /** Current on their line, with a newer line out: lagging, or held on purpose. */
  olderLine: number;
  held: number;
  notChecked: number;
  failed: number;
}

export function summarize(rows: Row[]): Summary {
  const checked = rows.filter((r) => r.result === 'checked');
  const olderLine = checked.filter((r) => r.lineLag === 'current' && r.lag !== 'current');
  return {
    pins: rows.length,
    current: checked.filter((r) => r.lag === 'current').length,
    behindOnLine: {
      patch: checked.filter((r) => r.lineLag === 'patch').length,
      minor: checked.filter((r) => r.lineLag === 'minor').length,
      held: checked.filter((r) => r.lineLag !== 'current' && r.held).length,
    },
    olderLine: olderLine.length,
    held: olderLine.filter((r) => r.held).length,
    notChecked: rows.filter((r) => r.result === 'not-checked').length,
    failed: rows.filter((r) => r.result === 'failed').length,
  };
}

export function formatSummary(s: Summary): string {
  return (
    `outdated: ${s.pins} pins: ${s.current} current, ${s.behindOnLine.patch + s.behindOnLine.minor} behind on their line ` +
    `(${s.behindOnLine.patch} a patch, ${s.behindOnLine.minor} a minor; ${s.behindOnLine.held} held on purpose), ` +
    `${s.olderLine} on an older line (${s.held} of them held on purpose), ${s.notChecked} not checked, ${s.failed} failed`
  );
}
