// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sourceFromDocument } from './dom';
import { sourceFromHtml } from './htmlparser2';

const saved = `<!DOCTYPE html>
<!-- saved from url=(0051)http://www.shuyang.gov.cn/syx/zfxxgknb/2021.html -->
<html><head><meta charset="utf-8"><title>政府办公室2021年政府信息公开工作年度报告</title>
<!-- 页面头部 -->
<link rel="alternate" href="/m/2021.html">
<link rel="canonical" href="https://xxgk.shuyang.gov.cn/a/2021.html">
<meta property="og:url" content="http://www.shuyang.gov.cn/og.html">
</head><body><p>正文</p><link rel="canonical" href="http://in.body.gov.cn/"><!-- saved from url=(0020)http://body.gov.cn/ --></body></html>`;

describe('page evidence of its own address', () => {
  it('the CLI adapter reads the canonical link and the saved-from comment, not from the body', () => {
    const s = sourceFromHtml(saved);
    expect(s.links).toEqual({ canonical: 'https://xxgk.shuyang.gov.cn/a/2021.html' });
    expect(s.savedFrom).toBe('http://www.shuyang.gov.cn/syx/zfxxgknb/2021.html');
    expect(s.meta['og:url']).toBe('http://www.shuyang.gov.cn/og.html');
  });

  it('the live-DOM adapter reads the same', () => {
    const doc = new DOMParser().parseFromString(saved, 'text/html');
    const s = sourceFromDocument(doc);
    expect(s.links).toEqual({ canonical: 'https://xxgk.shuyang.gov.cn/a/2021.html' });
    expect(s.savedFrom).toBe('http://www.shuyang.gov.cn/syx/zfxxgknb/2021.html');
  });

  it('a page without them has neither field', () => {
    const plain =
      '<!doctype html><html><head><title>t</title><link rel="alternate" href="/m.html"></head><body><p>x</p></body></html>';
    for (const s of [
      sourceFromHtml(plain),
      sourceFromDocument(new DOMParser().parseFromString(plain, 'text/html')),
    ]) {
      expect(s.links).toBeUndefined();
      expect(s.savedFrom).toBeUndefined();
    }
  });

  it('keeps a relative canonical as written (it names no host)', () => {
    const rel = '<html><head><link rel="canonical" href="/art/1.html"></head><body></body></html>';
    expect(sourceFromHtml(rel).links?.canonical).toBe('/art/1.html');
    expect(sourceFromDocument(new DOMParser().parseFromString(rel, 'text/html')).links?.canonical).toBe(
      '/art/1.html',
    );
  });
});
