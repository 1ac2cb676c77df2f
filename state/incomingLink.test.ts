import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { buildShareUrl } from '@/lib/share/shareCodec';
import { openIncomingLink } from './incomingLink';
import { createStudioStore } from './store';
import { active, textsOf } from './testing';

const SIMPLE = readCorpus('spec-examples/3.0.0/simple-asyncapi.yml');

async function open(href: string, fetchImpl?: (url: string) => Promise<Response>) {
  const store = createStudioStore('my own work');
  const replaced: string[] = [];
  await openIncomingLink(store, { href, replaceUrl: (h) => replaced.push(h), ...(fetchImpl ? { fetchImpl } : {}) });
  return { store, replaced, texts: textsOf(store), notices: store.getState().notices };
}

describe('incoming links', () => {
  it('a share link opens as a new tab beside the user\'s work, read-only when asked, and leaves the address', async () => {
    const { store, replaced, texts } = await open(buildShareUrl('https://studio.test/', SIMPLE, { readOnly: true }));
    expect(texts).toEqual(['my own work', SIMPLE]);
    expect(active(store).text).toBe(SIMPLE);
    expect(active(store).readOnly).toBe(true);
    expect(replaced).toEqual(['https://studio.test/']);
  });

  it('a Studio ?base64= link opens', async () => {
    const { texts } = await open(`https://studio.test/?base64=${encodeURIComponent(Buffer.from(SIMPLE).toString('base64'))}`);
    expect(texts).toEqual(['my own work', SIMPLE]);
  });

  it.each([
    ['https://studio.test/#share=@@@', 'damaged'],
    ['https://studio.test/?base64=%25%25%25', 'not valid base64'],
    ['https://studio.test/?share=abc123', "AsyncAPI Studio's own servers"],
  ])('%s only produces a message; the work is intact', async (href, words) => {
    const { store, texts, notices } = await open(href);
    expect(texts).toEqual(['my own work']);
    expect(active(store).text).toBe('my own work');
    expect(notices.at(-1)).toMatchObject({ tone: 'error' });
    expect(notices.at(-1)?.message).toContain(words);
  });

  it('text that is not AsyncAPI opens with a warning', async () => {
    const { texts, notices } = await open(buildShareUrl('https://studio.test/', 'just: yaml\n'));
    expect(texts).toEqual(['my own work', 'just: yaml\n']);
    expect(notices.at(-1)?.tone).toBe('warning');
  });

  it('?url= downloads the document the user asked for, saying where from', async () => {
    const asked: string[] = [];
    const { texts, notices, store } = await open('https://studio.test/?url=https%3A%2F%2Fexample.org%2Fapi%2Forders.yaml', async (url) => {
      asked.push(url);
      return new Response(SIMPLE, { status: 200, headers: { 'content-type': 'text/yaml' } });
    });
    expect(asked).toEqual(['https://example.org/api/orders.yaml']);
    // The loading notice was shown, then removed once the document arrived.
    expect(notices.some((n) => n.message.startsWith('Loading'))).toBe(false);
    expect(texts).toEqual(['my own work', SIMPLE]);
    expect(active(store).path).toBe('orders.yaml');
  });

  it('a failed download says why and opens nothing', async () => {
    const { texts, notices } = await open('https://studio.test/?load=https%3A%2F%2Fexample.org%2Fx.yaml', async () => new Response('no', { status: 404 }));
    expect(texts).toEqual(['my own work']);
    expect(notices.at(-1)?.tone).toBe('error');
    expect(notices.at(-1)?.message).toContain('example.org/x.yaml');
  });

  it('the loading notice goes when the download ends, and a refusal by the page\'s policy is named as such', async () => {
    const store = createStudioStore('my own work');
    await openIncomingLink(store, {
      href: 'https://studio.test/?url=https%3A%2F%2Fblocked.example%2Fa.yaml',
      replaceUrl: () => {},
      fetchImpl: async () => {
        throw new TypeError('Failed to fetch');
      },
      watchPolicy: (onBlocked) => {
        onBlocked('https://blocked.example/a.yaml');
        return () => {};
      },
    });
    const notices = store.getState().notices;
    expect(notices.map((n) => n.message).some((m) => m.startsWith('Loading'))).toBe(false);
    expect(notices.at(-1)?.message).toContain("This studio's security policy does not allow reading from that address");
    expect(notices.at(-1)?.message).not.toContain('Access-Control');
  });
});

