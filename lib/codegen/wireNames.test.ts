import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { generateFiles, parseText } from './codegenTestKit';
import { tokenize } from './sourceTokens';
import { CARGO_OFFLINE_CONFIG, CARGO_TARGET_DIR, TOOLS, emitCommonJs, jacksonClasspath, missing, run, typeErrors, writeFiles } from './toolchains';

/**
 * Issue 14: generated names must map back to the JSON's field names. A payload whose field names a
 * generator renames (`connectionID`, `event`, `status`, `reserved`, `class`, `my-field`, `2fa`) is read
 * from its wire JSON and written back by each language's generated model, where the language runs here;
 * C# and Kotlin (no compiler) are checked for a JSON-name annotation on every renamed field.
 */

const WIRE_DOCUMENT = `asyncapi: 3.0.0
info: { title: Wire names, version: 1.0.0 }
channels:
  status:
    address: status
    messages:
      systemStatus: { $ref: '#/components/messages/systemStatus' }
operations:
  sendStatus: { action: send, channel: { $ref: '#/channels/status' } }
components:
  messages:
    systemStatus:
      payload: { $ref: '#/components/schemas/SystemStatus' }
  schemas:
    SystemStatus:
      type: object
      additionalProperties: false
      required: [event, connectionID]
      properties:
        event: { type: string, const: systemStatus }
        connectionID: { type: integer }
        status: { $ref: '#/components/schemas/Status' }
        reserved: { type: boolean }
        class: { type: string }
        my-field: { type: string }
        2fa: { type: string }
    Status: { type: string, enum: [online, maintenance] }
    Open:
      type: object
      additionalProperties: { type: string }
      properties:
        my-field: { type: string }
`;

const EXAMPLE = { event: 'systemStatus', connectionID: 42, status: 'online', reserved: true, class: 'gold', 'my-field': 'x', '2fa': '123456' };
const WIRE_NAMES = Object.keys(EXAMPLE);
const exampleJson = JSON.stringify(EXAMPLE);
const OPEN_JSON = '{"my-field":"a","extra":"kept","constructor":"c","__proto__":{"polluted":true}}';

