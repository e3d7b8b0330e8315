/**
 * Which of the template's tables a page gives only as text: its header's words, then a run of bare
 * figures, in text blocks rather than in a table. A PDF whose table has no ruling lines (or only
 * some) reads so, as does a table pasted as text; the table is there, and missing-table does not
 * call it missing. Prose that tells the same figures (本年新收申请56件，予以公开22件…) names them with
 * their units, and seldom a header's words side by side (申请人情况 beside 法人或其他组织). Where the
 * signature is met by chance, the cost is a skipped check (a gap: no ✓), never a finding.
 *
 * 表二's, 表三's and 表四's cells are read from such text where it has exactly their template's shape
 * (t2FromText, t3FromText, t4FromText); any other shape reads nothing, so a misplaced figure is never
 * checked.
 */
import { address, T2_ROWS, T3_COLUMNS, T3_ROWS, T4_ADDRESSES, T4_COLUMNS } from '../keys';
import type { CellValue, TableId, Template } from '../model';
import type { Block, SourceTable } from '../source';
import { foldedOf, normOf } from './blocktext';
import { T2_ROW_ENDS } from './labels';

interface Signature {
  /** Words of the table's header, all within NEAR text blocks of each other. */
  words: string[];
  /** Bare figures (no unit after them) in those blocks and the AFTER blocks after them. */
  figures: number;
  /**
   * Or, for a table left blank (no figures to count), words only its labels use, all in those
   * blocks: 表三's rows (本年新收 …), 表四's results (结果维持 …; prose says 维持2件).
   */
  labels: string[];
}

// Words of a header, found whole in a line or broken over a column's lines (wordAt); 表二's 规范性文件
// may be 规範性檔案. A blank 表三's labels are those a narrow print keeps on one line (not 不予处理,
// which wraps among its rows': （五）不 | 出版物 | 予处).
const SIGNATURES: Record<TableId, Signature> = {
  // 第二十条第（一）项 | 信息内容 | 本年新制作数量 …, then rows of figures.
  t2: {
    words: ['第二十条', '信息内容'],
    figures: 8,
    labels: ['本年新制作数量', '上一年项目数量', '处理决定数量'],
  },
  t3: {
    words: ['申请人情况', '法人或其他组织'],
    figures: 20,
    labels: ['本年新收', '上年结转', '予以公开', '其他处理'],
  },
  t4: {
    words: ['行政复议', '行政诉讼', '复议后起诉'],
    figures: 10,
    labels: ['结果维持', '结果纠正', '尚未审结'],
  },
};

/** How many text blocks a header's words may spread over. */
const NEAR = 6;
/** How many text blocks after its header a table's figures are looked for in. */
const AFTER = 30;
/** And its labels, where it has no figures (a blank table printed narrow wraps each row's label). */
const LABELS_AFTER = 90;
/** The most characters (spaces left out) of a text block holding a piece of a word broken over lines. */
const PIECE = 40;
/**
 * How many of a table's header words' places are tried (a PDF repeats a header on each page it runs
 * over): a page that repeats them thousands of times costs no more than this many windows' reading.
 */
const MAX_HEADERS = 16;
/**
 * A figure with no unit or date after it: a table's cell, not a count in a sentence; nor a value
 * after a label's colon (a portal's 网站标识码：3201000012, 邮编：210000, 浏览次数：3521, 发布时间：…)
 * or one of a chain joined by - or / (a date 2024-01-18 in a list of related articles, a phone
 * number 025-12345678, an ICP number's 号-1): the page around an article, not a table's cells.
 */
const BARE =
  /(?<![\d.]|:\s{0,3}|\S[-/])\d+(?![\d.]*\s*(?:件|条|个|篇|份|人|次|项|万|元|年|月|日|号|%|％|天|起|宗|期|家|余|多)|[\d.]*[-/]\d)/g;

