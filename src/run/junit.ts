/** A test suite of a JUnit report: one proven thing (a starter, a server) and its checks. */
export interface Suite {
  name: string;
  seconds: number;
  properties: Record<string, string>;
  cases: Case[];
}

export interface Case {
  name: string;
  seconds: number;
  /** Absent: passed. */
  failure?: { message: string; detail: string };
  /** Not run, and why: reported as skipped, never as passed. */
  skipped?: string;
}

/** JUnit XML as CI dashboards read it, whatever the text of the checks holds. */
export function junitXml(name: string, suites: readonly Suite[]): string {
  const count = (s: Suite, which: (c: Case) => boolean) => s.cases.filter(which).length;
  const total = (which: (c: Case) => boolean) => suites.reduce((n, s) => n + count(s, which), 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${total(() => true)}" failures="${total((c) => !!c.failure)}" skipped="${total((c) => !!c.skipped)}" time="${suites.reduce((n, s) => n + s.seconds, 0).toFixed(1)}">`,
  ];
  for (const suite of suites) {
    lines.push(
      `  <testsuite name="${attr(suite.name)}" tests="${suite.cases.length}" failures="${count(suite, (c) => !!c.failure)}" skipped="${count(suite, (c) => !!c.skipped)}" time="${suite.seconds.toFixed(1)}">`,
      '    <properties>',
      ...Object.entries(suite.properties).map(([key, value]) => `      <property name="${attr(key)}" value="${attr(value)}"/>`),
      '    </properties>',
    );
    for (const c of suite.cases) {
      const head = `    <testcase classname="${attr(suite.name)}" name="${attr(c.name)}" time="${c.seconds.toFixed(1)}"`;
      if (c.failure) lines.push(`${head}>`, `      <failure message="${attr(c.failure.message)}">${text(c.failure.detail)}</failure>`, '    </testcase>');
      else if (c.skipped) lines.push(`${head}>`, `      <skipped message="${attr(c.skipped)}"/>`, '    </testcase>');
      else lines.push(`${head}/>`);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}

/** Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/F) become U+FFFD. */
function xmlChars(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
}

function text(value: string): string {
  return xmlChars(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function attr(value: string): string {
  return text(value).replaceAll('"', '&quot;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;').replaceAll('\t', '&#9;');
}
