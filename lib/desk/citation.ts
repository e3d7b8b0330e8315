/**
 * 复制引用: a finding or a flag as a short Chinese paragraph a journalist pastes into a draft —
 * which report (title, agency, URL, when it was read), which cells with their values, and the
 * rule's arithmetic. Plain text; everything from the page is stripped of control characters.
 */
import { splitAddress } from '../keys';
import type { Finding, Flag, OtherReport, Report, TableId } from '../model';
import { isStatFact, statRow } from '../recognise/stat-table';
import { cellLabel, fmt, shortQuote, TABLE_NAMES } from '../rules/helpers';
import type { SavedReport } from './model';

/** What a citation needs of a saved report. */
export interface CitedReport {
  report: Report;
  url: string;
  accessedAt: string;
}

/** What a citation needs, taken from a saved desk record. */
export function citedReport(saved: SavedReport): CitedReport {
  return { report: saved.result.report, url: saved.url, accessedAt: saved.accessedAt };
}

// A finding such as copied-table names a whole table; a citation names the first few and counts the rest.
const MAX_CELLS = 8;

/**
 * Page text is hostile: C0/C1 controls and bidi overrides could hide or reorder what a reader sees
 * in the draft; line breaks become spaces so the citation stays one paragraph.
 */
export function plain(s: string): string {
  return s
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * An ISO time as `2026年11月23日 14:05`, in Beijing time: the reports are Chinese, and a citation
 * must read the same whichever machine copied it.
 */
export function accessText(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return plain(iso);
  const d = new Date(t + 8 * 3600_000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
}

/** `据某某局发布的《…》（URL，…访问），`: who published what, where and when it was read. */
function source(saved: CitedReport): string {
  const { report } = saved;
  const agency = report.agency ? plain(report.agency) : '';
  const title = plain(report.title).replace(/^《|》$/g, '') || '（无标题）';
  const who = agency ? `${agency}发布的` : '';
  return `据${who}《${title}》（${plain(saved.url)}，${accessText(saved.accessedAt)}访问），`;
}

/** A cell's value as cited: the number (万元 for money), or what the blank cell held. */
function valueText(report: Report, addr: string): string {
  const cell = report.cells[addr];
  if (!cell) return '未填报';
  if (cell.value === null)
    return cell.raw.trim() ? `无法识别（原文“${shortQuote(plain(cell.raw), 20)}”）` : '为空';
  const unit = splitAddress(addr).column === 'amount' ? '万元' : '';
  return `为 ${fmt(cell.value)}${unit}`;
}

/** `表三「本年新收·总计」为 41、「上年结转·总计」为 2`, facts by their quote; null when nothing to name. */
function cellsText(report: Report, addrs: string[]): string | null {
  const parts: string[] = [];
  let table: string | null = null;
  for (const addr of addrs.slice(0, MAX_CELLS)) {
    const fact = report.facts.find((f) => f.key === addr);
    if (fact) {
      table = null;
      // A cell of the 2008 form's statistics table is no sentence of the text.
      parts.push(
        isStatFact(fact.key)
          ? `统计表「${plain(statRow(fact))}」为 ${fmt(fact.value ?? 0)}`
          : `报告正文称“${shortQuote(plain(fact.quote))}”`,
      );
      continue;
    }
    const t = splitAddress(addr).table;
    const name = TABLE_NAMES[t as TableId] as string | undefined;
    const text = `「${plain(label(addr, report))}」${valueText(report, addr)}`;
    parts.push(name && t !== table ? `${name}${text}` : text);
    table = name ? t : null;
  }
  if (parts.length === 0) return null;
  const more = addrs.length > MAX_CELLS ? `等 ${addrs.length} 项` : '';
  return `${parts.join('、')}${more}`;
}

/** A cell's label; a cell of the other template than the report's (a mixed-up table) still gets one. */
function label(addr: string, report: Report): string {
  const own = cellLabel(addr, report.template);
  if (!own.endsWith(`·${splitAddress(addr).column}`)) return own;
  return cellLabel(addr, report.template === '2021' ? '2019' : '2021');
}

/** Drops the sentence's own closing punctuation, since the citation adds its own 。 */
function sentence(s: string): string {
  return plain(s).replace(/[。.；;，,\s]+$/, '');
}

/**
 * `对照其2021年度报告《…》（URL，2022年1月25日发布），`: the other report a cross-year finding
 * compares with, so a reader can check both. Its date is the one it was published (not read).
 */
function otherText(other: OtherReport): string {
  const title = plain(other.title).replace(/^《|》$/g, '') || '（无标题）';
  const where = plain(other.url ?? other.file ?? '');
  const m = other.published ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(other.published) : null;
  const date = m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日发布` : '';
  const paren = [where, date].filter(Boolean).join('，');
  return `对照其${other.year}年度报告《${title}》${paren ? `（${paren}）` : ''}，`;
}

/**
 * The citation of a finding: source, the cells it names with their values, and its message; a
 * finding across reports cites the other report too.
 */
export function citeFinding(saved: CitedReport, finding: Finding): string {
  const cells = cellsText(saved.report, finding.cells);
  const other = finding.other ? otherText(finding.other) : '';
  return `${source(saved)}${other}${cells ? `${cells}；` : ''}${sentence(finding.message)}。`;
}

/** The citation of a user's flag: source, the flagged cell (or quoted text), and the user's note. */
export function citeFlag(saved: CitedReport, flag: Flag): string {
  const what =
    (flag.address ? cellsText(saved.report, [flag.address]) : null) ??
    `报告原文“${shortQuote(plain(flag.quote), 80)}”`;
  const note = sentence(flag.note);
  return `${source(saved)}${what}${note ? `；核查备注：${note}` : ''}。`;
}
