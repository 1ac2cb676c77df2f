import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFiles, parseCorpus } from './codegenTestKit';
import { emitCommonJs, run, typeErrors, writeFiles } from './toolchains';

/**
 * Issue 14: kraken's generated TypeScript named `event`, `connectionID` and `status` `reservedEvent`,
 * `connectionId` and `reservedStatus`, so no JSON message fitted its own model. A corpus example message
 * now goes through the generated TypeScript and comes out as it went in.
 */

const KRAKEN = 'spec-examples/3.0.0/kraken-websocket-request-reply-multiple-channels-asyncapi.yml';
const work = mkdtempSync(join(tmpdir(), 'studio-kraken-ts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function krakenExamples() {
  const document = await parseCorpus(KRAKEN);
  const message = document.allMessages().all().find((m) => m.id() === 'subscriptionStatus')!;
  const payloads = message.examples().all().map((e) => e.payload() as Record<string, unknown>);
  expect(payloads.length).toBe(2);
  return { document, success: payloads.find((p) => 'channelID' in p)!, error: payloads.find((p) => 'errorMessage' in p)! };
}

describe('kraken: generated TypeScript fits the wire', () => {
  it('SystemStatus declares the JSON field names', async () => {
    const { document } = await krakenExamples();
    const file = (await generateFiles(document, 'typescript')).find((f) => f.modelName === 'SystemStatus')!;
    const keys = [...file.content.matchAll(/^\s+([\w"-]+)\??:/gm)].map((m) => m[1]);
    expect(keys).toEqual(['event', 'connectionID', 'status', 'version']);
  });

  it('interfaces: every field of the example message is a field of SubscriptionStatus', async () => {
    const { document, success } = await krakenExamples();
    const files = await generateFiles(document, 'typescript', { variant: 'interface' });
    const root = join(work, 'interfaces');
    const use = `import type { SubscriptionStatus } from './models/SubscriptionStatus';\nexport const message: SubscriptionStatus = ${JSON.stringify(success)};\n`;
    const paths = writeFiles(root, [...files.map((f) => ({ ...f, path: f.path.replace('src/', '') })), { path: 'example.ts', content: use }]);
    // The example disagrees with its own schema on two values (a string `pair`, status "unsubscribed");
    // what matters here is that no name is unknown or missing.
    const errors = typeErrors(paths);
    expect(errors.filter((e) => /known properties|is missing|does not exist/.test(e))).toEqual([]);
    expect(errors.length).toBeLessThanOrEqual(2);
  });

  it('classes: each example, deserialized by its class and stringified, is the example again', async () => {
    const { document, success, error } = await krakenExamples();
    const files = await generateFiles(document, 'typescript', { variant: 'class' });
    const root = join(work, 'classes');
    const driver = `import { SubscriptionStatusSuccess } from './models/SubscriptionStatusSuccess';
import { SubscriptionStatusError } from './models/SubscriptionStatusError';
const [success, error] = process.argv.slice(2);
console.log(JSON.stringify([new SubscriptionStatusSuccess(JSON.parse(success)), new SubscriptionStatusError(JSON.parse(error))]));
`;
    const paths = writeFiles(root, [...files.map((f) => ({ ...f, path: f.path.replace('src/', '') })), { path: 'driver.ts', content: driver }]);
    // The error example does not match its own schema (a string `pair`, status "error"): only emitted here.
    emitCommonJs(paths, root, join(root, 'out'));
    const [successOut, errorOut] = JSON.parse(run('node', [join(root, 'out', 'driver.js'), JSON.stringify(success), JSON.stringify(error)], root)) as unknown[];
    expect(successOut).toEqual(success);
    expect(errorOut).toEqual(error);
  });
});
