/** Report pages for the CLI tests, built with the core tests' table builders. */
import { consistentT3, page, t3Html } from '../test/unit/builders';

/** A 2021-template report page of `agency` for `year`; `broken` makes 表三 not add up. */
export function reportHtml(agency: string, year: number, broken = false): string {
  const values = consistentT3('2021', year);
  if (broken) values.new = values.new!.map((v, i) => (i === 6 ? Number(v) + 5 : v));
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  return page(
    title,
    `<p>三、收到和处理政府信息公开申请情况</p>${t3Html(values, { template: '2021', style: 'rowspan' })}`,
  );
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
