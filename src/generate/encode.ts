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
 * Characters no literal keeps raw: controls, separators some languages treat as line ends, the BOM, and
 * the bidirectional controls that can make code read differently from how it runs (Rust refuses them).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/;

/**
 * A double-quoted literal valid in JSON, JavaScript/TypeScript, Python, Go, TOML and YAML alike:
 * JSON's escapes are a subset of each, and every UNSAFE character is escaped too.
 */
function quoted(text: string): string {
  return JSON.stringify(wellFormed(text)).replace(new RegExp(UNSAFE.source, 'g'), hex4);
}

/**
 * A double-quoted literal for a C-like language: `escapes` spells the characters the language gives a
 * name to (or must escape, like an interpolation sigil); any other unsafe character is written by `other`.
 */
function literal(escapes: Record<string, string>, other: (code: number) => string): (text: string) => string {
  return (text) => {
    let out = '"';
    for (const ch of wellFormed(text)) out += escapes[ch] ?? (UNSAFE.test(ch) ? other(ch.codePointAt(0)!) : ch);
    return out + '"';
  };
}

const COMMON: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const braced = (code: number) => `\\u{${code.toString(16).toUpperCase()}}`;
const four = (code: number) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Java turns \uXXXX into characters before it reads a literal; the ones that would end it (line breaks,
 * quote, backslash) have named escapes, so the others may stay \uXXXX.
 */
const java = literal({ ...COMMON, '\b': '\\b', '\f': '\\f' }, four);
const kotlin = literal({ ...COMMON, '\b': '\\b', $: '\\$' }, four);
const rust = literal({ ...COMMON, '\0': '\\0' }, braced);
const php = literal({ ...COMMON, $: '\\$', '\v': '\\v', '\f': '\\f', '\u001b': '\\e' }, braced);
const ruby = literal({ ...COMMON, '#': '\\#' }, braced);
const csharp = literal(COMMON, four);
const dart = literal({ ...COMMON, $: '\\$', '\b': '\\b', '\f': '\\f' }, braced);

/**
 * XML element text or a double-quoted attribute value. XML 1.0 cannot carry most control characters even
 * as references, so they become U+FFFD; line breaks and tabs are references so attributes keep them.
 */
function xml(text: string): string {
  return wellFormed(text)
    // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
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

/**
 * A TOML string in Cargo.toml's package table: Cargo hands description and authors to rustc as
 * environment variables, which cannot hold a NUL, so that one character becomes U+FFFD.
 */
function cargo(text: string): string {
  return quoted(text.replace(/\0/g, '\uFFFD'));
}

/**
 * XML text in a Maven POM: Maven expands `${...}` after parsing the XML and offers no escape, so the
 * sequence is broken up.
 */
function pom(text: string): string {
  return xml(text.replaceAll('${', '$ {'));
}

/**
 * Text for a line comment: one line, no sequence that could close a block comment, and no \u that Java
 * would read as a character escape even inside a comment.
 */
function comment(text: string): string {
  return wellFormed(text)
    .replace(/\s+/g, ' ')
    .replace(/\*\//g, '* /')
    .replace(/\\u/g, '\\ u')
    .replace(new RegExp(UNSAFE.source, 'g'), ' ')
    .trim();
}

export const encoders = {
  json: quoted,
  js: quoted,
  py: quoted,
  go: quoted,
  toml: quoted,
  cargo,
  yaml: quoted,
  java,
  kotlin,
  rust,
  php,
  ruby,
  csharp,
  dart,
  xml,
  pom,
  md: markdown,
  html,
  comment,
} as const;

export type Encoders = typeof encoders;
