/**
 * Which portal a report was published on: the registrable domain of its address (`shuyang.gov.cn`
 * for `http://www.shuyang.gov.cn/syx/…`), read from the URL the page was audited at or, for a saved
 * file, from the page's own evidence. Two reports pair as one agency's only on one portal
 * (report-model.md, Agency identity). Pure.
 *
 * Decisions:
 * - A city portal's sub-sites are one portal: `wjj.huaian.gov.cn` and `www.huaian.gov.cn` are both
 *   `huaian.gov.cn`, because a city's bureaus publish on its sub-sites and move between them.
 * - An IP address is its own portal (county sites do run on bare IPs); the port never counts.
 * - A loopback host (`localhost`, `127.x`, `::1`) and `file:` say nothing about where a report was
 *   published (a saved page served or opened locally), so they give no portal: the page's own
 *   evidence decides. Nor does a one-label host (an intranet name) or a file name read as a host.
 * - A `<meta name="SiteName">` without a domain is not used: site names repeat across portals
 *   (`区人民政府门户网站`) and change across years (繁体, renames), so they can neither prove nor
 *   disprove one portal.
 */
import type { PageSource } from '../source';

/**
 * Second-level labels under which registrations happen, for the country codes Chinese portals
 * use (a tiny public-suffix list): `shuyang.gov.cn`, `xxx.com.cn`, and the provincial `gd.cn`.
 * Any other domain is registered at its second level (`example.com`, `gov.cn` sites excepted).
 */
const SUFFIXES = new Set([
  ...['gov', 'com', 'org', 'net', 'edu', 'ac', 'mil'].map((l) => `${l}.cn`),
  // China's provincial second-level domains (bj.cn … xj.cn): few portals, but registrable under.
  ...'bj sh tj cq he sx nm ln jl hl js zj ah fj jx sd ha hb hn gd gx hi sc gz yn xz sn gs qh nx xj tw hk mo'
    .split(' ')
    .map((l) => `${l}.cn`),
  ...['gov', 'com', 'org', 'net', 'edu', 'idv'].flatMap((l) => [`${l}.hk`, `${l}.mo`, `${l}.tw`]),
]);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const NOT_TLDS = new Set([
  'html',
  'htm',
  'shtml',
  'jhtml',
  'jsp',
  'asp',
  'aspx',
  'php',
  'pdf',
  'doc',
  'docx',
]);

function loopback(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    host === '0.0.0.0' ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}

/** The registrable domain of a host name (already lower-case, no port, no trailing dot). */
function registrable(host: string): string | null {
  if (IPV4.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.').filter(Boolean);
  // A single label (an intranet name, a site name typed into SiteDomain) names no public portal; a
  // file name (`2021.html`) read as a host is not one either.
  if (labels.length < 2 || NOT_TLDS.has(labels[labels.length - 1]!)) return null;
  const last2 = labels.slice(-2).join('.');
  if (SUFFIXES.has(last2)) return labels.length >= 3 ? labels.slice(-3).join('.') : null;
  return last2;
}

/**
 * The portal (registrable domain) of a URL, or of a bare host as `<meta name="SiteDomain">` gives
 * it (`www.weibin.gov.cn`, `61.150.65.235:8080`); null for `file:`, loopback hosts, other schemes
 * and anything that is not an address. Case, a trailing dot and the port do not matter; an IDN
 * comes out as its ASCII (punycode) form, as the browser's `location` has it.
 */
export function portalOf(address: string | null | undefined): string | null {
  const raw = address?.trim();
  if (!raw) return null;
  // A bare host (SiteDomain) or a protocol-relative URL: read it as http.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw)
    ? raw
    : raw.startsWith('//')
      ? `http:${raw}`
      : `http://${raw}`;
  // `www.x.gov.cn:8080` parses as scheme `www.x.gov.cn:`; a host with a port has no scheme of its own.
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    if (/^[a-z0-9.-]+:\d+(?:[/?#]|$)/i.test(raw)) return portalOf(`http://${raw}`);
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/\.+$/, '');
  if (!host || loopback(host)) return null;
  // A host must look like one: letters, digits, hyphens and dots (punycode included), or an IP.
  if (!/^[a-z0-9.-]+$/.test(host) && !host.startsWith('[')) return null;
  return registrable(host);
}

/**
 * Whether a portal is a government's own site (`*.gov.cn`, `.gov.hk`/`.gov.mo`/`.gov.tw`, the `.政务`
 * domain), where what it publishes is its own bodies'. Anything else (a wiki or news site reposting
 * reports from all over the country, a shared host on a bare IP serving flip-books) may hold many
 * places' `政府办公室`, so sharing it does not make two reports one agency's.
 */
export function officialPortal(portal: string): boolean {
  return /(?:^|\.)gov\.(?:cn|hk|mo|tw)$|(?:^|\.)xn--zfr164b$/.test(portal);
}

/** What a page says about its own address: the fields `portalFromPage` reads. */
export type PortalEvidence = Pick<PageSource<unknown>, 'meta' | 'links' | 'savedFrom'>;

/**
 * The portal a page names itself, strongest evidence first: the address a browser saved it from
 * (`<!-- saved from url=(0051)http://… -->`), its `<link rel="canonical">`, `og:url`, the
 * `<meta name="Url">` of the 政府网站发展指引, then `<meta name="SiteDomain">`. A relative address
 * names no host and is passed over. Null when the page names none.
 */
export function portalFromPage(page: PortalEvidence): string | null {
  const candidates = [
    page.savedFrom,
    page.links?.canonical,
    page.meta['og:url'],
    page.meta.url,
    page.meta.sitedomain,
  ];
  for (const c of candidates) {
    // Only absolute addresses (or SiteDomain's bare host): a relative canonical says nothing.
    if (!c || (c !== page.meta.sitedomain && !/^(?:https?:)?\/\//i.test(c.trim()))) continue;
    const p = portalOf(c);
    if (p) return p;
  }
  return null;
}

/** The address in Chrome's or IE's `saved from url=(NNNN)…` comment, or null. */
export function savedFromComment(comment: string): string | null {
  const m = /^\s*saved from url=\(\d+\)(\S+)/i.exec(comment);
  return m ? m[1]! : null;
}
