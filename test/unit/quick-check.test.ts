// @vitest-environment happy-dom
/**
 * The detector's test (lib/quick-check.ts, run by entrypoints/detector.ts on every *.gov.cn page):
 * it must never pass over a real report, since a page it passes over gets no panel (only the popup,
 * opened there, loads the audit), and it should pass over a portal's list of reports, which names
 * reports as often as a report does. Every fixture page the CLI reads as a report, every non-report
 * fixture, pages built to sit on the line between the two (each one passed over is also one the
 * full audit finds no report in), and every real report text (seeds, samples) as a bare page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditBytes } from '../../cli/page';
import { quickCheck } from '../../lib/adapters/dom';
import {
  LABEL_WORDS,
  LIST_MIN_NAMES,
  LONG_TEXT,
  NAME_WORDS,
  pageMayBeReport,
  textMayBeReport,
  titleMayBeReport,
  titleNamesOneReport,
} from '../../lib/quick-check';

/** The page script's own test before it audits (entrypoints/content/session.ts, runNow). */
const mayBeReport = (title: string, text: string) => titleMayBeReport(title) || textMayBeReport(text);

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SHARED = '/work/shared';

/** The page as the browser would decode it (a GBK fixture says so in its meta). */
function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const charset = /charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  return new TextDecoder(charset).decode(bytes);
}

// The fixtures' stylesheets are not there to load (happy-dom would try, and log every failure).
const settings = (globalThis as { happyDOM?: { settings: Record<string, unknown> } }).happyDOM?.settings;
if (settings)
  Object.assign(settings, { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true });

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const fixture = (name: string) => decode(readFileSync(join(FIXTURES, `${name}.html`)));

const pages = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));
const reports = pages.filter((name) => {
  const golden = join(FIXTURES, `${name}.expected.json`);
  return existsSync(golden) && (JSON.parse(readFileSync(golden, 'utf8')) as { detected?: boolean }).detected;
});
const nonReports = pages.filter((p) => p.startsWith('nonreport-'));

/** Links to other years' reports, as a report page's sidebar (相关年报) or a column lists them. */
function reportLinks(n: number, cut = false): string {
  return Array.from({ length: n }, (_, i) => {
    const name = `某某局${2023 - i}年政府信息公开工作年度报告`;
    return `<li><a href="/xxgk/nb/${2023 - i}/t0120_${i}.html" title="${name}">${cut ? `${name.slice(0, 13)}...` : name}</a></li>`;
  }).join('');
}