const work = mkdtempSync(join(tmpdir(), 'studio-wire-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let document: AsyncAPIDocumentInterface;
beforeAll(async () => {
  document = await parseText(WIRE_DOCUMENT);
}, 60_000);

/** Values of one annotation (e.g. `JsonPropertyName(`) in a source, decoded as the language reads them. */
function annotated(language: 'csharp' | 'kotlin', source: string, annotation: RegExp): string[] {
  const tokens = tokenize(language, source);
  return tokens.flatMap((token, i) => (token.kind === 'string' && annotation.test(tokens[i - 1]?.text ?? '') ? [token.value!] : []));
}

describe('TypeScript keeps the wire names', () => {
  it('interfaces: the wire JSON type-checks as the model (and a renamed field would not)', async () => {
    const files = await generateFiles(document, 'typescript', { variant: 'interface' });
    const root = join(work, 'ts-interface');
    const use = (example: object) => `import type { SystemStatus } from './models/SystemStatus';\nexport const message: SystemStatus = ${JSON.stringify(example)};\n`;
    const paths = writeFiles(root, [...files.map((f) => ({ ...f, path: f.path.replace('src/', '') })), { path: 'good.ts', content: use(EXAMPLE) }]);
    expect(typeErrors(paths)).toEqual([]);
    const renamed = writeFiles(root, [{ path: 'renamed.ts', content: use({ ...EXAMPLE, connectionID: undefined, connectionId: 42 }) }]);
    expect(typeErrors([...paths, ...renamed]).join('\n')).toContain('connectionId');
  });

  it('classes: constructed from the parsed JSON, they stringify to the same JSON', async () => {
    const files = await generateFiles(document, 'typescript', { variant: 'class' });
    const root = join(work, 'ts-class');
    const driver = `import { SystemStatus } from './models/SystemStatus';
import { Open } from './models/Open';
const open = new Open(JSON.parse(${JSON.stringify(OPEN_JSON)}));
console.log(JSON.stringify([new SystemStatus(JSON.parse(${JSON.stringify(exampleJson)})), open, Object.getPrototypeOf(open) === Open.prototype]));
`;
    const paths = writeFiles(root, [...files.map((f) => ({ ...f, path: f.path.replace('src/', '') })), { path: 'driver.ts', content: driver }]);
    expect(emitCommonJs(paths, root, join(root, 'out'))).toEqual([]);
    const [status, open, prototypeKept] = JSON.parse(run('node', [join(root, 'out', 'driver.js')], root)) as unknown[];
    expect(status).toEqual(EXAMPLE);
    // Additional properties the schema allows are kept as data, `__proto__` and `constructor` included.
    expect(open).toEqual(JSON.parse(OPEN_JSON));
    expect(Object.keys(open as object)).toEqual(['my-field', 'extra', 'constructor', '__proto__']);
    expect(prototypeKept).toBe(true);
  });
});

describe('Java: Jackson reads and writes the wire names', () => {
  it.for(['class', 'record'])(`%s${missing('javac', 'install a JDK')}${missing('jackson', 'apt-get install libjackson2-databind-java')}`, async (variant, { skip }) => {
    if (!TOOLS.javac || !TOOLS.jackson) skip();
    const files = await generateFiles(document, 'java', { variant, annotations: true, packageName: 'wire' });
    const root = join(work, `java-${variant}`);
    const driver = `import com.fasterxml.jackson.databind.ObjectMapper;
public class RoundTrip {
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    System.out.print(mapper.writeValueAsString(mapper.readValue(args[0], wire.SystemStatus.class)));
  }
}`;
    const paths = writeFiles(root, [...files, { path: 'RoundTrip.java', content: driver }]);
    run('javac', ['-encoding', 'UTF-8', '-proc:none', '-nowarn', '-cp', jacksonClasspath, '-d', join(root, 'classes'), ...paths], root);
    expect(JSON.parse(run('java', ['-cp', `${join(root, 'classes')}:${jacksonClasspath}`, 'RoundTrip', exampleJson], root))).toEqual(EXAMPLE);
  });
});

describe('Python reads the wire names', () => {
  it(`plain classes: each wire field lands in its property, and to_dict() gives the wire JSON back${missing('python', 'install python3')}`, async ({ skip }) => {
    if (!TOOLS.python) skip();
    const root = join(work, 'python');
    writeFiles(root, await generateFiles(document, 'python', { variant: 'plain', packageName: 'wire' }));
    const script = `import enum, json, sys
from wire.system_status import SystemStatus
model = SystemStatus(json.loads(sys.argv[1]))
values = [getattr(model, name) for name, member in vars(SystemStatus).items() if isinstance(member, property)]
print(json.dumps([[value.value if isinstance(value, enum.Enum) else value for value in values], model.to_dict()]))`;
    const [values, dict] = JSON.parse(run('python3', ['-c', script, exampleJson], root)) as unknown[];
    expect(values).toEqual(Object.values(EXAMPLE));
    expect(dict).toEqual(EXAMPLE);
  });

  it('pydantic: validated from the wire JSON, dumped by alias back to it (where pydantic is installed)', async ({ skip }) => {
    if (!TOOLS.python || run('python3', ['-c', 'import importlib.util as u; print(bool(u.find_spec("pydantic")))'], work).trim() !== 'True') skip();
    const root = join(work, 'pydantic');
    writeFiles(root, await generateFiles(document, 'python', { variant: 'pydantic', packageName: 'wire' }));
    const script = `import json, sys
from wire.system_status import SystemStatus
print(SystemStatus.model_validate(json.loads(sys.argv[1])).model_dump_json(by_alias=True))`;
    expect(JSON.parse(run('python3', ['-c', script, exampleJson], root))).toEqual(EXAMPLE);
  });
});

it(`Go: the struct tags carry the wire names through json.Unmarshal and json.Marshal${missing('go', 'apt-get install golang-go')}`, async ({ skip }) => {
  if (!TOOLS.go) skip();
  const root = join(work, 'go');
  const main = `package main

import (
\t"encoding/json"
\t"fmt"
\t"os"
\t"wire/models"
)

func main() {
\tvar status models.SystemStatus
\tif err := json.Unmarshal([]byte(os.Args[1]), &status); err != nil {
\t\tpanic(err)
\t}
\tout, err := json.Marshal(status)
\tif err != nil {
\t\tpanic(err)
\t}
\tfmt.Print(string(out))
}
`;
  writeFiles(root, [...(await generateFiles(document, 'go', { annotations: true, packageName: 'models' })), { path: 'go.mod', content: 'module wire\n\ngo 1.19\n' }, { path: 'cmd/roundtrip/main.go', content: main }]);
  expect(JSON.parse(run('go', ['run', './cmd/roundtrip', exampleJson], root, { GOFLAGS: '-mod=mod' }))).toEqual(EXAMPLE);
});

it(`Rust: serde renames carry the wire names through serde_json${missing('cargo', 'apt-get install librust-serde-derive-dev librust-serde-json-dev')}`, async ({ skip }) => {
  if (!TOOLS.cargo) skip();
  const crate = join(work, 'rust');
  const example = `fn main() {
    let input = std::env::args().nth(1).unwrap();
    let status: wire_models::SystemStatus = serde_json::from_str(&input).unwrap();
    print!("{}", serde_json::to_string(&status).unwrap());
}
`;
  writeFiles(crate, [
    ...(await generateFiles(document, 'rust', { packageName: 'wire-models' })),
    { path: '.cargo/config.toml', content: CARGO_OFFLINE_CONFIG },
    { path: 'examples/roundtrip.rs', content: example },
  ]);
  const out = run('cargo', ['run', '--quiet', '--offline', '--example', 'roundtrip', '--', exampleJson], crate, { CARGO_TARGET_DIR, RUSTFLAGS: '-A warnings' });
  expect(JSON.parse(out)).toEqual(EXAMPLE);
}, 300_000);

describe('C# and Kotlin name each renamed field by its wire name', () => {
  it.each(['class', 'record'])('C# %s: a JsonPropertyName on every property', async (variant) => {
    const file = (await generateFiles(document, 'csharp', { variant })).find((f) => f.modelName === 'SystemStatus')!;
    expect(annotated('csharp', file.content, /JsonPropertyName\($/).sort()).toEqual([...WIRE_NAMES].sort());
  });

  it('Kotlin: a JsonProperty on every property whose Kotlin name differs, the others keep the wire name', async () => {
    const file = (await generateFiles(document, 'kotlin')).find((f) => f.modelName === 'SystemStatus')!;
    const renamed = new Set(annotated('kotlin', file.content, /@param:JsonProperty\($/));
    const kept = WIRE_NAMES.filter((name) => !renamed.has(name));
    expect(kept.every((name) => new RegExp(`val ${name}:`).test(file.content))).toBe(true);
    expect([...renamed, ...kept].sort()).toEqual([...WIRE_NAMES].sort());
    expect(renamed.size).toBeGreaterThan(0);
  });
});
