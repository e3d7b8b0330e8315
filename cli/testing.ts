/** Report pages for the CLI tests, built with the core tests' table builders. */
import { consistentT3, page, t3Html } from '../test/unit/builders';

/** How a test report departs from a clean one. */
export interface ReportTweaks {
  /** 表三 stops adding up (new.total off by 5): a t3 error. */
  broken?: boolean;
  /** Adds this many to both 上年结转 and 结转下年度 of 自然人, so the year balances but carries over. */
  carry?: number;
  /** The address the page says it was saved from (its portal); none by default. */
  savedFrom?: string;
  /** The page's `<link rel="canonical">` address; none by default. */
  canonical?: string;
}

/** A 2021-template report page of `agency` for `year`. */
export function reportHtml(agency: string, year: number, tweaks: ReportTweaks = {}): string {
  const values = consistentT3('2021', year);
  const bump = (row: string, cols: number[], by: number) => {
    values[row] = values[row]!.map((v, i) => (cols.includes(i) ? Number(v) + by : v));
  };
  if (tweaks.broken) bump('new', [6], 5);
  if (tweaks.carry) {
    bump('carried_in', [0, 6], tweaks.carry);
    bump('carried_out', [0, 6], tweaks.carry);
  }
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const html = page(
    title,
    `<p>三、收到和处理政府信息公开申请情况</p>${t3Html(values, { template: '2021', style: 'rowspan' })}`,
  );
  const { savedFrom, canonical } = tweaks;
  const from = savedFrom
    ? `<!-- saved from url=(${String(savedFrom.length).padStart(4, '0')})${savedFrom} -->`
    : '';
  return html
    .replace(/^<!doctype html>/i, (m) => `${m}${from}`)
    .replace('</head>', canonical ? `<link rel="canonical" href="${canonical}"></head>` : '</head>');
}

/** A page that is not a report. */
export const NEWS_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>新闻</title></head><body><p>今天天气晴。</p></body></html>';

/** Captures what the CLI writes, pretending to be a terminal or not. */
export function captureIo(opts: { tty?: boolean; errTty?: boolean; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    io: {
      stdout: { isTTY: opts.tty ?? false, write: (s: string) => out.push(s) },
      stderr: { isTTY: opts.errTty ?? false, columns: 80, write: (s: string) => err.push(s) },
      env: opts.env ?? {},
    },
  };
}
