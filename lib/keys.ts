/**
 * The canonical cell addresses of report-model.md: which rows and columns each table has under
 * each template, and the labels a journalist reads. Rules, exports and the UI all iterate these.
 */
import type { TableId, Template } from './model';

/**
 * The last year reported under the 2008 Regulations (第三十一条: every report by 31 March; 第三十二条: its
 * contents) and their statistics table, before the national template (国办公开办函〔2019〕60号, for 2019 on)
 * and the revised Regulations' deadlines.
 */
export const LAST_OLD_YEAR = 2018;

export interface KeyDef {
  key: string;
  label: string;
}

/** 表二 rows per template, each with its columns. */
export interface T2RowDef extends KeyDef {
  columns: KeyDef[];
}

const col = (key: string, label: string): KeyDef => ({ key, label });

const DOCS_2019 = [
  col('made', '本年新制作数量'),
  col('published', '本年新公开数量'),
  col('total', '对外公开总数量'),
];
const DOCS_2021 = [
  col('issued', '本年制发件数'),
  col('repealed', '本年废止件数'),
  col('in_force', '现行有效件数'),
];
const ITEMS_2019 = [
  col('prev_items', '上一年项目数量'),
  col('change', '本年增/减'),
  col('decisions', '处理决定数量'),
];
const DECISIONS_2021 = [col('decisions', '本年处理决定数量')];

export const T2_ROWS: Record<Template, T2RowDef[]> = {
  '2019': [
    { key: 'rules', label: '规章', columns: DOCS_2019 },
    { key: 'normative', label: '规范性文件', columns: DOCS_2019 },
    { key: 'permit', label: '行政许可', columns: ITEMS_2019 },
    { key: 'other_services', label: '其他对外管理服务事项', columns: ITEMS_2019 },
    { key: 'penalty', label: '行政处罚', columns: ITEMS_2019 },
    { key: 'coercion', label: '行政强制', columns: ITEMS_2019 },
    { key: 'fees', label: '行政事业性收费', columns: ITEMS_2019.slice(0, 2) },
    {
      key: 'procurement',
      label: '政府集中采购',
      columns: [col('projects', '采购项目数量'), col('amount', '采购总金额（万元）')],
    },
  ],
  '2021': [
    { key: 'rules', label: '规章', columns: DOCS_2021 },
    { key: 'normative', label: '行政规范性文件', columns: DOCS_2021 },
    { key: 'permit', label: '行政许可', columns: DECISIONS_2021 },
    { key: 'penalty', label: '行政处罚', columns: DECISIONS_2021 },
    { key: 'coercion', label: '行政强制', columns: DECISIONS_2021 },
    { key: 'fees', label: '行政事业性收费', columns: [col('amount', '本年收费金额（万元）')] },
  ],
};

/** 表三 columns, in the template's order. */
export const T3_COLUMNS: KeyDef[] = [
  col('natural', '自然人'),
  col('commercial', '商业企业'),
  col('research', '科研机构'),
  col('social', '社会公益组织'),
  col('legal', '法律服务机构'),
  col('other', '其他'),
  col('total', '总计'),
];

/** 表三's outcomes whose rows are reasons (不予公开, 无法提供, 不予处理), which a report may list after them. */
export const T3_REASON_GROUPS = ['denied', 'unable', 'refused'];

/** The five columns under 法人或其他组织 plus 自然人: the parts that sum to `total`. */
export const T3_PART_COLUMNS = T3_COLUMNS.slice(0, 6).map((c) => c.key);

