/**
 * An AsyncAPI document whose values try to break out of every place code generation writes them:
 * enum and const values, defaults, property and model names, descriptions and patterns. Shared by the
 * unit tests (which compile and run the output) and the e2e spec (which looks at the shown code).
 * Plain data with no imports, so Playwright's loader takes it as it is.
 */

/** Each of these escapes a string literal of some language when written between quotes unescaped. */
export const BREAKOUTS = {
  /** Python: an enum value or const in "…" (executes on import). */
  python: 'x"; __import__("os").makedirs("pwned"); Z = "',
  /** Python: a value in '…' (consts, Literal[…]) and in '''…''' (pydantic descriptions). */
  pythonSingle: "y'; __import__('os').makedirs('pwned'); Z = '",
  pythonTriple: "'''+__import__('os').makedirs('pwned')+'''",
  /** Java: an enum value (runs when the enum class is initialised). */
  java: 'ok2" + String.valueOf(new java.io.File("pwned").mkdir()) + "',
  /** C#: the enum's `return "…";` and `case "…":` extension methods. */
  csharpReturn: 'a"; System.IO.Directory.CreateDirectory("pwned"); return "b',
  csharpCase: 'c": System.IO.Directory.CreateDirectory("pwned"); break; case "d',
  /** Rust: `#[serde(rename="…")]` on enum variants and fields. */
  rust: 'r")] pub fn pwned() { let _ = std::fs::create_dir("pwned"); } #[serde(rename="s',
  /** Go: the enum's `[]any{"…"}` values slice. */
  go: 'g", func() any { os.Mkdir("pwned", 0o755); return 1 }(), "h',
  /** TypeScript: enum members and const types. */
  typescript: "t\"; import('node:fs').then((fs) => fs.mkdirSync('pwned')); const u = \"",
  /** Kotlin: string templates run inside "…". */
  kotlin: '${java.io.File("pwned").mkdir()}$pwned',
} as const;

/** Characters that end a literal or a comment somewhere, or that a lexer reads before the parser does. */
export const AWKWARD = [
  'back\\slash\\',
  'new\nline',
  'carriage\rreturn',
  'tab\tand\u0000nul',
  '*/ closes a comment /*',
  'back`tick',
  '#{ruby}',
  '${template}',
  '$dollar',
  '\\u0022 a Java unicode escape',
  '\\u000a\\u002a/ more Java unicode escapes',
  'line\u2028separator\u2029paragraph\u0085next',
  "'''",
  '"""',
  '{{ braces }}',
  'emoji 😀',
];

/** Every hostile string, in one list. */
export const HOSTILE_STRINGS: readonly string[] = [...Object.values(BREAKOUTS), ...AWKWARD];

/** Property names that are not identifiers somewhere, or that a generator renames (and must map back). */
export const HOSTILE_PROPERTY_NAMES = [
  'a"b',
  "a'b",
  'a`b json:"x"',
  'a\\b',
  'a\nb',
  'a,b',
  '*/ name',
  BREAKOUTS.python,
  BREAKOUTS.rust,
  BREAKOUTS.kotlin,
  'my-field',
  '2fa',
  'class',
];

const FILE_NAME = BREAKOUTS.python;

/** The document: a message whose payload holds each kind of hostile value, plus a hostile component. */
export function hostileDocument(): string {
  const enumSchema = { type: 'string', description: AWKWARD.join(' | '), enum: [...HOSTILE_STRINGS] };
  const properties: Record<string, unknown> = {
    kind: { $ref: '#/components/schemas/HostileKind' },
    fixed: { type: 'string', const: BREAKOUTS.python, description: BREAKOUTS.pythonTriple },
    fixedJava: { type: 'string', const: BREAKOUTS.java },
    fixedSingle: { type: 'string', const: BREAKOUTS.pythonSingle },
    fixedTs: { type: 'string', const: BREAKOUTS.typescript },
    withDefault: { type: 'string', default: BREAKOUTS.java, pattern: BREAKOUTS.kotlin },
    inlineKind: { type: 'string', enum: [BREAKOUTS.csharpReturn, BREAKOUTS.csharpCase, BREAKOUTS.go] },
    objectKind: { enum: [{ k: 'x"y\\"z' }, 'plain'] },
  };
  for (const name of HOSTILE_PROPERTY_NAMES) properties[name] = { type: 'string', description: name };
  const document = {
    asyncapi: '3.0.0',
    info: { title: 'Hostile Codegen', version: '1.0.0', description: BREAKOUTS.pythonTriple },
    channels: {
      evil: { address: 'evil', messages: { evilMessage: { $ref: '#/components/messages/evilMessage' } } },
    },
    operations: { sendEvil: { action: 'send', channel: { $ref: '#/channels/evil' }, messages: [{ $ref: '#/channels/evil/messages/evilMessage' }] } },
    components: {
      messages: {
        evilMessage: {
          name: FILE_NAME,
          description: BREAKOUTS.pythonTriple,
          payload: { type: 'object', description: '*/ ' + BREAKOUTS.java, properties, required: ['kind', 'fixed'] },
        },
      },
      schemas: {
        HostileKind: enumSchema,
        Titled: { title: BREAKOUTS.rust, type: 'object', properties: { value: { type: 'integer', enum: [1, 2] } } },
      },
    },
  };
  return JSON.stringify(document, null, 2);
}
