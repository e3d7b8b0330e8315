/**
 * A fake government portal on 127.0.0.1 for the `--follow` CLI tests, the extension's sweep e2e test
 * and the sweep bench: a 政府信息公开年报 column paginated with 下一页 in four list markups (a CMS
 * `<ul>` with a 下一页 link, a table whose pagination a TRS `createPageHTML()` script writes, a `<div>`
 * list whose next link is a `›` titled 下一页, a Hanweb jpage datastore in a script), every report
 * fixture under test/fixtures (the GBK one served as its own bytes, several with errors), and the
 * links a real column holds that must not be audited: a dead link (404), a redirect loop, a page that
 * never answers in time, a page that is not a report, a link to another host, a PDF attachment,
 * navigation, a duplicate.
 *
 * Paths only: every link is relative except the off-host ones, so the same portal serves
 * `http://127.0.0.1:PORT/` (the CLI) and `http://www.example.gov.cn:PORT/` (the browser, whose
 * host-resolver rules map *.gov.cn to 127.0.0.1).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/fixtures');

/** The column's first list page. */
export const LIST_PATH = '/xxgk/nb/index.html';
/** Where the reports live. */
const DIR = '/xxgk/nb/';
/** The host off-host links point to (a *.gov.cn name the browser would also map to 127.0.0.1). */
export const OTHER_HOST = 'www.other.gov.cn';

/** The `<title>` of a fixture, decoded by its own charset (one fixture is GBK). */
function titleOf(bytes) {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  const text = new TextDecoder(/gb/i.test(charset) ? 'gb18030' : 'utf-8').decode(bytes);
  const t = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1] ?? '';
  return t.replace(/\s+/g, ' ').trim();
}

const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The reports: every report fixture (the two non-report pages are left out), `copies` times over
 * (copy k > 0 under `<name>-k.html`, for the bench), with the link text a column would show.
 */
function reportPages(copies) {
  const names = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.html') && !f.startsWith('nonreport-'))
    .sort();
  const out = [];
  for (let k = 0; k < copies; k++)
    for (const f of names) {
      const bytes = readFileSync(join(FIXTURES, f));
      const name = f.replace(/\.html$/, '');
      const title = titleOf(bytes).replace(/[-_|－].*$/, '') || name;
      // A column's link text names the report; a fixture whose title does not gets the usual words.
      const text = /年报|年度报告|政府信息公开.*报告/.test(title)
        ? title
        : `${title}政府信息公开工作年度报告`;
      out.push({ path: `${DIR}${name}${k ? `-${k}` : ''}.html`, fixture: f, bytes, text });
    }
  return out;
}

/** The links that are not reports to audit, each with what the sweep must say of it. */
function trapLinks() {
  return [
    { path: `${DIR}gone-2019.html`, text: '某某局2019年政府信息公开工作年度报告', expect: 'http' },
    { path: `${DIR}loop-2018.html`, text: '某某局2018年政府信息公开工作年报', expect: 'redirects' },
    { path: `${DIR}slow-2017.html`, text: '某某局2017年政府信息公开工作年度报告', expect: 'timeout' },
    { path: `${DIR}notice.html`, text: '关于做好2023年政府信息公开年报编制工作的通知', expect: 'not-report' },
    {
      path: `${DIR}files/district-gov-2020.pdf`,
      text: '某区人民政府2020年政府信息公开工作年度报告（PDF）',
      expect: 'attachment',
    },
    {
      path: `/nb/2023.html`,
      host: OTHER_HOST,
      text: '外区2023年政府信息公开工作年度报告',
      expect: 'other-host',
    },
  ];
}

function chrome(title, body) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/xxgk/">政府信息公开</a> <a href="${LIST_PATH}">政府信息公开年报</a>
<a href="/xxgk/zn.html">政府信息公开指南</a> <a href="/jgsz/">机构概况</a></div>
<div class="main"><h2>政府信息公开年报</h2>${body}</div>
<div class="footer"><a href="https://www.gov.cn/">中国政府网</a> 主办：某某市人民政府办公室</div></body></html>`;
}

/** List page `n` (0-based) of `pages`, holding `items` (links), in markup `n % 4`. */
function listPage(n, pages, items, port) {
  const href = (it) => (it.host ? `http://${it.host}:${port}${it.path}` : it.path);
  const name = (k) => (k === 0 ? 'index.html' : `index_${k}.html`);
  const kind = n % 4;
  if (kind === 0) {
    const lis = items
      .map(
        (it) =>
          `<li><a href="${href(it)}" target="_blank" title="${esc(it.text)}">${esc(it.text)}</a><span>2024-01-2${n}</span></li>`,
      )
      .join('\n');
    const next = n + 1 < pages ? `<a href="${name(n + 1)}">下一页</a>` : '<span>下一页</span>';
    const prev = n > 0 ? `<a href="${name(n - 1)}">上一页</a>` : '<span>上一页</span>';
    return chrome(
      '政府信息公开年报',
      `<ul class="list">\n${lis}\n</ul><div class="page"><a href="index.html">首页</a> ${prev} ${next} <a href="${name(pages - 1)}">尾页</a></div>`,
    );
  }
  if (kind === 1) {
    // TRS WCM: the pager is written by a script from the page count and index; no 下一页 in the HTML.
    const rows = items
      .map(
        (it, i) =>
          `<tr><td>${i + 1}</td><td><a href="${href(it)}">${esc(it.text)}</a></td><td>2023-12-3${n % 10}</td></tr>`,
      )
      .join('\n');
    return chrome(
      '政府信息公开年报',
      `<table class="lb"><tr><th>序号</th><th>标题</th><th>日期</th></tr>\n${rows}\n</table>
<script language="JavaScript">var currentPage = ${n};var countPage = ${pages};createPageHTML(${pages}, ${n}, "index", "html");</script>`,
    );
  }
  if (kind === 3) {
    // Hanweb (大汉) jpage: the records sit in a script's datastore and are paged in the browser.
    const records = items
      .map(
        (it) =>
          `<record><![CDATA[<li><a href="${href(it)}" target="_blank" title="${esc(it.text)}">${esc(it.text)}</a><span>2023-10-1${n % 10}</span></li>]]></record>`,
      )
      .join('\n');
    return chrome(
      '政府信息公开年报',
      `<div id="8521"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&columnid=8521"></a>]]></nextgroup><recordset>\n${records}\n</recordset></datastore></script>
<script language="javascript" src="/module/web/jpage/jpage.js"></script><script>$('#8521').jpage({ perPage: 15, totalRecord: ${items.length} });</script></div>`,
    );
  }
  const divs = items
    .map(
      (it) =>
        `<div class="news-item"><h3><a href="${href(it)}">${esc(it.text)}</a></h3><p class="date">2023-11-0${n % 10}</p></div>`,
    )
    .join('\n');
  const next = n + 1 < pages ? `<a class="next" href="${name(n + 1)}" title="下一页">›</a>` : '';
  return chrome(
    '政府信息公开年报',
    `${divs}\n<div class="pager"><a href="${name(n - 1 || 0)}" title="上一页">‹</a> ${next}</div>`,
  );
}