/** The tables (t2, t3, t4) the text blocks hold as text: for those `found` lacks. */
export function textTables<N>(blocks: Block<N>[], found: Record<TableId, boolean>): Set<TableId> {
  const out = new Set<TableId>();
  const wanted = (Object.keys(SIGNATURES) as TableId[]).filter((t) => !found[t]);
  if (wanted.length === 0) return out;
  // The page's text blocks (a table's words are not looked for in tables: a box's or a form's):
  // their words without spaces (a PDF may space a header's characters out), their figures apart.
  const texts = textBlocks(blocks);
  const norms = texts.map((b) => normOf(b));
  for (const t of wanted) {
    const { figures, labels } = SIGNATURES[t];
    let headers = 0;
    for (let i = 0; i < norms.length && !out.has(t) && headers < MAX_HEADERS; i++) {
      if (!headerAt(norms, i, t)) continue;
      headers++;
      let n = 0;
      const first = Math.max(0, i - NEAR);
      const last = Math.min(texts.length, i + NEAR + AFTER);
      for (let j = first; j < last && n < figures; j++) {
        BARE.lastIndex = 0;
        const folded = foldedOf(texts[j]!);
        while (n < figures && BARE.exec(folded)) n++;
      }
      if (n >= figures) out.add(t);
      else {
        // A blank table's rows run longer than its figures would (a narrow print wraps each label).
        const end = Math.min(texts.length, i + NEAR + LABELS_AFTER);
        const around = norms.slice(first, end).join('');
        if (labels.every((w) => around.includes(w) || wordIn(norms, first, end, w))) out.add(t);
      }
    }
  }
  return out;
}

/** Whether text block `i` holds the first word of table `t`'s header, and its other words are near. */
function headerAt(norms: string[], i: number, t: TableId): boolean {
  const { words } = SIGNATURES[t];
  if (!wordAt(norms, i, words[0]!)) return false;
  const from = Math.max(0, i - NEAR);
  const to = Math.min(norms.length, i + NEAR + 1);
  return words.every((w) => wordIn(norms, from, to, w));
}

/** Whether `word` is at one of text blocks `from`…`to` - 1 (wordAt). */
function wordIn(norms: string[], from: number, to: number, word: string): boolean {
  for (let j = from; j < to; j++) if (wordAt(norms, j, word)) return true;
  return false;
}

/**
 * Whether `word` is in text block `j`, or begins there and runs on in the blocks after it, a piece
 * in each: a narrow column breaks a header's word over its lines (法人或其 | 他组织, and 行政复议 set a
 * character a line: 行 | 政 | 复 | 议), which a PDF read without rules gives a line a block. Each
 * block holding a piece is a line of a column (at most PIECE characters), never a paragraph.
 */
function wordAt(norms: string[], j: number, word: string, piece = false): boolean {
  const n = norms[j];
  if (n === undefined || (piece && n.length > PIECE) || !n.includes(word[0]!)) return false;
  if (n.includes(word)) return true;
  if (n.length > PIECE) return false;
  for (let k = word.length - 1; k >= 1; k--)
    if (n.includes(word.slice(0, k)) && wordAt(norms, j + 1, word.slice(k), true)) return true;
  return false;
}

const textBlocks = <N>(blocks: Block<N>[]) =>
  blocks.filter((b): b is Extract<Block<N>, { kind: 'text' }> => b.kind === 'text');

/** A text block of bare figures only (`0 0 0 1`, `2`, tab-separated): a row, or cells, of a table. */
const FIGURES_ONLY = /^\s*\d+(?:\s+\d+)*\s*$/;
/** Bare figures that end a text block, after its words (`…尚未审结 总计 0 0 0 …`, `…总计0 0 0`). */
const TRAILING_FIGURES = /(?:^|[^\d.\s])\s*(\d+(?:\s+\d+)*)\s*$/;

/**
 * 表四's fifteen figures where the page gives it as text: after its header's words, the first run of
 * bare figures (at the end of a block of its words, then in blocks of figures only), where that run
 * holds exactly fifteen, read in the template's order (行政复议, then 未经复议直接起诉, then 复议后起诉;
 * each 结果维持, 结果纠正, 其他结果, 尚未审结, 总计): a one-row table's cells, in a line or one a line.
 * Any other count (a row cut short, a note's figure among them, the figures spread among words) is
 * not read; nor is a run a sentence naming the header's words (…行政复议…复议后起诉1件) comes before.
 */
export function t4FromText<N>(blocks: Block<N>[], nodes?: Map<string, N>): Record<string, CellValue> | null {
  const texts = textBlocks(blocks);
  const norms = texts.map((b) => normOf(b));
  for (let i = 0; i < texts.length; i++) {
    if (!headerAt(norms, i, 't4') || !inOrder(norms.slice(i, i + NEAR + 1).join(''), T4_ORDER)) continue;
    const { figures, at } = runFrom(texts, i);
    if (figures.length !== T4_ADDRESSES.length) continue;
    if (nodes) for (const [k, a] of T4_ADDRESSES.entries()) nodes.set(a, texts[at[k]!]!.node);
    return Object.fromEntries(
      T4_ADDRESSES.map((a, k) => [a, { value: Number(figures[k]), raw: figures[k]! }]),
    );
  }
  return null;
}

