import { describe, expect, it } from 'vitest';
import { classifyLink, fragmentTarget, isInlineResource } from './previewLinks';

describe('links in the preview', () => {
  it('blocks script, data and relative links, whatever their spelling', () => {
    for (const href of ['javascript:window.__xss3=1', 'JaVa\tScRiPt:alert(1)', ' javascript:alert(1)', 'vbscript:x', 'data:text/html,<script>', "javascript:throw new Error('React has blocked')", 'other/page', null, '']) {
      expect(classifyLink(href)).toBe('blocked');
    }
  });

  it('opens http(s) and mailto links in a new tab and keeps fragments inside the preview', () => {
    expect(classifyLink('https://www.asyncapi.com/docs')).toBe('external');
    expect(classifyLink('http://example.com')).toBe('external');
    expect(classifyLink('mailto:team@example.com')).toBe('external');
    expect(classifyLink('#server-prod')).toBe('fragment');
    expect(classifyLink('undefined#server-prod')).toBe('fragment');
    expect(classifyLink('/studio/#server-prod')).toBe('fragment');
    expect(classifyLink('javascript:x#y')).toBe('blocked');
    expect(fragmentTarget('/studio/#server-%7Bid%7D')).toBe('server-{id}');
    expect(fragmentTarget('#bad-%')).toBe('bad-%');
  });

  it('lets the page load only inline images', () => {
    expect(isInlineResource('data:image/png;base64,AAAA')).toBe(true);
    expect(isInlineResource('https://evil.example/track.png')).toBe(false);
    expect(isInlineResource('//evil.example/x.png')).toBe(false);
    expect(isInlineResource('data:text/html,x')).toBe(false);
    expect(isInlineResource(null)).toBe(false);
  });
});
