/** Markdown that must never run in the preview, one payload per global it would set. */
const HOSTILE = [
  '<script>window.__xss1=1</script>',
  '<img src=x onerror="window.__xss2=1">',
  '[click](javascript:window.__xss3=1)',
  '<iframe src="javascript:window.__xss4=1"></iframe>',
  '<svg><script>window.__xss5=1</script></svg>',
  '<svg onload="window.__xss6=1"></svg>',
  '![tracker](https://tracker.example/pixel.png)',
].join('\n\n');

export const XSS_GLOBALS = ['__xss1', '__xss2', '__xss3', '__xss4', '__xss5', '__xss6', '__xss7'];

/** A valid 3.0 document with the hostile Markdown in its descriptions and a script externalDocs url. */
export function hostileDocument(): string {
  const text = JSON.stringify(HOSTILE);
  return `asyncapi: 3.0.0
info:
  title: Hostile Docs
  version: 1.0.0
  description: ${text}
  externalDocs:
    description: docs
    url: "javascript:window.__xss7=1"
channels:
  evil:
    address: evil
    description: ${text}
    messages:
      bad:
        description: ${text}
        payload:
          type: object
          properties:
            field: { type: string, description: ${text} }
operations:
  doEvil:
    action: send
    channel: { $ref: '#/channels/evil' }
    description: ${text}
`;
}
