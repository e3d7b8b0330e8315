/**
 * The command line: `gov-report-audit [--json | --csv] [--out FILE] [--max-size N] [--jobs N] FILE|DIR|URL...`,
 * or `gov-report-audit --follow [--max-pages N] [--delay MS] … URL...` to sweep a portal's report column.
 */
import { parseArgs } from 'node:util';

/** What the user asked for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'audit';
      format: 'text' | 'json' | 'csv';
      /** null (or `-o -`): standard output. */
      out: string | null;
      /** The size cap for one page, in bytes. */
      maxBytes: number;
      /** Worker threads auditing at once (`--jobs`); null: one fewer than the cores. */
      jobs: number | null;
      /** `--follow`: the inputs are report columns to sweep; null for a plain run. */
      follow: { maxPages: number; delayMs: number } | null;
      inputs: string[];
    }
  | { kind: 'usage-error'; message: string };

/** The `--help` text, Chinese first with English beside it. */
export const HELP = `用法 / usage: gov-report-audit [--json | --csv] [--out FILE] [--max-size N] [--jobs N] FILE|DIR|URL...
       gov-report-audit --follow [--max-pages N] [--delay MS] [--json | --csv] [--out FILE] URL...

核查政府信息公开工作年度报告（表二、表三、表四的勾稽关系、正文数字、发布时间……）。
Audits Chinese government information-disclosure annual reports.

输入 / inputs:
  FILE          一个 HTML（含存为单个文件的 .mhtml / .mht）、PDF 或 Word（.docx）文件
                （只读普通文件，不读管道、设备、套接字）
                an HTML (also a page saved as one file, .mhtml / .mht), PDF or Word (.docx)
                file (regular files only: never a FIFO, device or socket); a scanned PDF
                (no text layer) cannot be read
  DIR           目录下所有 .html/.htm/.mhtml/.pdf/.docx（递归，跳过隐藏目录和 node_modules；
                不跟随指向目录的符号链接；实为网页的 .doc/.wps 照常读取；跳过的链接和读不了的
                .doc/.wps/.ofd 在标准错误中列出）
                every .html/.htm/.mhtml/.pdf/.docx below it, recursively (hidden dirs and node_modules
                skipped; symlinks to folders not followed; a .doc/.wps that is a saved page is read;
                skipped links, and .doc/.wps/.ofd files it cannot read, named on stderr)
  URL           http(s) 网址，网页或 PDF 附件 / an http(s) address, a page or a PDF
                (15 s, 5 redirects)

选项 / options:
  --json        输出 JSON 导出 / print the JSON export (an array of page results)
  --csv         输出整齐的 CSV（每格一行）/ print the tidy CSV, one row per cell
  -o, --out FILE
                写入文件而非标准输出（- 即标准输出）；不覆盖输入文件或已有的网页、文档
                write to FILE instead of stdout (- is stdout); never over an input, or over an
                existing page or document (.html, .pdf, .docx …)
  --max-size N  每个页面的大小上限，默认 50 MB；N 以 MB 计，或带单位：500KB、1.5GB
                the size cap for one page, 50 MB by default; N in MB, or with a unit: 500KB, 1.5GB
  --follow      把每个网址当作年报栏目页：核查本页、它的“下一页”（至多 20 页）和它链到的同一网站上
                标题像年报的页面（年报、年度报告、政府信息公开……报告；只跟一层）；同时至多 2 个请求；
                其他网站的链接从不访问；失效或跳过的链接在标准错误中列出原因
                treat each URL as a portal's report column: audit the page, its 下一页 pages (20 at
                most) and the same-host pages it links to whose words look like a report (one level);
                2 requests at a time; links to other hosts are never fetched; dead or skipped links
                are named on stderr with the reason
  --max-pages N --follow 最多读取的页数（含列表页），默认 200 / pages fetched at most, list pages
                included, 200 by default
  --delay MS    --follow 两次请求之间的间隔（毫秒），默认 500，可为 0 / milliseconds between two
                requests, 500 by default, 0 allowed
  -j, --jobs N  同时核查的线程数（本进程加 N-1 个工作线程），默认为 CPU 核数减一（双核即只在
                本进程内）；1 即在本进程内逐个核查；最多与核数相同；输出相同，按输入顺序
                threads auditing at once (this one and N-1 workers), one fewer than the cores
                by default (on 2 cores: this one alone); 1 audits in this process only; never
                more than the cores; the output is the same, in input order, whatever N
  -h, --help    显示本帮助 / show this help
  -v, --version 显示版本 / show the version

退出码 / exit codes:
  0  核查完毕，无错误 / audited, no error findings
  1  发现错误 / some error finding
  2  用法错误或有输入无法读取 / bad usage or an unreadable input
`;

