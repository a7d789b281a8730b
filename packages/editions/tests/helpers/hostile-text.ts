/** Hostile text for the fuzz tests (fast-check): random strings built from the pieces attackers use. */
import fc from 'fast-check';

/** The pieces hostile text is made of: Markdown, HTML, i18next syntax, URLs, invisible and control characters. */
export const piece = fc.constantFrom(
  '*', '_', '**', '[', ']', '(', ')', '![', '](', '`', '\\', '\n', ' ', '"', "'", '&', '&lt;', '&#x3c;', '<', '>',
  'text', '日本語', '한국어', 'https://a.example/x', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="https://evil.example">', '</a>', '<svg onload=alert(1)>',
  '<https://b.example>', 'www.c.example', '[ref]', '[ref]: https://d.example', '{{x}}', '{{- x}}', '{{x, uppercase}}', '$t(ui:site.name)',
  '[x](https://a.example/x)', '[y](https://evil.example/)', '![i](https://evil.example/p.png)', '[z](<https://evil.example/a b>)', '[w](#p-083f09)',
  '\u0001', '\u001b[2J', '\ufffe', '\u200b', '\u00ad', '\u202e', '\ud800', ']]>', '<!--', '-->', '<?x?>', '<![CDATA[',
);
export const hostileText = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