/** A page of a portal: its head (title, metas) and its body's markup. */
function build(title: string, body: string, head = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** A fixture with its title replaced and a sidebar of other years' reports put before its body. */
function withSidebar(html: string, title: string, links: number): string {
  return html
    .replace(/<title>[\s\S]*?<\/title>/i, `<title>${title}</title>`)
    .replace(/<body([^>]*)>/i, `<body$1><ul class="side">${reportLinks(links)}</ul>`);
}

/** The detector passes the page over, and rightly: the full audit finds no report in it either. */
function passedOver(html: string): void {
  expect(quickCheck(parse(html)), 'the detector passes it over').toBe(false);
  expect(auditBytes(new TextEncoder().encode(html), { file: 'page.html' }).detected, 'no report in it').toBe(
    false,
  );
}

const loads = (html: string) => expect(quickCheck(parse(html))).toBe(true);

/** A column page's chrome: the column in the breadcrumb and as the heading. */
const COLUMN = '政府信息公开年报_某某区人民政府';
const crumbs = '<div class="pos">首页 &gt; 政务公开 &gt; <a href="/xxgk/nb/">政府信息公开年报</a></div>';

describe('the detector on the fixtures', () => {
  it('has reports and non-reports to judge', () => {
    expect(reports.length).toBeGreaterThan(20);
    expect(nonReports.length).toBeGreaterThanOrEqual(3);
    expect(nonReports.filter((p) => p.startsWith('nonreport-list')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(reports)('%s: a report, so the audit loads', (name) => {
    expect(quickCheck(parse(fixture(name)))).toBe(true);
  });

  it.each(nonReports)('%s: not a report, nothing loads', (name) => {
    passedOver(fixture(name));
  });

  it.each(reports)('%s under its column’s name, beside a list of ten other reports: still loads', (name) => {
    // Its tables' labels or its sections' headings say report, whatever the title and the links say.
    loads(withSidebar(fixture(name), COLUMN, 10));
  });
});

describe('lists and reports built to tell apart', () => {
  it(`a column naming reports ${LIST_MIN_NAMES} times is a list; a page naming one fewer times may be a report`, () => {
    passedOver(build(COLUMN, `<ul>${reportLinks(LIST_MIN_NAMES)}</ul>`));
    passedOver(build(COLUMN, `${crumbs}<h1>政府信息公开年报</h1><ul>${reportLinks(LIST_MIN_NAMES)}</ul>`));
    loads(build(COLUMN, `<ul>${reportLinks(LIST_MIN_NAMES - 1)}</ul>`));
    // A report whose page names it under a column's title, its tables pictures.
    loads(build(COLUMN, '<h1>某某局政府信息公开年度报告</h1><p><img src="/u/1.jpg" alt=""></p>'));
  });

  it('a report of the 2008 form under a column’s name loads: its section heading or its statistics table says report', () => {
    // 平潭 pages of 2009–2018: 二、政府信息主动公开情况 or 二、主动公开政府信息的情况, and 对申请的答复总数.
    const column = (body: string) => build(COLUMN, `<ul>${reportLinks(10)}</ul>${body}`);
    loads(column('<p>二、政府信息主动公开情况</p><p>2013年度我局共主动公开政府信息43条。</p>'));
    loads(column('<p>二、主动公开政府信息的情况</p>'));
    loads(column('<table><tr><td>对申请的答复总数</td><td>条</td><td>0</td></tr></table>'));
    passedOver(column('<p>二、政务公开</p>'));
  });

  it('a list under a title that says nothing, its links alone naming reports, is a list too', () => {
    passedOver(build('列表页', `<ul>${reportLinks(12)}</ul>`));
  });

  it('a list in traditional characters, and one whose entries are cut short before 年度报告, its menu naming the column', () => {
    const links = [2023, 2022, 2021, 2020]
      .map((y) => `<li><a href="/nb/${y}.html">某某縣${y}年政府信息公開工作年度報告</a></li>`)
      .join('');
    passedOver(build('政府信息公開年報-某某縣人民政府', `<ul>${links}</ul>`));
    // Cut short, the entries name nothing; the column's own chrome does (sidebar, breadcrumb, heading).
    // With fewer than three of those, such a list loads the audit, as every list did before.
    const side =
      '<ul class="side"><li><a href="/xxgk/zn/">政府信息公开指南</a></li><li><a href="/xxgk/nb/">政府信息公开年报</a></li></ul>';
    passedOver(build(COLUMN, `${side}${crumbs}<h2>政府信息公开年报</h2><ul>${reportLinks(20, true)}</ul>`));
  });

  it('a title naming one year’s report is a report page, whatever its sidebar lists (its report may be pictures)', () => {
    const body = `<ul>${reportLinks(8)}</ul><h1>某某局2022年政府信息公开工作年度报告</h1><p><img src="/u/1.jpg" alt=""><img src="/u/2.jpg" alt=""></p>`;
    loads(build('某某局2022年政府信息公开工作年度报告_某某区人民政府', body));
    loads(build('某某局政府信息公开工作年度报告（2022年）', body));
    loads(build('某某局二〇二二年政府信息公开年报', body));
  });

  it('a page whose year’s report is named only by its head (ArticleTitle) or an unnamed file is one the audit finds none in', () => {
    // Under a column's title, the audit takes no report without its tables or sections either: its
    // report title must be one the document's title holds. The popup, opened there, offers the file.
    const body = `<ul>${reportLinks(8)}</ul><h1>某某局2022年政府信息公开工作年度报告</h1><p><img src="/u/1.jpg" alt=""></p>`;
    passedOver(
      build(COLUMN, body, '<meta name="ArticleTitle" content="某某局2022年政府信息公开工作年度报告">'),
    );
    passedOver(build(COLUMN, `${body}<p>附件：<a href="/u/cms/2022/nb.pdf">点击下载</a></p>`));
  });

  it.each([
    ['/u/cms/2022/nb.pdf', '某某局2022年政府信息公开工作年度报告.pdf'],
    ['/u/cms/2022/NB.PDF', '年报.PDF'],
    ['/download.jsp?id=8812', '某某局2022年年报.docx'],
    ['/u/cms/2022/nb.doc', '附件1.doc'],
    ['/u/cms/2022/nb.wps', '附件1.wps'],
    ['/u/cms/2022/nb.ofd', '附件1.ofd'],
  ])(
    'a report as an attachment (%s, "%s") loads beside a sidebar of reports: the panel offers 审核附件',
    (href, text) => {
      const body = `<ul>${reportLinks(6)}</ul><h1>某某局政府信息公开年报</h1><p>详见附件。</p><p>附件：<a href="${href}">${text}</a></p>`;
      loads(build(COLUMN, body));
      // Its file unnamed (点击下载), the page's title names the year's report, as a report's page does.
      loads(build('某某局2022年政府信息公开年报', body.replace(`>${text}<`, '>点击下载<')));
    },
  );

  it('a script that says window.document is no attachment', () => {
    passedOver(build(COLUMN, `<ul>${reportLinks(6)}</ul><script>var d = window.document;</script>`));
  });

  it('a list whose entries are the reports’ files loads (any of them may be the page’s report)', () => {
    const links = [2023, 2022, 2021, 2020]
      .map((y) => `<li><a href="/u/${y}.pdf">某某局${y}年政府信息公开工作年度报告.pdf</a></li>`)
      .join('');
    loads(build(COLUMN, `<ul>${links}</ul>`));
  });

  it('a report that arrives after its page’s list-like frame: passed over, then loaded on the watcher’s next look', () => {
    const doc = parse(build(COLUMN, `<ul class="side">${reportLinks(5)}</ul><div id="app">加载中</div>`));
    expect(quickCheck(doc)).toBe(false);
    (doc.getElementById('app') as HTMLElement).innerHTML = fixture('seed001-cms').replace(
      /^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/gi,
      '',
    );
    expect(quickCheck(doc)).toBe(true);
  });

  it('a page that only names 政府信息公开 in its menus is passed over', () => {
    const menu = ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '依申请公开']
      .map((m, i) => `<a href="/xxgk/${i}/">${m}</a>`)
      .join(' ');
    passedOver(build('首页', `<nav>${menu}</nav><p>今日要闻</p>`));
  });

  it('titleNamesOneReport: a report’s word and a year', () => {
    expect(titleNamesOneReport('相山区财政局2021年政府信息公开工作年度报告_相山区人民政府')).toBe(true);
    expect(titleNamesOneReport('２０２１年度政府信息公开年报')).toBe(true);
    expect(titleNamesOneReport('二〇二一年政府信息公開工作年度報告')).toBe(true);
    for (const y of ['二○二一', '二O二一', '二0二一'])
      expect(titleNamesOneReport(`某某局${y}年政府信息公开工作年度报告`), y).toBe(true);
    expect(titleNamesOneReport('政府信息公开年报_相山区人民政府')).toBe(false);
    expect(titleNamesOneReport('2021年工作总结')).toBe(false);
    expect(titleNamesOneReport('政府信息公开年报_共120条_第12页_2')).toBe(false);
  });
});

describe('the detector on the real report texts, under a title that says nothing', () => {
  const texts = ['seeds', 'samples'].flatMap((dir) =>
    existsSync(join(SHARED, dir))
      ? readdirSync(join(SHARED, dir))
          .filter((f) => f.endsWith('.txt'))
          .map((f) => join(SHARED, dir, f))
      : [],
  );
  it.skipIf(texts.length === 0).each(texts)('%s', (file) => {
    // The text without its `#` header (what we know of it, not what the page says).
    const text = readFileSync(file, 'utf8').replace(/^(?:#.*\n)+/, '');
    const doc = parse('<html><head><title>详情页</title></head><body><pre></pre></body></html>');
    (doc.querySelector('pre') as HTMLElement).textContent = text;
    // A single page of a flipbook may hold none of the words: its page title (first line) does.
    const title = text.split('\n', 1)[0] ?? '';
    expect(quickCheck(doc) || mayBeReport(title, '')).toBe(true);
  });

  it('passes over a gov.cn page that only names 政府信息公开 in its menus', () => {
    expect(
      mayBeReport('首页', '首页 政府信息公开 政府信息公开指南 政府信息公开制度 依申请公开 政策解读'),
    ).toBe(false);
  });
});

describe('a long page (a law’s full text, a long news page) is searched otherwise and judged alike', () => {
  /** Prose that names nothing the detector looks for, past LONG_TEXT characters. */
  const filler = '根据有关规定，现将有关情况说明如下。'.repeat(Math.ceil(LONG_TEXT / 18) + 1);
  const bodyText = (html: string) => parse(html).body?.textContent ?? '';
  const titleOf = (html: string) => parse(html).title;
  const cases: [string, string][] = [
    ...pages.map((name): [string, string] => [titleOf(fixture(name)), bodyText(fixture(name))]),
    [COLUMN, bodyText(build(COLUMN, `<ul>${reportLinks(LIST_MIN_NAMES)}</ul>`))],
    [COLUMN, bodyText(build(COLUMN, `<ul>${reportLinks(LIST_MIN_NAMES - 1)}</ul>`))],
    ['列表页', bodyText(build('列表页', `<ul>${reportLinks(12)}</ul>`))],
    [COLUMN, '某某局政府信息公开年报 附件：某某局2022年政府信息公开工作年度报告.pdf'],
    ['首页', '首页 政府信息公开 政府信息公开指南 政府信息公开制度 依申请公开 政策解读'],
  ];

  it('agrees with the short search on every fixture and built page, the filler after its text', () => {
    expect(filler.length).toBeGreaterThan(LONG_TEXT);
    for (const [title, text] of cases)
      expect(pageMayBeReport(title, text + filler), title).toBe(pageMayBeReport(title, text));
  });

  it.each([...LABEL_WORDS, ...NAME_WORDS])(
    'finds %s in the middle of a long page, and nothing in the page without it',
    (word) => {
      const half = filler.slice(0, filler.length >> 1);
      expect(pageMayBeReport('详情页', `${half}${word}${half}`)).toBe(true);
      expect(pageMayBeReport('详情页', `${half}${half}`)).toBe(false);
    },
  );

  it('searches a long page with the words as they are: none has a character a pattern gives a meaning to', () => {
    for (const word of [...LABEL_WORDS, ...NAME_WORDS]) expect(word, word).toMatch(/^[^\\^$.|?*+()[\]{}]+$/);
  });

  it('takes a report’s name, then a label after it, on a long page as a report', () => {
    const half = filler.slice(0, filler.length >> 1);
    const names = `${'某某局2022年政府信息公开工作年度报告 '.repeat(LIST_MIN_NAMES)}`;
    expect(pageMayBeReport('列表页', `${names}${half}${half}`)).toBe(pageMayBeReport('列表页', names));
    expect(pageMayBeReport('列表页', `${names}${half}本年新收${half}`)).toBe(true);
    expect(pageMayBeReport('列表页', names)).toBe(false);
  });
});
