/**
 * Encoders for user text (description, author) in each target format. Templates never print user text
 * raw; they call one of these, named after the format they print into, so a later format with different
 * rules changes one function and no template.
 */

/** Lone surrogates cannot be written as UTF-8, and Go rejects them even as escapes. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const hex4 = (c: string) => '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * A double-quoted literal valid in JSON, JavaScript/TypeScript, Python, Go, TOML and YAML alike:
 * JSON's escapes are a subset of each, and the characters some of them refuse raw (DEL, C1 controls,
 * line/paragraph separators, BOM) are escaped too.
 */
function quoted(text: string): string {
  return JSON.stringify(wellFormed(text)).replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, hex4);
}

/** Inline Markdown text: one line, punctuation that could start markup escaped, no raw HTML. */
function markdown(text: string): string {
  return wellFormed(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

function html(text: string): string {
  return wellFormed(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text for a line comment: one line, and no sequence that could close a block comment. */
function comment(text: string): string {
  return wellFormed(text).replace(/\s+/g, ' ').replace(/\*\//g, '* /').replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, ' ').trim();
}

export const encoders = {
  json: quoted,
  js: quoted,
  py: quoted,
  go: quoted,
  toml: quoted,
  yaml: quoted,
  md: markdown,
  html,
  comment,
} as const;

export type Encoders = typeof encoders;