/** Parses argv (without `node` and the script); never throws. */
export function parseCommand(argv: string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    return { kind: 'usage-error', message: parseError(e, argv) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (values.json && values.csv) {
    return { kind: 'usage-error', message: '--json 与 --csv 只能选一个 / choose one of --json and --csv' };
  }
  if (values.out === '')
    return { kind: 'usage-error', message: '--out 需要文件名 / --out needs a file name' };
  if (positionals.length === 0) {
    return { kind: 'usage-error', message: '没有输入 / no input: give a FILE, DIR or URL' };
  }
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values['max-size'] !== undefined) {
    const n = parseSize(values['max-size']);
    if (n === null) {
      return {
        kind: 'usage-error',
        message: `--max-size 无效 / invalid --max-size: ${values['max-size']} (如 / e.g. 50, 20MB, 500KB)`,
      };
    }
    maxBytes = n;
  }
  let jobs: number | null = null;
  if (values.jobs !== undefined) {
    jobs = /^\s*\d{1,4}\s*$/.test(values.jobs) ? Number(values.jobs) : 0;
    if (jobs < 1) {
      return {
        kind: 'usage-error',
        message: `--jobs 无效 / invalid --jobs: ${values.jobs} (正整数 / a whole number from 1, 如 / e.g. 1, 4)`,
      };
    }
  }
  let follow: { maxPages: number; delayMs: number } | null = null;
  if (values.follow) {
    const notUrl = positionals.find((p) => !/^https?:\/\//i.test(p));
    if (notUrl !== undefined)
      return {
        kind: 'usage-error',
        message: `--follow 只接受网址 / --follow takes http(s) URLs only: ${notUrl}`,
      };
    const maxPages = whole(values['max-pages'], 200, 1);
    if (maxPages === null)
      return {
        kind: 'usage-error',
        message: `--max-pages 无效 / invalid --max-pages: ${values['max-pages']} (正整数 / a whole number from 1)`,
      };
    const delayMs = whole(values.delay, 500, 0);
    if (delayMs === null)
      return {
        kind: 'usage-error',
        message: `--delay 无效 / invalid --delay: ${values.delay} (毫秒，0 或正整数 / milliseconds, a whole number from 0)`,
      };
    follow = { maxPages, delayMs };
  } else if (values['max-pages'] !== undefined || values.delay !== undefined) {
    return {
      kind: 'usage-error',
      message: '--max-pages 与 --delay 只用于 --follow / --max-pages and --delay go with --follow',
    };
  }
  const format = values.json ? 'json' : values.csv ? 'csv' : 'text';
  const out = values.out === undefined || values.out === '-' ? null : values.out;
  return { kind: 'audit', format, out, maxBytes, jobs, follow, inputs: positionals };
}

/**
 * What node:util's parseArgs refused, said Chinese first with English beside: its own messages are
 * English only, and one (`--jobs -1`) is three lines about a dash. The option is read from its
 * message (`'-o, --out <value>'`, `'--bogus'`); a message of another shape is passed on whole.
 */
function parseError(e: unknown, argv: readonly string[]): string {
  const { code, message } = e as { code?: string; message?: string };
  const text = String(message ?? e);
  const name = /'(?:-\w, )?(--?[^\s'<]+)/.exec(text)?.[1];
  if (name !== undefined && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `未知选项 / unknown option: ${name}（以 - 开头的文件名请写在 -- 之后 / a file name starting with - goes after --: -- ${name}）`;
  if (name !== undefined && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (text.includes('argument missing')) return `${name} 缺少值 / ${name} needs a value`;
    if (text.includes('does not take an argument')) return `${name} 不带值 / ${name} takes no value`;
    if (text.includes('ambiguous')) {
      const value = argv[argv.indexOf(name) + 1] ?? '';
      return `${name} 无效 / invalid ${name}: ${value}（值不能以 - 开头 / a value cannot start with -）`;
    }
  }
  return `参数有误 / bad arguments: ${text.split('\n')[0]}`;
}

/** A whole number of at least `min` (up to 7 digits), `fallback` when absent, null when bad. */
function whole(text: string | undefined, fallback: number, min: number): number | null {
  if (text === undefined) return fallback;
  if (!/^\s*\d{1,7}\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min ? n : null;
}

const MB = 1024 * 1024;
/** The default size cap for one page: far above any real report page (the largest are ~5 MB). */
export const DEFAULT_MAX_BYTES = 50 * MB;
const UNITS: Record<string, number> = { b: 1, k: 1024, m: MB, g: 1024 * MB };

/** `50`, `50MB`, `50M`, `500KB`, `1.5GiB`, `1000000B` → bytes (a bare number is MB); null if bad. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([bkmg])(?:i?b)?)?\s*$/i.exec(text);
  if (!m) return null;
  const bytes = Math.floor(Number(m[1]) * UNITS[(m[2] ?? 'm').toLowerCase()]!);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : null;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      'max-size': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      follow: { type: 'boolean' },
      'max-pages': { type: 'string' },
      delay: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
