import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { studioChunks, withStudioPreloads } from './preloadStudio.mjs';

const page = (prefix: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"/><script src="${prefix}/_next/static/chunks/main.js" async=""></script></head><body></body></html>`;

describe('preload links for the studio chunks', () => {
  it('reads the chunks of the page\'s dynamic imports from the loadable manifest, scripts and styles once each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preload-'));
    const manifest = join(dir, 'react-loadable-manifest.json');
    writeFileSync(manifest, JSON.stringify({ 1: { files: ['static/chunks/a.js', 'static/chunks/b.css', 'static/chunks/a.js', 'static/media/font.ttf'] } }));
    expect(studioChunks(manifest)).toEqual(['static/chunks/a.js', 'static/chunks/b.css']);
    expect(studioChunks(join(dir, 'missing.json'))).toEqual([]);
  });

  it('adds a preload per chunk before </head>, as a script or a style, under the page\'s own prefix', () => {
    const html = withStudioPreloads(page(''), ['static/chunks/a.js', 'static/chunks/b.css']);
    expect(html).toContain('<link rel="preload" as="script" href="/_next/static/chunks/a.js" data-studio-preload=""/>');
    expect(html).toContain('<link rel="preload" as="style" href="/_next/static/chunks/b.css" data-studio-preload=""/>');
    expect(html.indexOf('b.css')).toBeLessThan(html.indexOf('</head>'));
    // Served below a folder (STUDIO_BASE_PATH): the same prefix as the page's scripts.
    expect(withStudioPreloads(page('/studio'), ['static/chunks/a.js'])).toContain('href="/studio/_next/static/chunks/a.js"');
  });

  it('replaces its own links when run again, and leaves a page without Next scripts alone', () => {
    const once = withStudioPreloads(page(''), ['static/chunks/a.js']);
    const twice = withStudioPreloads(once, ['static/chunks/c.js']);
    expect(twice).not.toContain('chunks/a.js');
    expect(twice.match(/data-studio-preload/g)).toHaveLength(1);
    expect(withStudioPreloads('<html><head></head></html>', ['static/chunks/a.js'])).toBe('<html><head></head></html>');
  });
});
