/** Fires only when a sentence promises a figure and gives none (`共条`, `共 件`): lost in editing. */
import { msg } from '../i18n/format';
import type { Fact } from '../model';
import { isStatFact } from '../recognise/stat-table';
import { isDraftNote } from './draft-note';
import { finding, shortQuote } from './helpers';
import type { Rule } from './types';

/**
 * Facts the text states (or promises) a figure in: not dates, not claims without a number, not drafting
 * notes, and not the 2008 form's statistics table's cells (`f.stat.*`), which are no sentence.
 */
const figures = (facts: Fact[]) =>
  facts.filter(
    (f) =>
      f.claim === undefined &&
      f.key !== 'f.published' &&
      f.key !== 'f.period_year' &&
      !isStatFact(f.key) &&
      !isDraftNote(f),
  );

/** One finding per fact whose sentence has a gap where its number should be. */
export const textBlankNumber: Rule = {
  id: 'text-blank-number',
  severity: 'error',
  title: '正文缺数字 / Number missing in the text',
  explain:
    '正文句子写出了量词却没有数字（如「共条」「共 件」），通常是编辑时漏填或模板残留，读者无法得知实际数量。',
  skip(report) {
    return figures(report.facts).length === 0 ? '正文未读出数字 / no figures read from the text' : null;
  },
  run(report) {
    return figures(report.facts)
      .filter((f) => f.value === null)
      .map((f) =>
        finding(textBlankNumber, msg('textBlankNumber.missing', { quote: shortQuote(f.quote) }), [f.key]),
      );
  },
};
