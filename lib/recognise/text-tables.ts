/**
 * Which of the template's tables a page gives only as text: its header's words, then a run of bare
 * figures, in text blocks rather than in a table. A PDF whose table has no ruling lines (or only
 * some) reads so, as does a table pasted as text; the table is there, and missing-table does not
 * call it missing. Prose that tells the same figures (本年新收申请56件，予以公开22件…) names them with
 * their units, and seldom a header's words side by side (申请人情况 beside 法人或其他组织). Where the
 * signature is met by chance, the cost is a skipped check (a gap: no ✓), never a finding.
 */
import type { TableId } from '../model';
import type { Block } from '../source';
import { foldedOf, normOf } from './blocktext';

interface Signature {
  /** Words of the table's header, all within NEAR text blocks of each other. */
  words: string[];
  /** Bare figures (no unit after them) in those blocks and the AFTER blocks after them. */
  figures: number;
}

// Words a header keeps whole wherever a PDF breaks its lines (not 科研机构, which a narrow column
// breaks; not 结果维持, which 表四 may set a character a line); 表二's 规范性文件 may be 规範性檔案.
const SIGNATURES: Record<TableId, Signature> = {
  // 第二十条第（一）项 | 信息内容 | 本年新制作数量 …, then rows of figures.
  t2: { words: ['第二十条', '信息内容'], figures: 8 },
  t3: { words: ['申请人情况', '法人或其他组织'], figures: 20 },
  t4: { words: ['行政复议', '行政诉讼', '复议后起诉'], figures: 10 },
};

/** How many text blocks a header's words may spread over. */
const NEAR = 6;
/** How many text blocks after its header a table's figures are looked for in. */
const AFTER = 30;
/** A figure with no unit or date after it: a table's cell, not a count in a sentence. */
const BARE =
  /(?<![\d.])\d+(?![\d.]*\s*(?:件|条|个|篇|份|人|次|项|万|元|年|月|日|号|%|％|天|起|宗|期|家|余|多))/g;

/** The tables (t2, t3, t4) the text blocks hold as text: for those `found` lacks. */
export function textTables<N>(blocks: Block<N>[], found: Record<TableId, boolean>): Set<TableId> {
  const out = new Set<TableId>();
  const wanted = (Object.keys(SIGNATURES) as TableId[]).filter((t) => !found[t]);
  if (wanted.length === 0) return out;
  // The page's text blocks (a table's words are not looked for in tables: a box's or a form's):
  // their words without spaces (a PDF may space a header's characters out), their figures apart.
  const texts = blocks.filter((b) => b.kind === 'text');
  const norms = texts.map((b) => normOf(b));
  for (const t of wanted) {
    const { words, figures } = SIGNATURES[t];
    for (let i = 0; i < norms.length && !out.has(t); i++) {
      if (!norms[i]!.includes(words[0]!)) continue;
      // Each header word within NEAR blocks of this one, before or after.
      const near = norms.slice(Math.max(0, i - NEAR), i + NEAR + 1);
      if (words.every((w) => near.some((n) => n.includes(w)))) {
        let n = 0;
        const last = Math.min(texts.length, i + NEAR + AFTER);
        for (let j = Math.max(0, i - NEAR); j < last && n < figures; j++) {
          BARE.lastIndex = 0;
          const folded = foldedOf(texts[j]!);
          while (n < figures && BARE.exec(folded)) n++;
        }
        if (n >= figures) out.add(t);
      }
    }
  }
  return out;
}
