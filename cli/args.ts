/** The command line: `gov-report-audit [--json | --csv] [--out FILE] FILE|DIR|URL...`. */
import { parseArgs } from 'node:util';

/** What the user asked for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'audit'; format: 'text' | 'json' | 'csv'; out: string | null; inputs: string[] }
  | { kind: 'usage-error'; message: string };

/** The `--help` text, Chinese first with English beside it. */
export const HELP = `用法 / usage: gov-report-audit [--json | --csv] [--out FILE] FILE|DIR|URL...

核查政府信息公开工作年度报告（表二、表三、表四的勾稽关系、正文数字、发布时间……）。
Audits Chinese government information-disclosure annual reports.

输入 / inputs:
  FILE          一个 HTML 文件 / an HTML file
  DIR           目录下所有 .html/.htm（递归，跳过隐藏目录和 node_modules）
                every .html/.htm below it, recursively (hidden dirs and node_modules skipped)
  URL           http(s) 网址 / an http(s) address (15 s, 5 redirects, 20 MB at most)

选项 / options:
  --json        输出 JSON 导出 / print the JSON export (an array of page results)
  --csv         输出整齐的 CSV（每格一行）/ print the tidy CSV, one row per cell
  --out FILE    写入文件而非标准输出 / write to FILE instead of stdout
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
    return { kind: 'usage-error', message: (e as Error).message };
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
  const format = values.json ? 'json' : values.csv ? 'csv' : 'text';
  return { kind: 'audit', format, out: values.out ?? null, inputs: positionals };
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
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
