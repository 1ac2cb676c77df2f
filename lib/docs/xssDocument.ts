/** Markup that must never come alive in rendered documentation, each in a Markdown description. */
export const HOSTILE_MARKDOWN = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '[x](javascript:alert(3))',
  '[y](JaVa\tScRiPt:alert(4))',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg><script>alert(5)</script></svg>',
  '<a href="javascript:alert(6)" onclick="alert(7)">z</a>',
  '![pic](https://evil.example/track.png)',
  '[d](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)',
].join('\n\n');

/** A valid 3.0 document carrying the hostile Markdown in every description field the export shows. */
export function hostileDocument(): string {
  const text = JSON.stringify(HOSTILE_MARKDOWN);
  return `asyncapi: 3.0.0
info:
  title: "<script>alert('title')</script> Hostile"
  version: 1.0.0
  description: ${text}
  externalDocs: { url: "javascript:alert(9)" }
channels:
  evil:
    address: "evil/<b>{id}</b>"
    description: ${text}
    parameters:
      id: { description: ${text} }
    messages:
      bad:
        name: "<img src=x onerror=alert(10)>"
        description: ${text}
        payload:
          type: object
          properties:
            "<svg onload=alert(11)>": { type: string, description: ${text} }
operations:
  doEvil:
    action: send
    channel: { $ref: '#/channels/evil' }
    description: ${text}
`;
}

/** Every tag in the HTML, as written: what a browser would turn into elements. */
export function tagsIn(html: string): string[] {
  return html.match(/<[a-zA-Z!/][^>]*>/g) ?? [];
}
