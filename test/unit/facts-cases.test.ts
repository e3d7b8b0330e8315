/**
 * The parts of 表四's counts in the prose (lib/recognise/facts-cases.ts): what real reports write
 * after 被申请行政复议N件 and 被提起行政诉讼N件, and the near misses that are no part of those counts.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../../lib/adapters/htmlparser2';
import { findFacts } from '../../lib/recognise/facts';
import { findCaseFacts } from '../../lib/recognise/facts-cases';

const parts = (sentence: string): Record<string, number | null> => {
  const blocks = sourceFromHtml(`<html><body><p>${sentence}</p></body></html>`).blocks;
  return Object.fromEntries(findCaseFacts(blocks, findFacts(blocks)).map((f) => [f.fact.key, f.fact.value]));
};
/** The counts the parts would be of: a case that reads no part must still have read its count. */
const counts = (sentence: string): string[] =>
  findFacts(sourceFromHtml(`<html><body><p>${sentence}</p></body></html>`).blocks).map((f) => f.fact.key);
const quotes = (sentence: string): string[] => {
  const blocks = sourceFromHtml(`<html><body><p>${sentence}</p></body></html>`).blocks;
  return findCaseFacts(blocks, findFacts(blocks)).map((f) => f.fact.quote);
};

describe('the parts of 表四’s counts in the prose', () => {
  it('reads the results of reviews and suits, and how the suits came, as 淮安市 and the template word them', () => {
    expect(
      parts(
        '2020年，因政府信息公开工作被申请行政复议4件，其中结果维持2件、结果纠正1件、尚未审结1件；被提起行政诉讼4件，其中未经复议直接起诉3件、复议后起诉1件。',
      ),
    ).toEqual({
      'f.reviews.upheld': 2,
      'f.reviews.corrected': 1,
      'f.reviews.pending': 1,
      'f.suits.direct': 3,
      'f.suits.after_review': 1,
    });
    expect(
      parts('2024年，本机关政府信息公开行政诉讼46件，结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。'),
    ).toEqual({ 'f.suits.upheld': 25, 'f.suits.corrected': 5, 'f.suits.other': 9, 'f.suits.pending': 7 });
  });

  it('reads a review decision by name (撤销, 确认违法, 驳回申请) as its result where the list is whole', () => {
    const head = '2021年，我局因政府信息公开工作被申请行政复议';
    expect(parts(`${head}3件，其中维持1件、撤销1件、驳回申请1件。`)).toEqual({
      'f.reviews.upheld': 1,
      'f.reviews.corrected': 1,
      'f.reviews.other': 1,
    });
    expect(parts(`${head}1件，其中确认违法1件。`)).toEqual({ 'f.reviews.corrected': 1 });
    expect(parts(`${head}2件，其中维持1件，1件被撤销。`)).toEqual({
      'f.reviews.upheld': 1,
      'f.reviews.corrected': 1,
    });
    expect(quotes(`${head}2件，其中维持1件，1件被撤销。`)).toEqual(['维持1件', '1件被撤销']);
    for (const s of [
      // Short of the count: another kind of 纠正 (确认违法, 责令履行) may be left out.
      `${head}4件，其中维持2件、撤销1件。`,
      // Two kinds of one result, or the result and a kind of it: which figure is 表四's is not said.
      `${head}3件，其中维持1件、撤销1件、确认违法1件。`,
      `${head}2件，其中纠正1件、撤销1件。`,
    ]) {
      expect(counts(s), s).toContain('f.reviews');
      expect(parts(s), s).toEqual({});
    }
    // A court's 驳回 ends a list of suits: its words are not the template's.
    expect(parts('2021年，我局因政府信息公开工作被提起行政诉讼2件，其中驳回诉讼请求2件。')).toEqual({});
  });

  it('reads one case’s result said in words, with no figure, right after a count of one', () => {
    const head = '2022年，本机关因政府信息公开工作被申请行政复议1件，';
    for (const [words, key] of [
      ['结果维持', 'f.reviews.upheld'],
      ['复议机关维持原行政行为', 'f.reviews.upheld'],
      ['经复议维持原答复', 'f.reviews.upheld'],
      ['复议结果为维持', 'f.reviews.upheld'],
      ['已审结，结果为维持', 'f.reviews.upheld'],
      ['复议机关作出撤销决定', 'f.reviews.corrected'],
      ['结果纠正', 'f.reviews.corrected'],
      ['终止审理', 'f.reviews.other'],
      ['目前尚在审理中', 'f.reviews.pending'],
    ] as const)
      expect(parts(`${head}${words}。`), words).toEqual({ [key]: 1 });
    // Quoted with its count: the words alone do not say how many.
    expect(quotes(`${head}结果维持。`)).toEqual(['本机关因政府信息公开工作被申请行政复议1件，结果维持']);
    expect(parts('因政府信息公开工作被提起行政诉讼1件，法院判决维持。')).toEqual({ 'f.suits.upheld': 1 });
    expect(parts('因政府信息公开工作被申请行政复议1件（结果维持）。')).toEqual({ 'f.reviews.upheld': 1 });
    for (const s of [
      // No result: a rate, words led by others, a court's own words, a clause that goes on.
      `${head}维持率100%。`,
      `${head}不予维持。`,
      `${head}部分维持。`,
      `${head}申请人撤回申请。`,
      `${head}维持原行政行为的决定已送达。`,
      '因政府信息公开工作被提起行政诉讼1件，法院判决驳回诉讼请求。',
      // Of two or more cases, words without a figure say nothing of how many.
      '因政府信息公开工作被申请行政复议2件，结果维持。',
    ])
      expect(parts(s), s).toEqual({});
  });

  it('reads the figure before the words, Chinese numerals, 另有, and quotes each part alone', () => {
    const s =
      '2021年，我局因政府信息公开工作被申请行政复议4件，其中2件维持原行政行为、1件被纠错，另有1件尚未审结；被提起行政诉讼两件，直接起诉两件。';
    expect(parts(s)).toEqual({
      'f.reviews.upheld': 2,
      'f.reviews.corrected': 1,
      'f.reviews.pending': 1,
      'f.suits.direct': 2,
    });
    expect(quotes(s)).toEqual(['2件维持原行政行为', '1件被纠错', '1件尚未审结', '直接起诉两件']);
    expect(
      parts('2021年，我局因政府信息公开工作被申请行政复议4件，复议决定维持2件、复议决定纠正1件。'),
    ).toEqual({
      'f.reviews.upheld': 2,
      'f.reviews.corrected': 1,
    });
    expect(parts('2021年，我局因政府信息公开工作被申请行政复议4件，复议结果为：维持3件、纠正1件。')).toEqual({
      'f.reviews.upheld': 3,
      'f.reviews.corrected': 1,
    });
  });

  it('reads the parts in brackets after the count, and nothing after a bracket that says something else', () => {
    expect(
      parts(
        '2021年，我局因政府信息公开工作被申请行政复议4件（其中结果维持3件、结果纠正1件），被提起行政诉讼2件（直接起诉2件）。',
      ),
    ).toEqual({ 'f.reviews.upheld': 3, 'f.reviews.corrected': 1, 'f.suits.direct': 2 });
    // Parts joined by ，in the brackets: the count's quote ran to the first ，and swallowed the first part.
    expect(
      parts('2023年，我委因政府信息公开引起的行政诉讼7件（未经复议直接起诉6件，复议后起诉1件）。'),
    ).toEqual({ 'f.suits.direct': 6, 'f.suits.after_review': 1 });
    const s = '2021年，我局因政府信息公开工作被申请行政复议4件（同比增加2件），其中维持3件。';
    expect(counts(s)).toContain('f.reviews');
    expect(parts(s)).toEqual({});
  });

  it('reads the parts after a later mention of the count with the same figure, which they are then held to', () => {
    const blocks = sourceFromHtml(
      '<html><body><p>2021年，全年因政府信息公开工作被申请行政复议4件。</p><p>四、2021年，我局因政府信息公开工作被申请行政复议4件，其中结果维持3件、结果纠正1件。</p></body></html>',
    ).blocks;
    const f = findCaseFacts(blocks, findFacts(blocks)).map((x) => [x.fact.key, x.fact.value, x.fact.quote]);
    expect(f).toEqual([
      ['f.reviews.again', 4, '我局因政府信息公开工作被申请行政复议4件'],
      ['f.reviews.upheld', 3, '结果维持3件'],
      ['f.reviews.corrected', 1, '结果纠正1件'],
    ]);
    // Another figure, or no 信息公开 in its sentence: not the same count.
    for (const later of ['被申请行政复议5件', '全区被申请行政复议4件'])
      expect(
        parts(`2021年，我局因政府信息公开工作被申请行政复议4件。四、2021年，${later}，其中结果维持3件。`),
        later,
      ).toEqual({});
  });

  it('reads nothing that is not a part of the year’s count itself', () => {
    const none = [
      // The outcomes of the cases closed, which may include last year's.
      '2021年，我局因政府信息公开工作被申请行政复议4件，已审结3件，其中维持2件、纠正1件。',
      // A court's words, not the template's.
      '2021年，我局因政府信息公开工作被提起行政诉讼4件，其中一审判决驳回诉讼请求3件，尚在审理1件。',
      // Led by words that are no part: 不予维持, a comparison.
      '2021年，我局因政府信息公开工作被申请行政复议4件，其中不予维持1件、维持3件。',
      '2021年，我局因政府信息公开工作被申请行政复议4件，同比增加2件，其中维持2件。',
      // One part named twice: which is meant cannot be told.
      '2021年，我局因政府信息公开工作被申请行政复议4件，其中维持2件、维持1件。',
      // Reviews and suits listed together: the parts are of both (either order).
      '2021年，我局因政府信息公开工作被申请行政复议4件、被提起行政诉讼4件，其中维持6件、纠正2件。',
      '2021年，我局因政府信息公开工作被提起行政诉讼4件、被申请行政复议4件，其中维持6件。',
      '2021年，我局因政府信息公开工作被申请行政复议4件，被提起行政诉讼4件，均获维持。',
      // A way of coming to court is no part of the reviews.
      '2021年，我局因政府信息公开工作被申请行政复议4件，其中直接起诉3件。',
    ];
    for (const s of none) {
      expect(counts(s), s).toEqual(expect.arrayContaining([expect.stringMatching(/^f\.(?:reviews|suits)$/)]));
      expect(parts(s), s).toEqual({});
    }
    // Closed ones that hold last year's: 表四 may count those in, so the count itself is held to nothing.
    const carried =
      '2021年，我局因政府信息公开工作被申请行政复议4件，审结5件（含上年结转1件），其中维持3件、纠正2件。';
    expect(counts(carried)).toEqual([]);
    expect(parts(carried)).toEqual({});
  });

  it('reads this body’s reviews only, not those it decided as the reviewing authority', () => {
    expect(
      parts(
        '2021年，我局因政府信息公开工作被申请行政复议4件，其中维持3件、纠正1件。区政府作为复议机关办理行政复议案件10件，其中维持8件、纠正2件。',
      ),
    ).toEqual({ 'f.reviews.upheld': 3, 'f.reviews.corrected': 1 });
  });

  it('stops after a bounded number of parts in a hostile sentence', () => {
    expect(counts('2021年，我局因政府信息公开工作被申请行政复议4件，维持2件。')).toContain('f.reviews');
    const f = parts(`2021年，我局因政府信息公开工作被申请行政复议4件${'，维持2件'.repeat(50_000)}。`);
    expect(f).toEqual({});
    const g = parts(`2021年，我局因政府信息公开工作被申请行政复议4件${'，尚未审结'.repeat(50_000)}1件。`);
    expect(g).toEqual({});
  });
});
