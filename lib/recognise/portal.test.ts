import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { officialPortal, portalFromPage, portalOf, savedFromComment } from './portal';

describe('portalOf', () => {
  it.each([
    ['http://www.shuyang.gov.cn/syx/zfxxgknb/content/abc.html', 'shuyang.gov.cn'],
    ['https://wjj.huaian.gov.cn/col/2022/x.html', 'huaian.gov.cn'],
    ['http://xxgk.xxx.gov.cn:8080/', 'xxx.gov.cn'],
    ['http://www.example.gov.cn:43123/carryover-mismatch-2021.html', 'example.gov.cn'],
    ['HTTP://WWW.SHUYANG.GOV.CN./SYX/', 'shuyang.gov.cn'],
    ['https://www.gd.gov.cn/zwgk/', 'gd.gov.cn'],
    ['https://gov.cn/', null],
    ['http://www.gov.cn/zhengce/', 'www.gov.cn'],
    ['http://sthjj.wuhan.gov.cn/', 'wuhan.gov.cn'],
    ['https://news.sina.com.cn/c/2022/x.shtml', 'sina.com.cn'],
    ['http://www.xxx.org.cn/a', 'xxx.org.cn'],
    ['http://portal.abc.net.cn', 'abc.net.cn'],
    ['http://www.pku.edu.cn/', 'pku.edu.cn'],
    ['http://www.xx.gd.cn/', 'xx.gd.cn'],
    ['https://www.info.gov.hk/gia/', 'info.gov.hk'],
    ['https://mp.weixin.qq.com/s/abc', 'qq.com'],
    ['https://example.com/a?b#c', 'example.com'],
    ['http://61.150.65.235/xxgk/', '61.150.65.235'],
    ['http://61.150.65.235:8088/xxgk/', '61.150.65.235'],
    ['http://[2001:db8::1]:8080/', '[2001:db8::1]'],
    ['http://沭阳县人民政府.政务/', 'xn--gmq25jo2kfugo7ix0a993s.xn--zfr164b'],
    ['http://www.沭阳.中国/', 'xn--ivwu99f.xn--fiqs8s'],
    ['//www.shuyang.gov.cn/x', 'shuyang.gov.cn'],
    // Bare hosts as <meta name="SiteDomain"> writes them.
    ['www.weibin.gov.cn', 'weibin.gov.cn'],
    ['suijiang.gov.cn', 'suijiang.gov.cn'],
    ['www.xiangshan.gov.cn:8080', 'xiangshan.gov.cn'],
    ['  gzw.gz.gov.cn  ', 'gz.gov.cn'],
    // Nothing says where the report was published.
    ['file:///home/me/reports/2021.html', null],
    ['http://127.0.0.1:8080/', null],
    ['http://localhost:3000/a.html', null],
    ['localhost:3000', null],
    ['http://[::1]/', null],
    ['chrome-extension://abcdef/desk.html', null],
    ['about:blank', null],
    ['javascript:void(0)', null],
    ['', null],
    ['not a url', null],
    ['2021.html', null],
    ['reports/2021.html', null],
    ['沭阳县人民政府', null],
    ['http://intranet/xxgk/', null],
  ])('%j → %j', (url, portal) => expect(portalOf(url)).toBe(portal));

  it('is null for nothing', () => {
    expect(portalOf(null)).toBe(null);
    expect(portalOf(undefined)).toBe(null);
  });
});

describe('officialPortal', () => {
  it.each([
    ['shuyang.gov.cn', true],
    ['www.gov.cn', true],
    ['info.gov.hk', true],
    ['xn--gmq25jo2kfugo7ix0a993s.xn--zfr164b', true],
    ['newton.com.tw', false],
    ['sina.com.cn', false],
    ['tufwp.cn', false],
    ['61.150.65.235', false],
    ['notgov.cn', false],
  ])('%s → %s', (portal, official) => expect(officialPortal(portal)).toBe(official));
});

describe('savedFromComment', () => {
  it('reads Chrome and IE comments', () => {
    expect(savedFromComment(' saved from url=(0051)http://www.shuyang.gov.cn/syx/a.html ')).toBe(
      'http://www.shuyang.gov.cn/syx/a.html',
    );
    expect(savedFromComment('saved from url=(0014)about:internet')).toBe('about:internet');
    expect(savedFromComment(' 页脚 ')).toBe(null);
  });
});

const page = (head: string, before = '') =>
  `<!DOCTYPE html>${before}<html><head><meta charset="utf-8"><title>t</title>${head}</head><body><p>正文</p></body></html>`;

describe('portalFromPage', () => {
  it('reads the saved-from comment first', () => {
    const html = page(
      '<link rel="canonical" href="http://www.other.gov.cn/a.html"><meta name="SiteDomain" content="www.third.gov.cn">',
      '<!-- saved from url=(0042)http://www.shuyang.gov.cn/syx/2021.html -->',
    );
    const source = sourceFromHtml(html);
    expect(source.savedFrom).toBe('http://www.shuyang.gov.cn/syx/2021.html');
    expect(portalFromPage(source)).toBe('shuyang.gov.cn');
  });

  it('then canonical, og:url, the Url meta and SiteDomain, in that order', () => {
    const all = [
      '<link rel="Canonical" href="https://xxgk.huaian.gov.cn/a.html">',
      '<meta property="og:url" content="http://www.b.gov.cn/a">',
      '<meta name="Url" content="http://www.c.gov.cn/a">',
      '<meta name="SiteDomain" content="www.d.gov.cn">',
    ];
    const expected = ['huaian.gov.cn', 'b.gov.cn', 'c.gov.cn', 'd.gov.cn'];
    all.forEach((_, i) => {
      expect(portalFromPage(sourceFromHtml(page(all.slice(i).join(''))))).toBe(expected[i]);
    });
  });

  it('passes over relative and local addresses to the next evidence', () => {
    const html = page(
      '<link rel="canonical" href="/art/2022/1/20/a.html"><meta property="og:url" content="http://127.0.0.1:8080/a"><meta name="SiteDomain" content="www.weibin.gov.cn">',
      '<!-- saved from url=(0030)file:///C:/Users/me/a.html -->',
    );
    expect(portalFromPage(sourceFromHtml(html))).toBe('weibin.gov.cn');
  });

  it('is null when the page names no address (a SiteName alone is not a portal)', () => {
    expect(portalFromPage(sourceFromHtml(page('<meta name="SiteName" content="沭阳县人民政府">')))).toBe(
      null,
    );
  });
});
