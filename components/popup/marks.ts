/** What the table view shows on each cell: the worst finding's severity, the messages, the user's notes. */
import type { Finding, Flag } from '../../lib/model';
import { QUIET_RULES } from '../../utils/mark-plan';

/** The marks of one address. */
export interface CellMarks {
  severity: Finding['severity'] | null;
  messages: string[];
  notes: string[];
}

const RANK: Record<Finding['severity'], number> = { error: 3, warning: 2, info: 1 };

/**
 * Marks by address, from the findings that name the address and the flags placed on it; `text`
 * says a finding in the UI's language (its Chinese message by default).
 */
export function marksByAddress(
  findings: Finding[],
  flags: Flag[],
  text: (f: Finding) => string = (f) => f.message,
): Map<string, CellMarks> {
  const map = new Map<string, CellMarks>();
  const at = (addr: string): CellMarks => {
    let m = map.get(addr);
    if (!m) {
      m = { severity: null, messages: [], notes: [] };
      map.set(addr, m);
    }
    return m;
  };
  for (const f of findings) {
    for (const addr of f.cells) {
      const m = at(addr);
      // A blank cell (a quiet rule) is shown by its hatching, not painted amber like a defect.
      if (!QUIET_RULES.has(f.rule) && (m.severity === null || RANK[f.severity] > RANK[m.severity]))
        m.severity = f.severity;
      const said = text(f);
      if (!m.messages.includes(said)) m.messages.push(said);
    }
  }
  for (const flag of flags) if (flag.address !== null) at(flag.address).notes.push(flag.note);
  return map;
}

/** A label cell of a merged row header: text plus its spans (covered cells are not listed). */
export interface LabelCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/**
 * The template's merged row headers: each row's label path (section › group › item) becomes up to
 * `depth` cells; a level equal to the row above is merged into it with rowSpan, as on paper.
 */
export function mergedLabels(paths: string[][], depth: number): LabelCell[][] {
  const key = (path: string[], level: number) => path.slice(0, level + 1).join('\u0000');
  // Row j continues row i's header at `level` when that level is a header (not the row's own label) in both.
  const continues = (j: number, path: string[], level: number) => {
    const other = paths[j];
    return other !== undefined && other.length > level + 1 && key(other, level) === key(path, level);
  };
  return paths.map((path, i) => {
    const cells: LabelCell[] = [];
    path.forEach((text, level) => {
      const last = level === path.length - 1;
      if (!last && continues(i - 1, path, level)) return;
      let rowSpan = 1;
      if (!last) while (continues(i + rowSpan, path, level)) rowSpan++;
      cells.push({ text, rowSpan, colSpan: last ? depth - level : 1 });
    });
    return cells;
  });
}

/** 表三's label path for a row label of lib/keys.ts: `（三）不予公开 1.属于国家秘密` → three levels. */
export function t3Path(label: string): string[] {
  if (!label.startsWith('（')) return [label];
  const space = label.indexOf(' ');
  const parts = space < 0 ? [label] : [label.slice(0, space), label.slice(space + 1)];
  return ['三、本年度办理结果', ...parts];
}
