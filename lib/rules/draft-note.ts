/**
 * Fires on each drafting note of a template left in the text (`(请根据实际情况填写)`, `(内容可具体描述)`,
 * read by lib/recognise/draft-notes.ts): the note was not taken out before the report was published,
 * and the figure beside it may not have been filled in as the facts are. A warning: the note itself
 * is beyond doubt, what it says of the figures is not.
 */
import { msg } from '../i18n/format';
import type { Fact } from '../model';
import { finding, shortQuote } from './helpers';
import type { Rule } from './types';

const NOTE = /^f\.draft_note\.\d+$/;
/** Whether a fact is a drafting note (`f.draft_note.N`): a quote with no figure, of this rule alone. */
export const isDraftNote = (f: Fact) => NOTE.test(f.key);

export const draftNote: Rule = {
  id: 'draft-note',
  severity: 'warning',
  title: '正文留有模板填写说明 / A template’s drafting note left in the text',
  explain:
    '正文中留有报告模板或范本的填写说明（如「（请根据实际情况填写）」「（内容可具体描述）」），发布前未删去；说明旁的数字也可能未按实际填写，引用前应向发布机关核实。',
  skip(_report, ctx) {
    // A scan, or text that does not decode: no text was read for a note to be found in.
    return ctx.media.scanned
      ? '页面没有可读的正文（扫描件或无法解码的文字） / the page has no readable text (a scan, or text that does not decode)'
      : null;
  },
  run(report) {
    return report.facts
      .filter(isDraftNote)
      .map((f) => finding(draftNote, msg('draftNote.left', { quote: shortQuote(f.quote) }), [f.key]));
  },
};