/**
 * Starts the portal on an ephemeral port of 127.0.0.1.
 * `traps: false` leaves the dead, slow and refused links out (the bench measures reports, not timeouts).
 * @param {{ copies?: number, perPage?: number, slowMs?: number, latencyMs?: number, traps?: boolean }} [opts]
 */
export async function startPortal(opts = {}) {
  const copies = opts.copies ?? 1;
  const slowMs = opts.slowMs ?? 60_000;
  const latencyMs = opts.latencyMs ?? 0;
  const reports = reportPages(copies);
  const traps = trapLinks();
  // The traps spread over the first list page and the later ones; a duplicate of a report on the second.
  const items = [...reports.map((r) => ({ path: r.path, text: r.text }))];
  if (opts.traps !== false) {
    items.splice(3, 0, traps[0], traps[3]);
    items.splice(17, 0, traps[1], traps[5], { path: reports[0].path, text: reports[0].text });
    items.splice(30, 0, traps[2], traps[4]);
  }
  const perPage = opts.perPage ?? Math.ceil(items.length / 4);
  const pages = Math.ceil(items.length / perPage);
  const byPath = new Map(reports.map((r) => [r.path, r]));
  const pdf = readFileSync(join(FIXTURES, 'pdf/district-gov-2020.pdf'));
  const notice = readFileSync(join(FIXTURES, 'nonreport-list.html'));
  let port = 0;
  const requests = [];
  const sockets = new Set();
  const load = { now: 0, max: 0 };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({
      path,
      host: req.headers.host ?? '',
      agent: req.headers['user-agent'] ?? '',
      at: Date.now(),
    });
    load.max = Math.max(load.max, ++load.now);
    res.on('close', () => load.now--);
    const send = (status, type, body, headers = {}) => {
      const go = () => {
        if (res.destroyed) return;
        res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...headers });
        res.end(body);
      };
      if (latencyMs > 0) setTimeout(go, latencyMs);
      else go();
    };
    const list = /^\/xxgk\/nb\/index(?:_(\d+))?\.html$/.exec(path);
    if (list) {
      const n = Number(list[1] ?? 0);
      if (n >= pages) return send(404, 'text/plain', 'not found');
      const html = listPage(n, pages, items.slice(n * perPage, (n + 1) * perPage), port);
      return send(200, 'text/html; charset=utf-8', html);
    }
    const report = byPath.get(path);
    // No charset in the header: the page's own <meta> decides (the GBK fixture says gb2312).
    if (report) return send(200, 'text/html', report.bytes);
    if (path === `${DIR}loop-2018.html`) return send(302, null, '', { location: `${DIR}loop-2018b.html` });
    if (path === `${DIR}loop-2018b.html`) return send(302, null, '', { location: `${DIR}loop-2018.html` });
    if (path === `${DIR}slow-2017.html`) {
      const t = setTimeout(
        () => send(200, 'text/html; charset=utf-8', chrome('慢', '<p>迟到的页面</p>')),
        slowMs,
      );
      res.on('close', () => clearTimeout(t));
      return;
    }
    if (path === `${DIR}notice.html`) return send(200, 'text/html', notice);
    if (path === `${DIR}files/district-gov-2020.pdf`) return send(200, 'application/pdf', pdf);
    return send(404, 'text/plain; charset=utf-8', 'not found');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  port = server.address().port;
  return {
    port,
    /** `http://<host>:<port><path>`; 127.0.0.1 by default. */
    url: (path = LIST_PATH, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    /** Every report page's path and fixture, in list order (the duplicate link not repeated). */
    reports: reports.map(({ path, fixture }) => ({ path, fixture })),
    /** The links that must fail or be refused, and how (`http`, `redirects`, `timeout`, `not-report`, …). */
    traps:
      opts.traps === false
        ? []
        : traps.map(({ path, host, expect }) => ({ path, host: host ?? null, expect })),
    /** The most requests the portal was answering at once. */
    maxInFlight: () => load.max,
    /** Each list page's links as the page prints them (path, and host when off-host). */
    lists: Array.from({ length: pages }, (_, n) =>
      items.slice(n * perPage, (n + 1) * perPage).map(({ path, host }) => ({ path, host: host ?? null })),
    ),
    /** How many list pages the column has. */
    pages,
    /** Every request the portal answered or is answering, in arrival order. */
    requests,
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