const T3_COMMON_HEAD: KeyDef[] = [
  col('new', '一、本年新收政府信息公开申请数量'),
  col('carried_in', '二、上年结转政府信息公开申请数量'),
  col('granted', '（一）予以公开'),
  col('partial', '（二）部分公开'),
  col('denied.state_secret', '（三）不予公开 1.属于国家秘密'),
  col('denied.law_forbids', '（三）不予公开 2.其他法律行政法规禁止公开'),
  col('denied.safety', '（三）不予公开 3.危及“三安全一稳定”'),
  col('denied.third_party', '（三）不予公开 4.保护第三方合法权益'),
  col('denied.internal', '（三）不予公开 5.属于三类内部事务信息'),
  col('denied.process', '（三）不予公开 6.属于四类过程性信息'),
  col('denied.enforcement', '（三）不予公开 7.属于行政执法案卷'),
  col('denied.inquiry', '（三）不予公开 8.属于行政查询事项'),
  col('unable.not_held', '（四）无法提供 1.本机关不掌握相关政府信息'),
  col('unable.needs_making', '（四）无法提供 2.没有现成信息需要另行制作'),
  col('unable.unclear', '（四）无法提供 3.补正后申请内容仍不明确'),
  col('refused.complaint', '（五）不予处理 1.信访举报投诉类申请'),
  col('refused.repeat', '（五）不予处理 2.重复申请'),
  col('refused.publication', '（五）不予处理 3.要求提供公开出版物'),
  col('refused.mass', '（五）不予处理 4.无正当理由大量反复申请'),
  col('refused.confirm', '（五）不予处理 5.要求行政机关确认或重新出具已获取信息'),
];
const T3_TAIL: KeyDef[] = [col('outcome_total', '（七）总计'), col('carried_out', '四、结转下年度继续办理')];

/** 表三 rows per template, in the template's order. */
export const T3_ROWS: Record<Template, KeyDef[]> = {
  '2019': [...T3_COMMON_HEAD, col('other', '（六）其他处理'), ...T3_TAIL],
  '2021': [
    ...T3_COMMON_HEAD,
    col('other.no_correction', '（六）其他处理 1.申请人无正当理由逾期不补正'),
    col('other.no_fee', '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用'),
    col('other.else', '（六）其他处理 3.其他'),
    ...T3_TAIL,
  ],
};

/** 表四 rows and columns (the same under both templates). */
export const T4_ROWS: KeyDef[] = [
  col('review', '行政复议'),
  col('suit_direct', '行政诉讼·未经复议直接起诉'),
  col('suit_after_review', '行政诉讼·复议后起诉'),
];
export const T4_COLUMNS: KeyDef[] = [
  col('upheld', '结果维持'),
  col('corrected', '结果纠正'),
  col('other', '其他结果'),
  col('pending', '尚未审结'),
  col('total', '总计'),
];

/** 表四's columns a row's 总计 adds up: every column but 总计. */
export const T4_PART_COLUMNS = T4_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

export const TABLE_LABELS: Record<TableId, string> = {
  t2: '表二 主动公开政府信息情况',
  t3: '表三 收到和处理政府信息公开申请情况',
  t4: '表四 政府信息公开行政复议、行政诉讼情况',
};

// The same string object for the same address: the rules look cells up by address thousands of
// times a page, and a string met before is hashed and interned already (a new one is built, then
// hashed, every time). Keys are the catalogue's, a few hundred in all; the bound is a safeguard.
const ADDRESSES = new Map<string, Map<string, Map<string, string>>>();
const MAX_ADDRESSES = 4096;
let addresses = 0;

/** A canonical address `table.row.column`; rows may themselves contain a dot (`denied.safety`). */
export function address(table: TableId, row: string, column: string): string {
  const known = ADDRESSES.get(table)?.get(row)?.get(column);
  if (known !== undefined) return known;
  const addr = `${table}.${row}.${column}`;
  if (addresses < MAX_ADDRESSES) {
    let rows = ADDRESSES.get(table);
    if (rows === undefined) {
      rows = new Map();
      ADDRESSES.set(table, rows);
    }
    let columns = rows.get(row);
    if (columns === undefined) {
      columns = new Map();
      rows.set(row, columns);
    }
    columns.set(column, addr);
    addresses++;
  }
  return addr;
}

/** 表四's fifteen addresses in the template's order: 行政复议, then the two suits, each 结果维持 … 总计. */
export const T4_ADDRESSES = T4_ROWS.flatMap((r) => T4_COLUMNS.map((c) => address('t4', r.key, c.key)));

/** An address's parts, each address split once (read-only: shared by every caller). */
const SPLITS = new Map<string, Readonly<{ table: string; row: string; column: string }>>();

/** Splits an address into table, row and column (the column is always the last segment). */
export function splitAddress(addr: string): Readonly<{ table: string; row: string; column: string }> {
  const known = SPLITS.get(addr);
  if (known !== undefined) return known;
  const first = addr.indexOf('.');
  const last = addr.lastIndexOf('.');
  const parts = Object.freeze({
    table: addr.slice(0, first),
    row: addr.slice(first + 1, last),
    column: addr.slice(last + 1),
  });
  // The rules split the same few hundred addresses thousands of times a page; the bound keeps odd
  // input from growing the map.
  if (SPLITS.size < MAX_ADDRESSES) SPLITS.set(addr, parts);
  return parts;
}

