import { describe, expect, it } from 'vitest';
import { buildPolicy, buildWorkerPolicy, connectSources, originsFrom } from './csp.mjs';

const connectSrcOf = (policy: string) => /connect-src ([^;]*)/.exec(policy)?.[1];

describe('the CSP\'s connect-src', () => {
  it('lets the page open WebSockets anywhere by default (the Try panel\'s brokers), workers not', () => {
    expect(connectSrcOf(buildPolicy({ scriptHashes: [], connectSrc: '', liveWebSockets: '', remote: '' }))).toBe("'self' ws: wss: https: http://localhost:* http://127.0.0.1:*");
    expect(connectSrcOf(buildWorkerPolicy({ connectSrc: '', remote: '' }))).toBe("'self' https: http://localhost:* http://127.0.0.1:*");
    // STUDIO_CSP_REMOTE=off: own origin only, for pages and workers alike.
    expect(connectSrcOf(buildPolicy({ scriptHashes: [], connectSrc: '', liveWebSockets: 'off', remote: 'off' }))).toBe("'self'");
    expect(connectSrcOf(buildWorkerPolicy({ connectSrc: '', remote: 'off' }))).toBe("'self'");
  });

  it('leaves WebSockets out with STUDIO_CSP_LIVE_WEBSOCKETS=off, keeping the brokers listed instead', () => {
    const policy = buildPolicy({ scriptHashes: [], connectSrc: 'wss://broker.example.com:8084', liveWebSockets: 'off', remote: 'off' });
    expect(connectSrcOf(policy)).toBe("'self' wss://broker.example.com:8084");
    expect(connectSources({ connectSrc: '', liveWebSockets: 'false', remote: 'off' })).toEqual(["'self'"]);
  });

  it('accepts http(s) and ws(s) origins, subdomain and port wildcards, and those schemes; drops anything else', () => {
    const given = [
      'https://api.example.com',
      'http://127.0.0.1:8080',
      'wss://broker.example.com:8084',
      'ws://127.0.0.1:*',
      'https://*.example.com',
      'https:',
      'wss:',
      "'unsafe-inline'",
      'https://api.example.com/path',
      'javascript:',
      'data:',
      'https://a.example.com;script-src',
      '*',
    ].join(' ');
    expect(originsFrom(given)).toEqual(['https://api.example.com', 'http://127.0.0.1:8080', 'wss://broker.example.com:8084', 'ws://127.0.0.1:*', 'https://*.example.com', 'https:', 'wss:']);
    expect(connectSources({ connectSrc: 'wss: https://api.example.com,https://b.example.com', liveWebSockets: '', remote: 'off' })).toEqual([
      "'self'",
      'ws:',
      'wss:',
      'https://api.example.com',
      'https://b.example.com',
    ]);
  });
});
