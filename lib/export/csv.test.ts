import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageResult } from '../model';
import { toCsv, toTsv } from './csv';
import { neutralise } from './neutralise';
import { notReport, samplePage } from './testing';

/** A strict RFC 4180 reader, written independently of the writer so the two check each other. */
function parseDelimited(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
        if (i < text.length && text[i] !== sep && text[i] !== '\r')
          throw new Error(`junk after quote at ${i}`);
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"') {
      if (field !== '') throw new Error(`quote inside unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === sep) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n') {
      throw new Error(`bare LF at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

const HEADER = [
  'source',
  'agency',
  'year',
  'template',
  'table',
  'row',
  'column',
  'address',
  'label',
  'value',
  'raw',
  'findings',
  'table_label',
  'row_label',
  'column_label',
  'messages',
];

const body = (csv: string) => parseDelimited(csv.replace(/^\uFEFF/, ''));

describe('toCsv', () => {
  it('starts with a BOM, ends every line with CRLF and has exactly the contract columns', () => {
    const csv = toCsv([samplePage()]);
    expect(csv.startsWith('\uFEFFsource,agency,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(body(csv)[0]).toEqual(HEADER);
  });

  it('orders cells t2, t3, t4 in the template order, then other cells, then facts', () => {
    const addrs = body(toCsv([samplePage()]))
      .slice(1)
      .map((r) => r[7]);
    expect(addrs).toEqual([
      't2.rules.issued',
      't2.fees.amount',
      't3.new.natural',
      't3.new.total',
      't3.carried_out.total',
      't4.review.total',
      'x9.local.extra',
      'f.applications_received',
      'f.proactive_total',
    ]);
  });

  it('fills the columns: label from keys.ts, findings as rule ids, facts as table f', () => {
    const rows = body(toCsv([samplePage()])).slice(1);
    const byAddr = new Map(rows.map((r) => [r[7], r]));
    expect(byAddr.get('t3.new.total')).toEqual([
      'reports/a.html',
      '某某区统计局',
      '2021',
      '2021',
      't3',
      'new',
      'total',
      't3.new.total',
      '表三 一、本年新收政府信息公开申请数量 · 总计',
      '12',
      '12',
      't3-column-sum',
      '表三',
      '一、本年新收政府信息公开申请数量',
      '总计',
      '表三 本年新收 总计 12 ≠ 10',
    ]);
    expect(byAddr.get('t2.rules.issued')?.slice(9)).toEqual([
      '',
      '—',
      '',
      '表二',
      '规章',
      '本年制发件数',
      '',
    ]);
    expect(byAddr.get('f.applications_received')?.slice(4, 16)).toEqual([
      'f',
      'applications_received',
      '',
      'f.applications_received',
      '收到申请',
      '31',
      '新收到申请31件',
      '',
      '正文',
      '收到申请',
      '',
      '',
    ]);
    // No label: the quote stands in for it.
    expect(byAddr.get('f.proactive_total')?.slice(8)).toEqual([
      '主动公开政府信息共条',
      '',
      '主动公开政府信息共条',
      'text-blank-number',
      '正文',
      '主动公开政府信息总数',
      '',
      '正文“共条”缺数字',
    ]);
  });

  it('joins the messages of every finding on a cell with a line break, inside one quoted field', () => {
    const page = samplePage();
    if (!page.detected) throw new Error('unreachable');
    page.findings.push({
      rule: 't3-balance',
      severity: 'error',
      message: '表三 总计列：新收 12 + 结转 0 ≠ 办结 10 + 结转下年 -4',
      cells: ['t3.new.total'],
    });
    const csv = toCsv([page]);
    const row = body(csv).find((r) => r[7] === 't3.new.total');
    expect(row?.[11]).toBe('t3-column-sum t3-balance');
    expect(row?.[15]).toBe(
      '表三 本年新收 总计 12 ≠ 10\n表三 总计列：新收 12 + 结转 0 ≠ 办结 10 + 结转下年 -4',
    );
  });

  it('writes the publication date fact as an ISO date (the JSON keeps yyyymmdd)', () => {
    const page = samplePage({
      facts: [{ key: 'f.published', value: 20220315, quote: '2022年3月15日' }],
    });
    const row = body(toCsv([page])).find((r) => r[7] === 'f.published');
    expect(row?.slice(8, 10)).toEqual(['2022年3月15日', '2022-03-15']);
    expect(row?.[13]).toBe('发布日期');
  });

  it('says a figure the text gives as an estimate is one, where a cell names its column', () => {
    const page = samplePage({
      facts: [
        { key: 'f.proactive_total', value: 1200, quote: '主动公开信息1200余条', rough: true },
        { key: 'f.applications_received', value: 56, quote: '收到申请56件' },
      ],
    });
    const rows = body(toCsv([page]));
    expect(rows.find((r) => r[7] === 'f.proactive_total')?.[14]).toBe('约数 / estimate');
    expect(rows.find((r) => r[7] === 'f.applications_received')?.[14]).toBe('');
  });

  it('writes numbers as numbers: -4 and 4345.2 are not neutralised or quoted', () => {
    const csv = toCsv([samplePage()]);
    expect(csv).toContain(',-4,-4,,表三,');
    expect(csv).toContain(',4345.2,4345.2万元,,表二,');
  });

  it('neutralises formula text in any column and quotes per RFC 4180', () => {
    const page = samplePage({
      agency: '=HYPERLINK("http://x","点我")',
      cells: {
        't3.new.total': { value: null, raw: '@SUM(A1)' },
        't3.new.natural': { value: null, raw: '-1+cmd|" /C calc"!A0' },
        't3.new.legal': { value: null, raw: 'a,b\r\nc' },
      },
      facts: [],
    });
    const csv = toCsv([page]);
    const rows = body(csv).slice(1);
    expect(rows[0]?.[1]).toBe('\'=HYPERLINK("http://x","点我")');
    expect(csv).toContain('"\'=HYPERLINK(""http://x"",""点我"")"');
    const raws = rows.map((r) => r[10]);
    expect(raws).toEqual(['\'-1+cmd|" /C calc"!A0', 'a,b\r\nc', "'@SUM(A1)"]);
  });

  it('neutralises and quotes a raw value with a formula after a separator (12;=1+1)', () => {
    const page = samplePage({
      cells: {
        't3.new.total': { value: null, raw: '12;=1+1' },
        't3.new.natural': { value: null, raw: '12;-4' },
        't3.new.legal': { value: -4.5, raw: '-4.5' },
      },
      facts: [],
    });
    const csv = toCsv([page]);
    // Quoted, so a `;`-separator spreadsheet keeps it in one cell; `'` in case one does not.
    expect(csv).toContain(',"\'12;=1+1",');
    expect(csv).toContain(',"12;-4",');
    expect(csv).toContain(',-4.5,-4.5,');
    const raws = body(csv)
      .slice(1)
      .map((r) => r[10]);
    expect(raws).toEqual(['12;-4', '-4.5', "'12;=1+1"]);
  });

  it('stacks pages under one header and skips pages that are not reports', () => {
    const csv = toCsv([samplePage(), notReport(), samplePage({ agency: '乙局' }, 'b.html')]);
    const rows = body(csv);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    expect(rows.filter((r) => r[0] === 'source')).toHaveLength(1);
    expect(rows.filter((r) => r[0] === 'reports/a.html')).toHaveLength(9);
    expect(rows.filter((r) => r[0] === 'b.html')).toHaveLength(9);
    expect(toCsv([notReport()])).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
  });

  it('uses the url as source when there is no file', () => {
    const page = { ...samplePage(), file: undefined, url: 'https://www.example.gov.cn/a.html' };
    expect(body(toCsv([page as PageResult]))[1]?.[0]).toBe('https://www.example.gov.cn/a.html');
  });

  it('adds a trailing flags column with the notes flagged on each address', () => {
    const page = samplePage();
    if (!page.detected) throw new Error('unreachable');
    page.flags = [
      { id: '1', address: 't3.new.total', quote: '12', note: '问申请人', created: '2024-01-01' },
      { id: '2', address: 't3.new.total', quote: '12', note: '=核对', created: '2024-01-02' },
      { id: '3', address: null, quote: '某句', note: '正文', created: '2024-01-02' },
    ];
    const rows = body(toCsv([page], { flags: true }));
    expect(rows[0]).toEqual([...HEADER, 'flags']);
    const row = rows.find((r) => r[7] === 't3.new.total');
    expect(row?.[16]).toBe('问申请人 | =核对');
    expect(rows.find((r) => r[7] === 't3.new.natural')?.[16]).toBe('');
    expect(rows.every((r) => r.length === 17)).toBe(true);
  });
});

describe('toTsv', () => {
  it('has no BOM, separates with tabs and neutralises the same way', () => {
    const tsv = toTsv([samplePage({ agency: '+局\t名' })]);
    expect(tsv.startsWith('source\tagency\t')).toBe(true);
    const rows = parseDelimited(tsv, '\t');
    expect(rows[0]).toEqual(HEADER);
    expect(rows[1]?.[1]).toBe("'+局\t名");
    expect(rows.find((r) => r[7] === 't3.carried_out.total')?.[9]).toBe('-4');
  });

  it('neutralises and quotes a formula after a separator, as the CSV does', () => {
    const page = samplePage({ cells: { 't3.new.total': { value: null, raw: '12;=1+1' } }, facts: [] });
    const tsv = toTsv([page]);
    expect(tsv).toContain('\t"\'12;=1+1"\t');
    expect(parseDelimited(tsv, '\t')[1]?.[10]).toBe("'12;=1+1");
  });
});

describe('neutralise', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 10', "'+86 10"],
    ['@x', "'@x"],
    ['-', "'-"],
    ['-x', "'-x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-4', '-4'],
    ['-4.5', '-4.5'],
    ['12', '12'],
    ['—', '—'],
    ['', ''],
    ['a=b', 'a=b'],
    // A separator of any locale followed by a formula: `;` locales open `12;=1+1` as two cells.
    ['12;=1+1', "'12;=1+1"],
    ['a,@SUM(A1)', "'a,@SUM(A1)"],
    ['x\t+1', "'x\t+1"],
    ['a; =1', "'a; =1"],
    ['说明\r\n-x', "'说明\r\n-x"],
    [' =1+1', "' =1+1"],
    ['a;"=1+1"', '\'a;"=1+1"'],
    ['12;-4', '12;-4'],
    ['12;-4.5', '12;-4.5'],
    // As one cell (a `,` locale) this starts with `-` and is not a number: a formula to Excel.
    ['-4;-4.5', "'-4;-4.5"],
    ['1,000', '1,000'],
    ['a,b', 'a,b'],
    // Full-width punctuation is not a separator anywhere.
    ['合计；=1', '合计；=1'],
  ])('%j → %j', (input, out) => expect(neutralise(input)).toBe(out));
});

/**
 * How a spreadsheet in some locale splits a line into cells: on `sep` outside double quotes, a
 * wrapping pair of quotes removed. Lenient where parseDelimited is strict, like Excel's importer.
 */
function localeCells(text: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  const push = () => {
    cells.push(cell.startsWith('"') ? cell.slice(1).replace(/"$/, '').replaceAll('""', '"') : cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === sep || (ch === '\r' && text[i + 1] === '\n'))) {
      push();
      if (ch === '\r') i++;
    } else cell += ch;
  }
  push();
  return cells;
}

/** A cell a spreadsheet would run: a formula character first (leading spaces trimmed), not a number. */
function runs(cell: string): boolean {
  const t = cell.replace(/^ +/, '');
  return /^[=+@\t\r-]/.test(t) && !/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t);
}

describe('property: any text survives the CSV and never reaches a spreadsheet as a formula', () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({
      unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', ' ', '1', '.', 'a', '年'),
    }),
  );

  it('round-trips through the RFC 4180 reader and only numbers start with a trigger', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
        (agency, raw, v) => {
          const page = samplePage({ agency, cells: { 't3.new.total': { value: v, raw } }, facts: [] });
          const csv = toCsv([page]);
          const rows = body(csv);
          expect(rows).toHaveLength(2);
          const row = rows[1]!;
          expect(row).toHaveLength(16);
          expect(row[1]).toBe(neutralise(agency));
          expect(row[10]).toBe(neutralise(raw));
          // Undo the neutralising quote: the original text comes back exactly.
          const back = (s: string, orig: string) => (s === orig ? s : s.slice(1));
          expect(back(row[10]!, raw)).toBe(raw);
          expect(back(row[1]!, agency)).toBe(agency);
          expect(row[9]).toBe(v === null ? '' : String(v));
          // Every field that could run, whole or after any separator, went out neutralised.
          for (const f of row) {
            const pieces = [f, ...f.split(/[,;\t\r\n]/).slice(1)];
            if (pieces.some(runs)) expect(f.startsWith("'"), JSON.stringify(f)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('no cell starts a formula however a spreadsheet splits the CSV or the TSV (, ; tab)', () => {
    fc.assert(
      fc.property(text, text, text, (agency, raw, note) => {
        const page = samplePage({ agency, cells: { 't3.new.total': { value: null, raw } }, facts: [] });
        if (!page.detected) throw new Error('unreachable');
        page.flags = [{ id: 'f', address: 't3.new.total', quote: raw, note, created: '2024-01-01' }];
        for (const out of [toCsv([page], { flags: true }), toTsv([page], { flags: true })]) {
          for (const sep of [',', ';', '\t']) {
            for (const cell of localeCells(out.replace(/^\uFEFF/, ''), sep)) {
              if (runs(cell))
                expect.fail(`${JSON.stringify(cell)} runs when split on ${JSON.stringify(sep)}`);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
