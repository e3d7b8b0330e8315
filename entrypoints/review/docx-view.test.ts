import { describe, expect, it } from 'vitest';
import { showDocx } from './docx-view';

describe('showDocx', () => {
  it('keeps text, tables and their spans, and drops script, style, images and non-http links', () => {
    const host = document.createElement('div');
    const title = showDocx(
      host,
      `<html><head><title>X 年报</title></head><body>
<p onclick="alert(1)">正文<script>window.__x = 1</script><style>p{}</style></p>
<table><tr><td colspan="2" rowspan="x" style="color:red">表三</td></tr></table>
<p><a href="javascript:alert(1)">坏链接</a> <a href="https://www.gov.cn/a">好链接</a><img src="http://e.x/t.png" onerror="x()"></p>
<iframe src="https://evil.example"></iframe><custom-tag>包着的字</custom-tag></body></html>`,
    );
    expect(title).toBe('X 年报');
    const html = host.innerHTML;
    expect(host.querySelector('script, style, img, iframe, [onclick], [onerror], [style]')).toBeNull();
    expect(html).toContain('正文');
    expect(host.querySelector('td')!.getAttribute('colspan')).toBe('2');
    expect(host.querySelector('td')!.hasAttribute('rowspan')).toBe(false);
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, 'https://www.gov.cn/a']);
    expect(html).toContain('包着的字');
  });
});
