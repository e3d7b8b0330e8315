/**
 * What a portal's list page links to, for the sweep (the CLI's `--follow`, the extension's 核查本页列出的
 * 全部年报): the links that look like reports, on the page's own host; the ones that look like reports
 * but live on another host (refused, never fetched); and the next list page (下一页). Pure: one pass of
 * htmlparser2's tokenizer, no tree, so the service worker (no DOMParser) and Node read it the same way.
 */
import { type Handler, Parser } from 'htmlparser2';

/** A link as the page shows it. */
export interface PageLink {
  /** Absolute, without its #fragment. */
  url: string;
  /** Its text (or title when it has no text), whitespace collapsed. */
  text: string;
}

/** What a list page offers the sweep. */
export interface ListLinks {
  /** Links on the page's host that look like reports, in page order, each address once. */
  reports: PageLink[];
  /** Links that look like reports on another host: named, never fetched. */
  otherHost: PageLink[];
  /** The next list page (a 下一页 link, or the TRS pager script's next page), or null. */
  next: string | null;
}

/**
 * A report's link: its words name an annual report (年报, 年度报告) or an information-disclosure
 * report (政府信息公开 … 报告). The column's own navigation (政府信息公开指南, 政府信息公开目录) does not.
 */
export function looksLikeReport(text: string): boolean {
  return /年报|年度报告/.test(text) || /政府信息公开[\s\S]*报告/.test(text);
}

/** The words of a next-page link: 下一页, 下页, 后一页, with or without an arrow. */
const NEXT = /^(?:下一页|下页|后一页|下一頁)\s*[>＞›»→]*$/;
/**
 * TRS WCM's pager writes the links: `createPageHTML(countPage, currentPage, "index", "html")`, in later
 * versions with the pager's element id first, with numbers or with the variables set just before.
 */
const TRS_PAGER =
  /createPageHTML\(\s*(?:["'][\w-]*["']\s*,\s*)?(\w+)\s*,\s*(\w+)\s*,\s*["']([\w.-]+)["']\s*,\s*["'](\w+)["']/;

/** What the TRS pager script says: how many list pages, which one this is (from 0), how they are named. */
interface Pager {
  count: number;
  current: number;
  prefix: string;
  suffix: string;
}

/** A pager argument: a number, or the number a `var name = N` in the script gave it. */
function pagerNumber(arg: string, script: string): number | null {
  if (/^\d+$/.test(arg)) return Number(arg);
  const m = new RegExp(`\\b${arg}\\s*=\\s*(\\d+)`).exec(script);
  return m ? Number(m[1]) : null;
}

/**
 * Hanweb (大汉) jpage columns ship their list as records in a `<script type="text/xml">` datastore,
 * each record's HTML in CDATA, and page through them in the browser: the links are read from there.
 */
const RECORD = /<record>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/record>/g;

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

function resolveHref(href: string, base: URL): URL | null {
  const h = href.trim();
  if (!h || h.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(h)) return null;
  try {
    const u = new URL(h, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u;
  } catch {
    return null;
  }
}

/** Reads a list page at `pageUrl` (its address after redirects) for the sweep. */
export function listLinks(html: string, pageUrl: string): ListLinks {
  const page = new URL(pageUrl);
  let base = page;
  const found: { href: string; text: string; title: string; rel: string }[] = [];
  let open: { href: string; text: string; title: string; rel: string } | null = null;
  let inScript = false;
  let script = '';
  let pager: Pager | null = null;
  const handler: Partial<Handler> = {
    onopentag(name, attrs) {
      if (name === 'a') {
        if (open) found.push(open);
        open =
          attrs.href === undefined
            ? null
            : { href: attrs.href, text: '', title: attrs.title ?? '', rel: attrs.rel ?? '' };
      } else if (name === 'base' && attrs.href !== undefined && base === page) {
        try {
          base = new URL(attrs.href, page);
        } catch {
          // A broken <base> is ignored, as browsers do.
        }
      } else if (name === 'script') {
        inScript = true;
        script = '';
      }
    },
    ontext(text) {
      if (inScript) script += text;
      else if (open) open.text += text;
    },
    onclosetag(name) {
      if (name === 'a' && open) {
        found.push(open);
        open = null;
      } else if (name === 'script') {
        inScript = false;
        const trs = pager ? null : TRS_PAGER.exec(script);
        if (trs) {
          const count = pagerNumber(trs[1]!, script);
          const current = pagerNumber(trs[2]!, script);
          if (count !== null && current !== null)
            pager = { count, current, prefix: trs[3]!, suffix: trs[4]! };
        }
        // A datastore's records, read in place (the script's text is not the page's).
        for (const m of script.includes('<record>') ? script.matchAll(RECORD) : []) {
          inScript = false;
          const inner = new Parser(handler, { decodeEntities: true });
          inner.write(m[1]!);
          inner.end();
          if (open) found.push(open);
          open = null;
        }
      }
    },
  };
  const parser = new Parser(handler, { decodeEntities: true });
  parser.write(html);
  parser.end();
  if (open) found.push(open);

  const out: ListLinks = { reports: [], otherHost: [], next: null };
  const seen = new Set<string>([page.href]);
  for (const a of found) {
    const url = resolveHref(a.href, base);
    if (!url) continue;
    const text = squash(a.text);
    const title = squash(a.title);
    if (out.next === null && (NEXT.test(text) || NEXT.test(title) || /(?:^|\s)next(?:\s|$)/i.test(a.rel))) {
      if (url.href !== page.href) out.next = url.href;
      continue;
    }
    const words = text || title;
    if (!looksLikeReport(`${text} ${title}`) || seen.has(url.href)) continue;
    seen.add(url.href);
    const link = { url: url.href, text: words };
    if (url.host === page.host) out.reports.push(link);
    else out.otherHost.push(link);
  }
  // Set in the parser's callbacks, which TypeScript's narrowing does not follow.
  const trs = pager as Pager | null;
  if (out.next === null && trs && trs.current + 1 < trs.count)
    out.next = resolveHref(`${trs.prefix}_${trs.current + 1}.${trs.suffix}`, base)?.href ?? null;
  return out;
}
