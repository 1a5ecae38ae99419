import type { VariantReport } from './run.js';

/**
 * JUnit XML as CI dashboards read it: a test suite per variant, a test case per step, the failing step's
 * detail (the command's output tail) in its failure. A variant that was only parsed says so in its
 * properties; one that could not be checked at all is a skipped case, never a passed one.
 */
export function junitXml(reports: readonly VariantReport[]): string {
  const cases = (r: VariantReport) => r.steps.length + (r.result === 'not-checked' ? 1 : 0);
  const failures = reports.reduce((n, r) => n + r.steps.filter((s) => !s.ok).length, 0);
  const seconds = reports.reduce((n, r) => n + r.seconds, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="backend-stack smoke" tests="${reports.reduce((n, r) => n + cases(r), 0)}" failures="${failures}" time="${seconds.toFixed(1)}">`,
  ];
  for (const r of reports) {
    const skipped = r.result === 'not-checked' ? 1 : 0;
    lines.push(
      `  <testsuite name="${attr(r.label)}" tests="${cases(r)}" failures="${r.steps.filter((s) => !s.ok).length}" skipped="${skipped}" time="${r.seconds.toFixed(1)}">`,
      '    <properties>',
      `      <property name="stack" value="${attr(r.stack)}"/>`,
      `      <property name="app-type" value="${attr(r.appType)}"/>`,
      `      <property name="database" value="${attr(r.database ?? 'default')}"/>`,
      `      <property name="result" value="${r.result}"/>`,
      `      <property name="log" value="${attr(r.log)}"/>`,
      '    </properties>',
    );
    for (const step of r.steps) {
      const head = `    <testcase classname="${attr(r.label)}" name="${attr(step.step)}" time="${step.seconds.toFixed(1)}"`;
      if (step.ok) lines.push(`${head}/>`);
      else lines.push(`${head}>`, `      <failure message="${attr(step.detail.split('\n')[0])}">${text(step.detail)}</failure>`, '    </testcase>');
    }
    if (skipped) lines.push(`    <testcase classname="${attr(r.label)}" name="checked" time="0"><skipped message="no parser for this stack's files at hand"/></testcase>`);
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
