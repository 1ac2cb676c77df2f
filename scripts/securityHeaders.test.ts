import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxInclude } from './csp.mjs';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { STATIC_SECURITY_HEADERS, WORKER_SCRIPT_PATH, securityHeadersFor } from './securityHeaders.mjs';

type Headers = Record<string, string>;
const headersFor = securityHeadersFor as (pathname: string, policies: { page: string; worker: string }) => Headers;
const policies = { page: "default-src 'self'; frame-ancestors 'self'", worker: "default-src 'self'; script-src 'self' 'unsafe-eval'" };

describe('the security headers, one source for npm start and nginx', () => {
  it("nginx.conf's fixed headers are the module's", () => {
    const conf = readFileSync('nginx.conf', 'utf8');
    const added = Object.fromEntries(
      [...conf.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((match) => [match[1], match[2]]),
    );
    for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS as Headers)) expect(added[name], name).toBe(value);
    expect(conf).toMatch(/add_header Content-Security-Policy \$studio_csp always;/);
  });

  it('gives pages the page policy and script files the workers policy, as the nginx map does', () => {
    expect(headersFor('/', policies)['Content-Security-Policy']).toBe(policies.page);
    expect(headersFor('/404.html', policies)['Content-Security-Policy']).toBe(policies.page);
    expect(headersFor('/_next/static/chunks/abc.js', policies)['Content-Security-Policy']).toBe(policies.worker);
    expect(headersFor('/_next/static/css/abc.css', policies)['Content-Security-Policy']).toBe(policies.page);
    expect(headersFor('/', policies)).toMatchObject(STATIC_SECURITY_HEADERS as Headers);
    const include = (nginxInclude as (page: string, worker: string, path: string) => string)(policies.page, policies.worker, WORKER_SCRIPT_PATH as string);
    expect(include).toContain(`"~${WORKER_SCRIPT_PATH as string}" "${policies.worker}";`);
    expect(include).toContain(`default "${policies.page}";`);
  });
});
