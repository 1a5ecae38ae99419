/** User text chosen to break every target format a template prints into. */
export const HOSTILE: readonly string[] = [
  `It's "quoted" and 'single' and \`back\``,
  'back\\slash \\n \\u0041 \\',
  '${process.exit(1)} #{system("x")} {{ template }} {% block %} <%= ejs %> %>',
  'line one\nline two\r\nthree\ttab',
  '*/ /* <!-- --> ]]> <script>alert(1)</script> & &amp;',
  'NUL\u0000 BEL\u0007 ESC\u001b DEL\u007f C1\u0085',
  'rtl \u202eevil\u202c sep\u2028para\u2029 bom\ufeff',
  'emoji 🚀 and 中文 and Ünïcödé',
  'lone surrogate \ud800 end',
  '--- yes: no\n- [a, b]\n# comment\n? key',
  '"""triple""" \'\'\'triple\'\'\'',
  'x'.repeat(2000),
];

/**
 * Every hostile string at once (the 2,000-character one shortened): what the smoke puts in the
 * description and author of the starters it builds, so each is proven to build and pass its own lint
 * and tests with it.
 */
export const WORST = HOSTILE.map((text) => text.slice(0, 200)).join(' | ');
