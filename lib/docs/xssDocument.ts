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

/**
 * A valid 3.0 document whose fields that are not Markdown (ids, addresses, titles, protocol, host, server
 * variables, property names, formats, enum and const values, examples, bindings, URLs) carry HTML and
 * script links, each a different number so a leak says where it came from.
 */
export function hostileFieldsDocument(): string {
  return `asyncapi: 3.0.0
info:
  title: "<script>alert(1)</script> Fields"
  version: "<img src=x onerror=alert(2)>"
  externalDocs: { description: "<b>docs</b>", url: "javascript:alert(3)" }
  tags:
    - name: "<i onmouseover=alert(4)>tag</i>"
servers:
  "<svg onload=alert(5)>":
    host: "h<iframe src=javascript:alert(6)>:{port}"
    protocol: "ws<script>alert(7)</script>"
    description: "[x](<javascript:alert(8)>) [y](javascript&#58;alert(9))"
    variables:
      port:
        default: "<img src=x onerror=alert(10)>"
        enum: ["<img src=x onerror=alert(10)>", "a|<script>alert(11)</script>"]
        description: "<details open ontoggle=alert(12)>"
channels:
  "<b>chan</b>":
    address: "room/<img src=x onerror=alert(13)>/{id}"
    parameters:
      id: { description: "<script>alert(14)</script>", location: "$message.payload#/<b>x</b>" }
    bindings:
      ws: { method: GET, query: { type: object, properties: { "</code><script>alert(15)</script>": { type: string } } } }
    messages:
      evil:
        name: "<img src=x onerror=alert(16)>"
        title: "<script>alert(17)</script>"
        summary: "<script>alert(18)</script>"
        contentType: "text/<script>"
        externalDocs: { url: "JaVaScRiPt:alert(19)" }
        payload:
          type: object
          properties:
            "<svg onload=alert(20)>":
              type: string
              format: "<img src=x onerror=alert(21)>"
              enum: ["<script>alert(22)</script>", "\`\`\`"]
            fixed:
              const: "</td><script>alert(23)</script>"
        examples:
          - name: "<script>alert(24)</script>"
            summary: "[s](javascript:alert(25))"
            payload: { fixed: "\`\`\`\\n<img src=x onerror=alert(26)>" }
operations:
  "<b>op</b>":
    action: send
    channel: { $ref: '#/channels/%3Cb%3Echan%3C~1b%3E' }
    summary: "<script>alert(27)</script>"
`;
}