const REQUIRED = new Map<Template, Record<TableId, string[]>>();

/** Every address the template requires, table by table, in the template's order (worked out once). */
export function requiredAddresses(template: Template): Record<TableId, string[]> {
  let req = REQUIRED.get(template);
  if (!req) {
    const built = buildRequired(template);
    // Shared between callers: frozen, so a caller that tried to change it would fail loudly.
    req = Object.freeze({
      t2: Object.freeze(built.t2),
      t3: Object.freeze(built.t3),
      t4: Object.freeze(built.t4),
    }) as Record<TableId, string[]>;
    REQUIRED.set(template, req);
  }
  return req;
}

function buildRequired(template: Template): Record<TableId, string[]> {
  const t2 = T2_ROWS[template].flatMap((r) => r.columns.map((c) => address('t2', r.key, c.key)));
  const t3 = T3_ROWS[template].flatMap((r) => T3_COLUMNS.map((c) => address('t3', r.key, c.key)));
  return { t2, t3, t4: [...T4_ADDRESSES] };
}

/** The short names of the tables, as a reporter cites them (`表三`). */
export const TABLE_SHORT: Record<TableId, string> = { t2: '表二', t3: '表三', t4: '表四' };

/** An address's three labels as printed in the template: `表三`, `一、本年新收…`, `自然人`. */
export function addressParts(
  addr: string,
  template: Template | null,
): { table: string; row: string; column: string } | null {
  const { table, row, column } = splitAddress(addr);
  const tpl = template ?? '2019';
  if (table === 't2') {
    const r =
      T2_ROWS[tpl].find((x) => x.key === row) ??
      T2_ROWS[tpl === '2019' ? '2021' : '2019'].find((x) => x.key === row);
    const c = r?.columns.find((x) => x.key === column);
    return { table: TABLE_SHORT.t2, row: r?.label ?? row, column: c?.label ?? column };
  }
  if (table === 't3') {
    const r = [...T3_ROWS['2021'], ...T3_ROWS['2019']].find((x) => x.key === row);
    const c = T3_COLUMNS.find((x) => x.key === column);
    return { table: TABLE_SHORT.t3, row: r?.label ?? row, column: c?.label ?? column };
  }
  if (table === 't4') {
    const r = T4_ROWS.find((x) => x.key === row);
    const c = T4_COLUMNS.find((x) => x.key === column);
    return { table: TABLE_SHORT.t4, row: r?.label ?? row, column: c?.label ?? column };
  }
  return null;
}

/** A human label for an address, e.g. `表三 本年新收 · 总计`. */
export function addressLabel(addr: string, template: Template | null): string {
  const p = addressParts(addr, template);
  return p ? `${p.table} ${p.row} · ${p.column}` : addr;
}

/**
 * A fact: the text naming the year's applications received a second time, with a figure other than
 * the first mention's (lib/recognise/facts.ts); text-table-mismatch holds it to 表三 as it does the first.
 */
export const APPLICATIONS_AGAIN = 'f.applications_received.again';

/**
 * A fact: the 主动公开 total stated a second time, with a figure other than the first mention's
 * (lib/recognise/facts.ts); text-self-mismatch holds the two to each other (no table has the total).
 */
export const PROACTIVE_AGAIN = 'f.proactive_total.again';

/**
 * Facts under this prefix (`f.prior_year.proactive_total`): the report's main counts where its prose
 * puts each in the year before the report's and none in its own (lib/recognise/facts.ts
 * priorYearCounts); year-mismatch names them.
 */
export const PRIOR_YEAR = 'f.prior_year.';

/**
 * A fact: the first sentence under a heading of the figures' sections (（一）主动公开政府信息的数量,
 * 三、收到和处理政府信息公开申请情况) that puts its count in the year before the report's
 * (lib/recognise/prior-lead.ts); year-mismatch names it. Its label is the heading, its value the sentence's
 * first count (exports name it as put under the year before: lib/export/rows.ts factName).
 */
export const PRIOR_YEAR_LEAD = 'f.prior_year_lead';
