import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export type LiveFixture = 'websocket' | 'mqtt' | 'nats' | 'stomp' | 'http' | 'kafka';

/** A fixture document of e2e/fixtures/live/ with its server pointing at `host` (host:port of the test's own server). */
export function liveDocument(name: LiveFixture, host = 'unused.example.com'): string {
  return readFileSync(resolve(__dirname, '..', 'fixtures', 'live', `${name}.yaml`), 'utf8').replaceAll('__HOST__', host);
}

/** The `host:port` of a server URL (`ws://127.0.0.1:4321/ws` → `127.0.0.1:4321`). */
export const hostOf = (url: string) => new URL(url).host;

/**
 * Opens a document as AsyncAPI Studio's `?base64=` links do (in a tab of its own beside any saved work), and
 * waits for it to be valid: the Try panel works from the last valid version. The first analysis loads the parser
 * into a fresh worker, which on a machine shared by many test runs takes longer than an assertion usually waits.
 */
export async function openDocument(page: Page, text: string): Promise<void> {
  await page.goto(`/?base64=${encodeURIComponent(Buffer.from(text, 'utf8').toString('base64'))}`);
  await expect(page.getByTestId('status')).toHaveAttribute('data-state', 'valid', { timeout: 60_000 });
}

/**
 * Everything the browser keeps for the studio's origin, as text: localStorage, sessionStorage and every
 * IndexedDB database's records. A credential must appear nowhere in it.
 */
export async function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const opened = indexedDB.open(name);
      const db = await request(opened);
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await request(db.transaction(store).objectStore(store).getAll());
        parts.push(`${name}/${store}: ${JSON.stringify(all)}`);
      }
      db.close();
    }
    return parts.join('\n');
  });
}

/** The document a share link carries (`#share=` + raw deflate, base64url), as text. */
export function sharedText(link: string): string {
  const payload = new URL(link).hash.replace(/^#share=/, '').split('&')[0]!;
  return inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8');
}