/** 表四's header words in the order the template prints them, where the text keeps them whole. */
const T4_ORDER = [['行政复议', '行政诉讼'], ['未经复议', '复议后起诉'], T4_COLUMNS.map((c) => c.label)];

/**
 * Whether a header's words that the text keeps whole come in the template's order, group by group
 * (a table that puts 总计 first, or the suits before the reviews, is not read in the template's order).
 */
function inOrder(header: string, groups: string[][]): boolean {
  return groups.every((words) => {
    const at = words.map((w) => header.indexOf(w)).filter((k) => k >= 0);
    return at.every((k, n) => n === 0 || k > at[n - 1]!);
  });
}

/**
 * The first run of bare figures from text block `from` on, within AFTER blocks (see t4FromText), and
 * the block each is in.
 */
function runFrom(texts: { text: string }[], from: number): { figures: string[]; at: number[] } {
  const last = Math.min(texts.length, from + NEAR + AFTER);
  for (let j = from; j < last; j++) {
    const run = TRAILING_FIGURES.exec(foldedOf(texts[j]!))?.[1];
    if (run === undefined) continue;
    const figures = run.split(/\s+/);
    const at = figures.map(() => j);
    for (j++; j < texts.length && FIGURES_ONLY.test(foldedOf(texts[j]!)); j++)
      for (const f of foldedOf(texts[j]!).trim().split(/\s+/)) {
        figures.push(f);
        at.push(j);
      }
    return { figures, at };
  }
  return { figures: [], at: [] };
}

/** A row label's numbering: （三） or (三), 一、, 1. (or 1．, 1、). */
const MARKER = /[（(]([一二三四五六七])[）)]|([一二三四])、|(?<![\d.．])([1-8])[.．、](?!\d)/g;

/** The last numbering a label text holds, as `p三`, `t一` or `s1`; null when it holds none. */
function lastMarker(label: string): string | null {
  let last: string | null = null;
  for (const m of label.matchAll(MARKER)) last = m[1] ? `p${m[1]}` : m[2] ? `t${m[2]}` : `s${m[3]}`;
  return last;
}

/** 表三's rows per template, each with the numbering its label ends on (`（三）不予公开 1.属于…` → s1). */
const T3_MARKERS: Record<Template, { key: string; marker: string }[]> = {
  '2019': T3_ROWS['2019'].map((r) => ({ key: r.key, marker: lastMarker(r.label)! })),
  '2021': T3_ROWS['2021'].map((r) => ({ key: r.key, marker: lastMarker(r.label)! })),
};

/**
 * A figure with its unit, or a year or a date part: one token, not a figure and a word. Not 人: in a
 * PDF without rules, 2021's 2.申请人逾期… wraps its 人 onto its row's last figure (`0人逾期`).
 */
const STUCK_UNIT = /^(?:\d+[件条个项次家万元余多]|(?:19|20)\d{2}年|\d{1,2}[月日号])$/;

/** Where a 表三 given as text ends: 表四's header, or the section after 表三. */
const T3_END = /行政复议|行政诉讼|^四、政府信息公开|^五、/;

/**
 * 表三's cells where the page gives it as text: from its header on, each row a label and then its
 * seven figures (a label's words may wrap round its figures, as a PDF without rules sets them; its
 * numbering stays beside them). Read only where the rows are exactly the template's, in its order,
 * each label ending on the numbering of the row it stands for (一、 for 本年新收, （一） for 予以公开,
 * 1. for 属于国家秘密 under （三） …), each with seven bare figures: 23 rows (2019) or 25 (2021), which
 * also tells the template. The columns are the template's, in its order (自然人, the five kinds of
 * 法人或其他组织, 总计), where the header's words that the text keeps whole (T3_HEADER) agree. Any
 * other shape (a row missing or extra, a blank, a figure more or less, a row out of order) reads nothing.
 */
