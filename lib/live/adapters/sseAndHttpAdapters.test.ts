import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/e2e/support/live/process';
import { startSseHub } from '@/e2e/support/liveServers';
import type { SseHub } from '@/e2e/support/liveServers';
import { connect } from '../connection';
import { inbox, nodeEnv, statusReached } from '../testing/liveTestKit';

let hub: SseHub;
beforeAll(async () => {
  hub = await startSseHub();
});
afterAll(async () => {
  await hub.stop();
});

describe('plain HTTP sends and server-sent events receive, against a real Node server', () => {
  it('sends with fetch (headers and credentials as Authorization) and receives the event back over SSE', async () => {
    const stream = connect({ settings: { adapter: 'sse', url: `${hub.url}/builds/4812/events`, sse: { eventTypes: ['stepFinished'] } }, env: nodeEnv });
    await statusReached(stream, 'connected');
    const box = inbox();
    await stream.subscribe('/builds/{buildId}/events', box.deliver);

    const sender = connect({ settings: { adapter: 'http', url: `${hub.url}/builds/4812/events` }, credentials: { token: 't0ken' }, env: nodeEnv });
    const connected = await statusReached(sender, 'connected');
    expect(connected.note).toMatch(/each send is one POST request/);
    await sender.publish('/builds/{buildId}/events', '{"step":"test","outcome":"passed"}', { 'X-Event': 'stepFinished' });

    const message = await box.next();
    expect(message.meta.event).toBe('stepFinished');
    expect(JSON.parse(message.payload.text)).toEqual({ step: 'test', outcome: 'passed' });
    const request = hub.requests.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', path: '/builds/4812/events' });
    expect(request.headers.authorization).toBe('Bearer t0ken');
    expect(request.headers['content-type']).toBe('application/json');
    await Promise.all([stream.close(), sender.close()]);
  });

  it('rejects a send the server refuses, with its status', async () => {
    const sender = connect({ settings: { adapter: 'http', url: `${hub.url}/reject`, http: { method: 'PUT' } }, env: nodeEnv });
    await statusReached(sender, 'connected');
    await expect(sender.publish('/reject', '{}')).rejects.toMatchObject({ code: 'rejected', detail: 'HTTP 422 Unprocessable Entity' });
    expect(hub.requests.at(-1)!.method).toBe('PUT');
    await sender.close();
  });

  it('says "refused" when the stream cannot be opened (404) or nothing listens, and refuses to subscribe to HTTP', async () => {
    const missing = connect({ settings: { adapter: 'sse', url: `${hub.url}/missing` }, env: nodeEnv });
    expect((await statusReached(missing, 'closed')).reason.code).toBe('refused');
    const nothing = connect({ settings: { adapter: 'sse', url: `http://127.0.0.1:${await freePort()}/events` }, env: nodeEnv });
    expect((await statusReached(nothing, 'closed')).reason.code).toBe('refused');
    const sender = connect({ settings: { adapter: 'http', url: `${hub.url}/x` }, env: nodeEnv });
    await statusReached(sender, 'connected');
    await expect(sender.subscribe('/x', () => undefined)).rejects.toMatchObject({ code: 'unsupported' });
    await sender.close();
  });

  it('when the stream ends, retries (the connection\'s backoff, not EventSource\'s own) and reconnects', async () => {
    const stream = connect({ settings: { adapter: 'sse', url: `${hub.url}/events`, retry: { initialDelayMs: 20, maxDelayMs: 40 } }, env: nodeEnv });
    await statusReached(stream, 'connected');
    const box = inbox();
    await stream.subscribe('/events', box.deliver);
    const retrying = statusReached(stream, 'retrying');
    hub.dropStreams();
    expect((await retrying).reason.code).toBe('lost');
    await statusReached(stream, 'connected');
    hub.push('after the break');
    expect((await box.next()).payload.text).toBe('after the break');
    await stream.close();
  });
});
