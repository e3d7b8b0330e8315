/**
 * A drafting note left in print: the words in brackets a report's template or a superior's sample
 * tells its writer to replace (`累计主动公开政府信息 23条(请根据实际情况填写)`, a county department's;
 * `…占總體的比例為6.8%(內容可具體描述)`, a province bureau's 2017). Read as facts `f.draft_note.N`
 * (no figure, the note quoted) for the rule draft-note. Only such an instruction in brackets: a report's
 * own words about forms (申请人填写申请表) are no note.
 */
import type { Fact } from '../model';
import type { Block } from '../source';
import { fold } from '../text';
import type { FoundFact } from './facts';

/** Brackets whose words tell the writer what to put there (folded: （） are (), 內容可具體描述 is 内容可具体描述). */
const NOTE =
  /[([【]([^()[\]【】]{0,24}?(?:根据实际(?:情况)?(?:填写|填报|描述)|可具体描述|此处(?:填写|填报|描述)|请(?:在此)?填写|填写说明|(?:如|若)(?:无|没有)[^()[\]【】]{0,6}?(?:删除|不填))[^()[\]【】]{0,16})[)\]】]/g;
/** How far back a note's quote reaches for the words it stands after. */
const LEAD = 30;
/** So many notes are quoted at most: a page of thousands is a hostile one, and one is enough to say so. */
const MAX_NOTES = 5;

/** The drafting notes in the page's text blocks (not in tables, nor beside the report: aside). */
export function findDraftNotes<N>(blocks: Block<N>[]): FoundFact<N>[] {
  const out: FoundFact<N>[] = [];
  blocks.forEach((b, block) => {
    if (b.kind !== 'text' || b.aside || out.length >= MAX_NOTES) return;
    // Most blocks hold no bracket with these words: look for the words first.
    if (!/填|描述|删除|刪除/.test(b.text)) return;
    const folded = fold(b.text);
    NOTE.lastIndex = 0;
    for (let m = NOTE.exec(folded); m && out.length < MAX_NOTES; m = NOTE.exec(folded)) {
      // Quoted with the words it stands after, back to its clause's start (23条(请根据实际情况填写)).
      const end = m.index + m[0].length;
      const before = folded.slice(Math.max(0, m.index - LEAD), m.index);
      const cut = Math.max(
        before.lastIndexOf(','),
        before.lastIndexOf(';'),
        before.lastIndexOf('。'),
        before.lastIndexOf(':'),
      );
      const start = m.index - before.length + cut + 1;
      const fact: Fact = {
        key: `f.draft_note.${out.length + 1}`,
        value: null,
        quote: b.text.slice(start, end),
        pos: { block, start, end },
      };
      out.push({ fact, node: b.node });
    }
  });
  return out;
}