export function t3FromText<N>(
  blocks: Block<N>[],
  nodes?: Map<string, N>,
): { cells: Record<string, CellValue>; template: Template } | null {
  const texts = textBlocks(blocks);
  const norms = texts.map((b) => normOf(b));
  const at = norms.findIndex((_, i) => headerAt(norms, i, 't3'));
  if (at < 0) return null;
  // The text from the header on, up to 表四 or the next section, block by block.
  // A figure stuck to a word is apart from it (`总计0`; a row's last figure on the next row's
  // numbering, `0（六）其他处理`, or on a wrapped label's line, `0果`, `20年度办`), but not from its
  // unit, nor a year or a date from theirs (`3件`, `2020年`, `12月` stay no figure).
  const tokens = tokensOf(texts, norms, at, 400, T3_END, (text) =>
    text
      .replace(/([^\d\s.．])(\d)/g, '$1 $2')
      .replace(/\d+(?=\(|[^\x00-\x7f．％])/g, (n, k: number, all: string) =>
        STUCK_UNIT.test(all.slice(k, k + n.length + 1)) ? n : `${n} `,
      ),
  );
  const rows = rowsOf(tokens, (t) => /^\d+$/.test(t));
  const template = rows.length === T3_MARKERS['2021'].length ? '2021' : '2019';
  const want = T3_MARKERS[template];
  if (rows.length !== want.length || !t3HeaderInOrder(norms.slice(at, at + 12))) return null;
  const cells: Record<string, CellValue> = {};
  const where = new Map<string, N>();
  for (let r = 0; r < rows.length; r++) {
    const { label: l, figures, at: blockOf } = rows[r]!;
    if (figures.length !== T3_COLUMNS.length || lastMarker(l) !== want[r]!.marker) return null;
    T3_COLUMNS.forEach((c, i) => {
      const a = address('t3', want[r]!.key, c.key);
      cells[a] = { value: Number(figures[i]), raw: figures[i]! };
      where.set(a, texts[blockOf[i]!]!.node);
    });
  }
  for (const [a, n] of where) nodes?.set(a, n);
  return { cells, template };
}

/**
 * A table's tokens as text, from text block `at` on (at most `most` blocks, up to one `end` names):
 * each block's folded text set apart by `split` into words and figures, with the block each is in.
 */
function tokensOf<N>(
  texts: { text: string; node: N }[],
  norms: string[],
  at: number,
  most: number,
  end: RegExp,
  split: (text: string) => string,
): { tokens: string[]; at: number[] } {
  const tokens: string[] = [];
  const where: number[] = [];
  for (let j = at; j < texts.length && j < at + most; j++) {
    if (j > at && end.test(norms[j]!)) break;
    for (const t of split(foldedOf(texts[j]!)).split(/\s+/))
      if (t !== '') {
        tokens.push(t);
        where.push(j);
      }
  }
  return { tokens, at: where };
}

/** Tokens as rows: the words up to a figure are a label, the figures after it its row's (with their blocks). */
function rowsOf(
  { tokens, at }: { tokens: string[]; at: number[] },
  figure: (token: string) => boolean,
): { label: string; figures: string[]; at: number[] }[] {
  const rows: { label: string; figures: string[]; at: number[] }[] = [];
  let label = '';
  for (let k = 0; k < tokens.length; ) {
    if (!figure(tokens[k]!)) {
      label += tokens[k++];
      continue;
    }
    const row = { label, figures: [] as string[], at: [] as number[] };
    for (; k < tokens.length && figure(tokens[k]!); k++) {
      row.figures.push(tokens[k]!);
      row.at.push(at[k]!);
    }
    rows.push(row);
    label = '';
  }
  return rows;
}

/**
 * 表三's column words in the template's order. Not 总计: spanning the header's rows, it is set as text
 * on their first line, before 自然人 (and a 总计 put first would make every row's 总计 check fail).
 */
const T3_HEADER = [['自然人', '法人或其他组织'], T3_COLUMNS.slice(1, 5).map((c) => c.label)];

/**
 * Whether 表三's header, as text blocks, is in the template's order: the five kinds of 法人或其他组织
 * across the header, and 自然人 before 法人或其他组织 where one line holds both. On two lines their order
 * says nothing: a PDF sets the spanning 法人或其他组织 on the header's upper line and 自然人, which spans
 * both rows, lower, centred (a table printed without rules read nothing for that).
 */
function t3HeaderInOrder(header: string[]): boolean {
  return inOrder(header.join(''), [T3_HEADER[1]!]) && header.every((line) => inOrder(line, [T3_HEADER[0]!]));
}

/** Where a 表二 given as text ends: 表三's section or its header. */
const T2_END = /^三、|收到和处理政府信息公开申请|申请人情况/;
/** A figure of 表二: a count, a change (本年增/减 may be -3 or +21), an amount (12.35 万元). */
const T2_FIGURE = /^[-−+]?\d+(?:\.\d+)?$/;
/** A label at least this long may be cut short by a wrap (其他对外管理服务事 | 项): its start then names it. */
const WRAPPED_MIN = 4;

/**
 * 表二's cells where the page gives it as text (a PDF drawn without rules): from its first 第二十条 on,
 * each row a label and then its figures, as t3FromText reads 表三. Read only where the rows are exactly
 * one template's, in its order (2019: 规章 … 政府集中采购, eight; 2021: 规章 … 行政事业性收费, six),
 * each label ending on its row's name (or on the start of a long one a line wrapped: 其他对外管理服务事;
 * or on the words a table's row may say instead, T2_ROW_ENDS: 规范性文件 in 2021, 行政事业型收费)
 * and each with exactly its row's figures (3, 3, 3 … 2 in 2019; 3, 3, 1, 1, 1, 1 in 2021). Any other
 * shape (a `/` or a blank for a figure, a row missing or extra) reads nothing.
 */
export function t2FromText<N>(
  blocks: Block<N>[],
  nodes?: Map<string, N>,
): { cells: Record<string, CellValue>; template: Template } | null {
  const texts = textBlocks(blocks);
  const norms = texts.map((b) => normOf(b));
  const at = norms.findIndex((_, i) => headerAt(norms, i, 't2'));
  if (at < 0) return null;
  // A figure stuck to a word is apart from it (`现行有效件数规章 0 0 0行政规范性文件`), a sign or a decimal
  // point kept with its figure.
  const tokens = tokensOf(texts, norms, at, 200, T2_END, (text) =>
    text.replace(/([^\d\s.．\-−+])([-−+]?\d)/g, '$1 $2').replace(/(\d)([^\d\s.．])/g, '$1 $2'),
  );
  const rows = rowsOf(tokens, (t) => T2_FIGURE.test(t));
  for (const template of ['2019', '2021'] as const) {
    const want = T2_ROWS[template];
    if (rows.length !== want.length) continue;
    const cells: Record<string, CellValue> = {};
    const where = new Map<string, N>();
    const fits = want.every((row, r) => {
      const { label: l, figures, at: blockOf } = rows[r]!;
      const named = endsOnName(l, row.label) || T2_ROW_ENDS[row.key]?.test(l) === true;
      if (figures.length !== row.columns.length || !named) return false;
      row.columns.forEach((c, i) => {
        const raw = figures[i]!.replace('−', '-');
        // (Number reads +21 as 21.)
        const a = address('t2', row.key, c.key);
        cells[a] = { value: Number(raw), raw };
        where.set(a, texts[blockOf[i]!]!.node);
      });
      return true;
    });
    if (!fits) continue;
    for (const [a, n] of where) nodes?.set(a, n);
    return { cells, template };
  }
  return null;
}

/** Whether a row's words end on its name, or on the start of a long name a wrap cut short. */
function endsOnName(label: string, name: string): boolean {
  if (label.endsWith(name)) return true;
  for (let n = name.length - 1; n >= WRAPPED_MIN; n--) if (label.endsWith(name.slice(0, n))) return true;
  return false;
}

/**
 * A `<table>` set a cell to a row as lines of text: each figure's cell a line (so its cell is the one
 * marked), the words between them one line (a header's words, then a row's label: 行政复议 行政诉讼 …
 * 复议后起诉 结果维持 …), as a table pasted as text reads. A figure is one of 表二's (T2_FIGURE).
 */
export function linesOf<N>(table: SourceTable<N>): Block<N>[] {
  const out: Block<N>[] = [];
  let words: { text: string; node: N } | null = null;
  for (const row of table.rows) {
    const cell = row.find((c) => c.text.trim() !== '');
    if (!cell) continue;
    if (T2_FIGURE.test(cell.text.trim())) {
      if (words) out.push({ kind: 'text', ...words });
      words = null;
      out.push({ kind: 'text', text: cell.text, node: cell.node });
    } else if (words) words.text += ` ${cell.text}`;
    else words = { text: cell.text, node: cell.node };
  }
  if (words) out.push({ kind: 'text', ...words });
  return out;
}
