/**
 * Outcome figures and claims in the prose: what real reports write (予以公开及部分公开N件，占33.9%;
 * 均获维持; 未收到申请), and the near misses that are not this body's figures for the year.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../../lib/adapters/htmlparser2';
import type { Fact } from '../../lib/model';
import { findFacts } from '../../lib/recognise/facts';
import { findClaims } from '../../lib/recognise/facts-claims';
import { findOutcomeFacts } from '../../lib/recognise/facts-outcome';

const blocksOf = (body: string) => sourceFromHtml(`<html><body>${body}</body></html>`).blocks;
const outcomes = (body: string, year: number | null = 2021): Record<string, Fact> => {
  const blocks = blocksOf(body);
  return Object.fromEntries(
    findOutcomeFacts(blocks, year, findFacts(blocks)).map((f) => [f.fact.key, f.fact]),
  );
};
const claims = (body: string, year: number | null = 2021): Record<string, Fact> =>
  Object.fromEntries(findClaims(blocksOf(body), year).map((f) => [f.fact.key, f.fact]));
const values = (f: Record<string, Fact>) =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.value]));

describe('outcome figures', () => {
  it('reads the outcomes of a 其中 list that notes the answers extended by law among them', () => {
    // A county's words: 其中依法延期1件 is a note on some answers, the outcomes after it are of all 15.
    const f = outcomes(
      '<p>三、收到和处理政府信息公开申请情况</p><p>全年收到政府信息公开申请15件,均按时答复,其中依法延期1件,予以公开10件,本机关不掌握相关信息3件。</p>',
      2024,
    );
    expect(values(f)).toMatchObject({ 'f.outcome.granted': 10, 'f.outcome.unable.not_held': 3 });
    // Another kind of part before them still makes them that part's (其中涉及拆迁的23件，予以公开12件).
    expect(
      outcomes('<p>全年收到政府信息公开申请30件,其中涉及拆迁的23件,予以公开12件。</p>', 2024)[
        'f.outcome.granted'
      ],
    ).toBeUndefined();
    // What the applications were about, a clause of its own, is of them all (a city bureau's words).
    expect(
      values(
        outcomes(
          '<p>（二）依申请公开</p><p>2025年,我局接收政府信息公开申请31件,主要涉及行政许可、事故调查、消防安全等方面,依法依规办结政府信息公开申请29件,结转2026年度2件。</p>',
          2025,
        ),
      ),
    ).toMatchObject({ 'f.carried_out': 2 });
  });

  it('reads the outcomes after kinds of applicant that make up the whole, not after a part of it', () => {
    const heading = '<p>三、收到和处理政府信息公开申请情况</p>';
    // 34 + 3 = 37: the kinds are all the applications, and what follows is of all again.
    const all = `${heading}<p>2023年共收到政府信息公开申请37件，其中自然人34件，企业3件，予以公开20件，部分公开5件，无法提供9件，结转下年度继续办理3件。</p>`;
    expect(values(outcomes(all, 2023))).toMatchObject({
      'f.outcome.granted': 20,
      'f.outcome.partial': 5,
      'f.outcome.unable': 9,
      'f.carried_out': 3,
    });
    // 30 + 3 ≠ 37: some kind is missing, the outcomes may be the last kind's.
    const some = `${heading}<p>2023年共收到政府信息公开申请37件，其中自然人30件，企业3件，予以公开20件。</p>`;
    expect(outcomes(some, 2023)['f.outcome.granted']).toBeUndefined();
    // Ways of applying that make up the whole are such kinds too, and those handled after them
    // (a city bureau's words: 195 + 4 + 13 = 212).
    const ways = `${heading}<p>全年共受理政府信息公开申请212件,其中网站申请195件、当面申请4件、信函申请13件;已办理206件,结转下年度继续办理6件。</p>`;
    expect(outcomes(ways, 2022)['f.carried_out']).toMatchObject({ value: 6 });
    // Ways named by a system or a mailbox (a city bureau's words: 11 + 2 = 13), the 系统 no wider body;
    // and a reason of 无法提供 among the outcomes (本机关不掌握相关信息9件) is one of them.
    const system = `${heading}<p>本年度共收到信息公开申请13件,其中通过昆明市政府信息依申请公开系统收到11件,局长信箱收到2件;予以公开2件,部分公开1件,本机关不掌握相关信息9件,其他处理1件,所有申请已按照规定予以答复。</p>`;
    expect(values(outcomes(system, 2022))).toMatchObject({
      'f.outcome.granted': 2,
      'f.outcome.partial': 1,
      'f.outcome.unable.not_held': 9,
      'f.outcome.other': 1,
    });
    // Kinds in brackets were never in the way; the outcomes after them are read as before.
    const brackets = `${heading}<p>2023年共收到政府信息公开申请37件（其中自然人34件，企业3件），予以公开20件。</p>`;
    expect(outcomes(brackets, 2023)['f.outcome.granted']).toMatchObject({ value: 20 });
  });

  it('reads a reason after an outcome broken down figure first, and 同意公开或部分公开', () => {
    const heading = '<p>三、收到和处理政府信息公开申请情况</p>';
    // A county bureau's list: 不予公开's own breakdown does not end it.
    const list = outcomes(
      `${heading}<p>办理结果如下:予以公开35件;部分予以公开1件;不予公开2件,其中1件因涉及第三方合法权益,1件属于政府内部事务信息;由于本机关不掌握相关政府信息而无法提供29件。</p>`,
      2025,
    );
    expect(values(list)).toMatchObject({ 'f.outcome.denied': 2, 'f.outcome.unable.not_held': 29 });
    // 区分处理后公开, the template's 部分公开 (区分处理的), in a zone police's 2024.
    expect(
      values(
        outcomes(
          `${heading}<p>其中，同意公开3件，占比37.5%；无法提供4件，占比50%；区分处理后公开1件，占比12.5%。</p>`,
          2024,
        ),
      ),
    ).toMatchObject({ 'f.outcome.granted': 3, 'f.outcome.unable': 4, 'f.outcome.partial': 1 });
    // A district's.
    expect(
      outcomes(`${heading}<p>本年新收434件,办理434件。同意公开或部分公开247件。</p>`, 2024)[
        'f.outcome.granted_partial'
      ],
    ).toMatchObject({ value: 247 });
  });

  it('reads the outcomes after the ways of applying named before what was applied for', () => {
    // A district office's words: 信件邮寄 is a way of applying, not letters of some other business.
    const f = outcomes(
      '<p>三、收到和处理政府信息公开申请情况</p><p>2022年共收到网上申请、信件邮寄等形式的依申请公开件37件,按时序办理36件,结转下年度办理1件。</p>',
      2022,
    );
    expect(f['f.carried_out']).toMatchObject({ value: 1 });
    // Applications written as letters are no letters of another business (a city office's words).
    expect(
      outcomes(
        '<p>三、收到和处理政府信息公开申请情况</p><p>2023年市人民政府办公室收到政府信息公开申请信件22件,其中本年度答复21件,结转下年度办理1件。</p>',
        2023,
      )['f.carried_out'],
    ).toMatchObject({ value: 1 });
    // Letters of another business stay off topic.
    expect(
      outcomes('<p>2022年共收到群众来信37件,办结36件,结转下年度办理1件。</p>', 2022)['f.carried_out'],
    ).toBeUndefined();
  });

  it('reads the outcomes of applications made by 公民和法人或其他组织 (everyone), not a kind of applicant', () => {
    // A city bureau's words.
    const f = outcomes(
      '<p>（二）依申请公开</p><p>本年度处理公民和法人或其他组织政府信息公开申请共32件(包含上一年度结转2件),已办结29件,均按时收件并严格按照《条例》等有关规定程序进行办理,3件结转下年答复。</p>',
      2024,
    );
    expect(values(f)).toEqual({ 'f.outcome.total': 29, 'f.carried_out': 3 });
    expect(
      values(
        outcomes('<p>（二）依申请公开</p><p>本年度处理法人申请共5件,已办结4件,1件结转下年答复。</p>', 2024),
      ),
    ).toEqual({});
  });

  it('reads those carried into next year named as applications to be answered then (作出答复的…申请)', () => {
    // A national bureau's words.
    expect(
      outcomes(
        '<p>（二）依申请公开情况。2025年新收63件,上一年度结转1件,共计64件。其中,结转至2026年作出答复的政府信息公开申请2件。</p>',
        2025,
      )['f.carried_out'],
    ).toMatchObject({ value: 2 });
  });

  it('reads 顺延至下一年度 as carried into next year, as 结转 is', () => {
    const heading = '<p>（二）依申请公开</p>';
    // A committee's, a district's and a street office's words.
    const committee = outcomes(
      `${heading}<p>本年度我委共受理政府信息公开申请408件,答复408件(含上年度结转申请5件,另有5件申请顺延到下年度答复)。</p>`,
      2023,
    );
    expect(committee['f.carried_out']).toMatchObject({ value: 5, quote: '另有5件申请顺延到下年度答复' });
    expect(
      outcomes(
        `${heading}<p>全年共办理政府信息公开申请80件,已答复69件,其中11件顺延至下一年度办理,均在法定期限内予以答复。</p>`,
        2022,
      )['f.carried_out'],
    ).toMatchObject({ value: 11 });
    expect(
      outcomes(`${heading}<p>2023年度共办理并答复信息公开申请39件,顺延至下一年答复2件。</p>`, 2023)[
        'f.carried_out'
      ],
    ).toMatchObject({ value: 2 });
    // 顺延 of a deadline is not a carry into next year.
    expect(
      outcomes(`${heading}<p>2023年共受理申请39件,其中依法顺延答复期限2件。</p>`, 2023)['f.carried_out'],
    ).toBeUndefined();
  });

  it('reads no outcome of last year’s carried-in applications as the year’s', () => {
    const heading = '<p>（二）依申请公开</p>';
    // A scenic area's (2023): its 办结1件 was last year's one carried in, and would have been held to
    // 表三's 办理结果总计 (3).
    const area = outcomes(
      `${heading}<p>2022年结转1件,已办结1件,2023年收到政府信息公开申请2件已全部按期办结。</p>`,
      2023,
    );
    expect(area['f.outcome.total']).toBeUndefined();
    expect(
      outcomes(`${heading}<p>上年结转2件,其中予以公开1件,无法提供1件。</p>`, 2023)['f.outcome.unable'],
    ).toBeUndefined();
    // So with space around the figure (上年结转申请 1 件), as a page or a PDF sets it.
    expect(
      outcomes(`${heading}<p>2022年结转申请 1 件,已办结 1 件,2023年收到申请2件已全部按期办结。</p>`, 2023)[
        'f.outcome.total'
      ],
    ).toBeUndefined();
    // But those carried into next year are all the body's (a county bureau's 2023: 表三's two rows).
    expect(
      outcomes(
        `${heading}<p>2023年,我局未收到依申请公开政府信息,上年结转申请0件,结转下年度继续办理0件。</p>`,
        2023,
      )['f.carried_out'],
    ).toMatchObject({ value: 0 });
    // With the year's own count before it, or the carried-in ones in brackets, the outcomes are all of them.
    expect(
      outcomes(`${heading}<p>上年结转3件,本年新收20件,办结23件。</p>`, 2023)['f.outcome.total'],
    ).toMatchObject({
      value: 23,
    });
    expect(
      outcomes(`${heading}<p>其中,予以公开76件(含上年结转5件)、部分公开1件、不予公开7件。</p>`, 2025)[
        'f.outcome.denied'
      ],
    ).toMatchObject({ value: 7 });
  });

  it('reads the outcomes after a clause saying all the applicants were of one kind', () => {
    const heading = '<p>（二）依申请公开</p>';
    // A city bureau's (2024) and a county bureau's (2022): 申请人均为自然人 says who all of them were,
    // and the outcomes after it went unread as if of some of them (自然人申请…).
    const bureau = outcomes(
      `${heading}<p>2024年,我局收到3件政府信息依申请公开件,申请人均为自然人,均按要求办理完毕,其中予以公开1件,因本机关不掌握等原因无法提供2件。</p>`,
      2024,
    );
    expect(bureau['f.outcome.granted']).toMatchObject({ value: 1 });
    expect(bureau['f.outcome.unable']).toMatchObject({ value: 2 });
    expect(
      outcomes(
        `${heading}<p>全年共收到和办理依申请公开9件,全部为自然人申请,上年度结转政府信息公开申请0件。</p>`,
        2024,
      )['f.carried_in'],
    ).toMatchObject({ value: 0 });
    // Some of them, named by kind: still theirs, not read.
    expect(
      outcomes(`${heading}<p>2024年共收到申请10件,其中自然人申请6件,予以公开4件。</p>`, 2024)[
        'f.outcome.granted'
      ],
    ).toBeUndefined();
  });

  it('reads 转下一年办理 as carried into next year, as 结转 is', () => {
    const heading = '<p>（二）依申请公开</p>';
    // A town's (2023) and a county bureau's words.
    expect(
      outcomes(
        `${heading}<p>2023年,新受理政府信息公开申请10件,上年转结政府信息公开申请0件,全年办结0件,转下一年办理0件。</p>`,
        2023,
      )['f.carried_out'],
    ).toMatchObject({ value: 0, quote: '转下一年办理0件' });
    expect(
      outcomes(`${heading}<p>全年共办理118件,其中本年新受理110件,上年结转8件,转下年办理2件。</p>`, 2023)[
        'f.carried_out'
      ],
    ).toMatchObject({ value: 2 });
    // A case passed to another body (转办) is no carry.
    expect(
      outcomes(`${heading}<p>2023年共受理申请39件,其中转交下级机关办理2件。</p>`, 2023)['f.carried_out'],
    ).toBeUndefined();
  });

  it('reads those carried into next year after 另, or after the year’s new and carried-in parts', () => {
    const heading = '<p>三、收到和处理政府信息公开申请情况</p>';
    expect(
      outcomes(`${heading}<p>另2件申请按规定结转下年度继续办理。</p>`, 2025)['f.carried_out'],
    ).toMatchObject({
      value: 2,
    });
    const parts = `${heading}<p>2023年共受理依申请公开33件,其中本年新收33件,上年结转0件,结转至下年办理0件。</p>`;
    expect(values(outcomes(parts, 2023))).toMatchObject({ 'f.carried_in': 0, 'f.carried_out': 0 });
    // An outcome after the new part alone may be of that part: still not read.
    expect(
      outcomes(`${heading}<p>2023年共受理依申请公开33件,其中本年新收30件,办结30件。</p>`, 2023)[
        'f.outcome.total'
      ],
    ).toBeUndefined();
  });

  it('reads outcome words in quotes (“予以公开”的18件) and after 经审查', () => {
    const heading = '<p>三、收到和处理政府信息公开申请情况</p>';
    expect(
      values(
        outcomes(
          `${heading}<p>2024年受理的37件申请件已按规定在法定期限内予以答复,其中“予以公开”的18件、“不予公开”5件、“无法提供”13件。</p>`,
          2024,
        ),
      ),
    ).toMatchObject({ 'f.outcome.granted': 18, 'f.outcome.denied': 5, 'f.outcome.unable': 13 });
    expect(
      outcomes(`${heading}<p>已答复件数12件,其中:“予以公开”的件数为1件;“部分公开”1件。</p>`, 2024)[
        'f.outcome.granted'
      ],
    ).toMatchObject({ value: 1, quote: '“予以公开”的件数为1件' });
    expect(
      values(
        outcomes(`${heading}<p>2024年,共受理政府信息公开申请8件,经审查,予以公开1件,部分公开1件。</p>`, 2024),
      ),
    ).toMatchObject({ 'f.outcome.granted': 1, 'f.outcome.partial': 1 });
    // A review of something else is still another topic's (经合法性审查 is not the applications' answer).
    expect(
      outcomes(`${heading}<p>经合法性审查的文件予以公开5件。</p>`, 2024)['f.outcome.granted'],
    ).toBeUndefined();
  });

  it('reads last year’s carried-over applications named by their year (2021年结转7件 in a 2022 report)', () => {
    const f = outcomes(
      '<p>2022年新受理申请161件,2021年结转7件,共办结168件,4件结转至2023年继续办理。</p>',
      2022,
    );
    expect(values(f)).toMatchObject({ 'f.carried_in': 7, 'f.carried_out': 4 });
    expect(f['f.carried_in']?.quote).toBe('2021年结转7件');
    // With its object (2021年结转政府信息公开申请2件), as a county's real report words it.
    expect(
      outcomes('<p>2021年结转政府信息公开申请2件,共办结10件,结转2023年度继续办理2件。</p>', 2022)[
        'f.carried_in'
      ],
    ).toMatchObject({ value: 2 });
    // Another year's (2020年结转 in a 2022 report), and carried into a year (2021年结转至2022年), are not.
    expect(outcomes('<p>本年新收申请20件，2020年结转3件。</p>', 2022)['f.carried_in']).toBeUndefined();
    expect(outcomes('<p>2021年结转至2022年办理3件。</p>', 2022)['f.carried_in']).toBeUndefined();
    expect(outcomes('<p>2021年结转7件。</p>', null)['f.carried_in']).toBeUndefined();
  });

  it('reads 结转上年度办理N件 as carried in, and 答复依申请公开政府信息N件 as the outcomes’ total', () => {
    // As a district office's real report words its balance (78 + 3 against 75 + 3).
    const f = outcomes(
      '<p>新收到依申请公开政府信息78件,结转上年度办理3件。其中,答复依申请公开政府信息75件,均在法定期限内予以答复,结转下年度继续办理3件。</p>',
    );
    expect(values(f)).toEqual({ 'f.carried_in': 3, 'f.outcome.total': 75, 'f.carried_out': 3 });
    expect(f['f.carried_in']?.quote).toBe('结转上年度办理3件');
    // 转结 as some reports write 结转, 部分予以公开 and 申请数量 (real reports' words): 上年转结 was taken
    // for a mention of last year, and the whole sentence's outcomes went unread.
    expect(
      values(
        outcomes(
          '<p>区行政审批局本年新收到政府信息公开申请42件,上年转结政府信息公开申请1件,予以公开4件,部分公开10件,无法提供21件,其他处理3件,结转下年度继续办理5件。</p>',
        ),
      ),
    ).toEqual({
      'f.carried_in': 1,
      'f.outcome.granted': 4,
      'f.outcome.partial': 10,
      'f.outcome.unable': 21,
      'f.outcome.other': 3,
      'f.carried_out': 5,
    });
    expect(
      values(
        outcomes(
          '<p>2021年新收政府信息公开申请数量5件,上年结转政府信息公开申请数量2件。其中部分予以公开1件,予以公开4件,转结下年度继续办理2件。</p>',
        ),
      ),
    ).toEqual({
      'f.carried_in': 2,
      'f.outcome.partial': 1,
      'f.outcome.granted': 4,
      'f.carried_out': 2,
    });
    // A count broken down by channel in brackets: what follows them is of all the applications again.
    expect(
      values(
        outcomes(
          '<p>2021年，我委收到政府信息公开申请44件（其中：网上申请42件，邮寄2件），上年度结转1件，予以公开30件。</p>',
        ),
      ),
    ).toEqual({ 'f.carried_in': 1, 'f.outcome.granted': 30 });
    expect(outcomes('<p>2021年，网上申请（含平台提交）40件中，予以公开30件。</p>')).toEqual({});
    // The ways all of them came by, before their count (a city's real words): no breakdown.
    const ways = blocksOf(
      '<p>2021年,通过现场、邮寄、传真和平台申请等方式,共受理政府信息依申请公开385件,其中6件结转下一年度办理,其余全部按时办结。</p>',
    );
    expect(
      values(
        Object.fromEntries(findOutcomeFacts(ways, 2021, findFacts(ways)).map((f) => [f.fact.key, f.fact])),
      ),
    ).toEqual({ 'f.carried_out': 6 });
    // A district's whole count (全区), then a sentence naming no body: the district's too, not the
    // government's own (its 表三); one that names its body is its own, 办结信息公开申请 read.
    const district = (who: string) =>
      values(
        outcomes(
          `<p>2021年,全区共收到信息公开申请130件,其中向区政府及各部门提出的信息公开申请共94件,向各街镇提出的信息公开申请共36件。${who}共办结信息公开申请127件,3件结转至下年度继续办理。</p>`,
        ),
      );
    expect(district('本年度')).toEqual({});
    expect(district('本机关')).toEqual({ 'f.outcome.total': 127, 'f.carried_out': 3 });
    // 结转2026年度 in a 2025 report is carried out (a bureau's real words); another year's is not.
    const bureau = (into: number) =>
      values(
        outcomes(
          `<p>2025年我局共接收通过邮寄、邮件、现场等方式提交的各类政府信息公开申请10件,共办结8件,结转${into}年度继续办理2件。</p>`,
          2025,
        ),
      );
    // (Its 办结8件 is read with the applications received, 10: f.applications_closed, test/unit/facts.test.ts.)
    expect(bureau(2026)).toEqual({ 'f.carried_out': 2 });
    expect(bureau(2027)).toEqual({});
    // A part that came one way is still a part (其中通过邮寄方式申请2件).
    expect(outcomes('<p>2021年，共收到申请44件，其中通过邮寄方式申请2件，予以公开1件。</p>')).toEqual({});
    // 答复 of something else, or without a count of applications, is none.
    expect(outcomes('<p>2021年，我局答复人大代表建议30件。</p>')).toEqual({});
  });

  it('reads applications written as letters (依申请公开信件) as applications, not letters of another topic', () => {
    // A county government's real words.
    const f = outcomes(
      '<p>（二）依申请公开</p><p>全年收到政府信息公开申请75件,答复政府信息依申请公开信件72件,结转下年度继续办理3件。</p>',
    );
    expect(values(f)).toEqual({ 'f.outcome.total': 72, 'f.carried_out': 3 });
    // Letters of another topic still are: 来信 to the mayor's mailbox.
    expect(
      values(outcomes('<p>（二）依申请公开</p><p>全年办理市长信箱来信75件,结转下年度继续办理3件。</p>')),
    ).toEqual({});
    // The letters named after applications were counted as letters are those (a city office's words).
    expect(
      values(
        outcomes(
          '<p>（二）依申请公开</p><p>2023年市人民政府办公室收到政府信息公开申请信件22件,其中本年度答复21件,结转下年度办理1件。在已答复的信件中,予以公开7件,部分公开6件,无法提供8件(均属于本机关不掌握的信息)。</p>',
          2023,
        ),
      ),
    ).toEqual({ 'f.outcome.granted': 7, 'f.outcome.partial': 6, 'f.outcome.unable': 8, 'f.carried_out': 1 });
    // Not after letters of another topic.
    expect(
      values(
        outcomes(
          '<p>（二）依申请公开</p><p>2023年共收到群众来信22件。在已答复的信件中,予以公开7件。</p>',
          2023,
        ),
      ),
    ).toEqual({});
  });

  it('reads 同意公开, 全部公开, 同意部分公开 and 不同意公开 as the outcomes they name', () => {
    const f = outcomes(
      '<p>2021年，我局共收到政府信息公开申请40件。答复结果为：同意公开20件，同意部分公开5件，不同意公开3件，无法提供12件。</p>',
    );
    expect(values(f)).toEqual({
      'f.outcome.granted': 20,
      'f.outcome.partial': 5,
      'f.outcome.denied': 3,
      'f.outcome.unable': 12,
    });
    expect(f['f.outcome.denied']?.quote).toBe('不同意公开3件');
    const g = outcomes('<p>2021年，我局共收到政府信息公开申请40件，其中全部公开25件，部分公开5件。</p>');
    expect(values(g)).toEqual({ 'f.outcome.granted': 25, 'f.outcome.partial': 5 });
    // Words of a policy, with no count, are no figure.
    expect(outcomes('<p>对符合条件的申请全部公开，做到应公开尽公开。</p>')).toEqual({});
  });

  it('reads no 不予公开 count whose own reasons name an answer of 无法提供', () => {
    // 平潭综合实验区市场监督管理局 2022: 表三 puts the one 本机关不掌握 under 无法提供 and the other under 不予公开;
    // the text's 2 was held to 表三's 1 (a false text-table-mismatch: the text itself says what the two were).
    const said = (reasons: string) =>
      outcomes(`<p>2022年共收到政府信息公开申请3件，予以公开1件，不予公开2件，${reasons}。</p>`, 2022);
    expect(values(said('分别属于本机关不掌握相关政府信息及行政执法案卷'))).toEqual({
      'f.outcome.granted': 1,
    });
    // Reasons of 不予公开 alone leave it a count of its own.
    expect(values(said('分别属于行政执法案卷及行政查询事项'))).toMatchObject({
      'f.outcome.granted': 1,
      'f.outcome.denied': 2,
    });
  });

  it('reads the 2008 form’s 已答复中“同意公开”的件数为N件 (among those answered)', () => {
    // 平潭综合实验区市场监督管理局 2018: the first outcome was not read, the two after it were.
    const f = outcomes(
      '<p>（二）依申请公开办理情况</p><p>2018年度，已答复件数2件，已答复中“同意公开”的件数为1件，“部分公开”的件数为0件，“不予公开”的件数1件。</p>',
      2018,
    );
    expect(values(f)).toMatchObject({
      'f.outcome.granted': 1,
      'f.outcome.partial': 0,
      'f.outcome.denied': 1,
    });
    expect(f['f.outcome.granted']?.quote).toBe('已答复中“同意公开”的件数为1件');
  });

  it('reads 因无法提供相关信息答复N件 as 无法提供, the outcome said as the answer’s cause', () => {
    // A district bureau's 2025 (its table: 无法提供 0, 其他处理 4).
    const f = outcomes(
      '<p>2025年，共受理政府信息公开申请21件，经分类处置后，给予同意公开答复 1 件，不予公开答复3件，区分处理后公开11件，因无法提供相关信息答复2件，其他处理2件，结转下年度继续办理2件。</p>',
      2025,
    );
    expect(values(f)).toMatchObject({ 'f.outcome.unable': 2, 'f.outcome.other': 2, 'f.outcome.denied': 3 });
    expect(f['f.outcome.unable']?.quote).toBe('因无法提供相关信息答复2件');
    // Not another outcome led by 因 (因不予处理…).
    expect(
      outcomes('<p>共受理政府信息公开申请9件，因不予处理答复2件。</p>')['f.outcome.refused'],
    ).toBeUndefined();
  });

  it('reads 其他N件 in a list of outcomes as 其他处理, and what follows it', () => {
    // A real provincial commission's list (in traditional script there): 其他 stopped it, and the 4
    // carried into next year went unread.
    const f = outcomes(
      '<p>2021年，新收政府信息公开申请140件，上年结转0件。其中，予以公开25件，部分公开10件，不予公开1件，无法提供34件，不予处理19件，其他47件，结转下年4件。</p>',
    );
    expect(f['f.outcome.other']).toMatchObject({ value: 47, quote: '其他47件' });
    expect(f['f.carried_out']).toMatchObject({ value: 4 });
    // Not after another outcome: other applicants, other matters.
    expect(
      outcomes('<p>2021年，收到申请10件，其中自然人8件，其他2件。</p>')['f.outcome.other'],
    ).toBeUndefined();
    expect(outcomes('<p>2021年，收到申请10件。其他5件为咨询。</p>')['f.outcome.other']).toBeUndefined();
  });

  it('reads the breakdown after 其中 of this body’s own total, with the carried-over counts', () => {
    const f = outcomes(
      '<p>2021年，我局共收到政府信息公开申请58件，上年结转3件，共办理61件。其中予以公开35件，部分公开8件，不予公开2件，无法提供12件，不予处理1件，其他处理0件，结转下年度继续办理3件。</p>',
    );
    expect(values(f)).toEqual({
      'f.outcome.granted': 35,
      'f.outcome.partial': 8,
      'f.outcome.denied': 2,
      'f.outcome.unable': 12,
      'f.outcome.refused': 1,
      'f.outcome.other': 0,
      'f.carried_out': 3,
      'f.carried_in': 3,
    });
    expect(f['f.outcome.granted']).toMatchObject({ quote: '其中予以公开35件', pos: { block: 0 } });
    expect(f['f.carried_in']?.quote).toBe('上年结转3件');
    // 结转上年度… (a provincial office's real words) names no time: the reviews and suits after it are
    // this year's, and the closed (办理完成) and carried-out ones are read; 项 as a unit.
    const office = blocksOf(
      '<p>2020年收到政府信息公开申请190件,结转上年度政府信息公开申请10件,共办理完成198件,结转下年度继续办理2件,收到感谢信2封;发生行政复议4件,其中3件维持,1件尚未审结;发生行政诉讼4件,其中3件维持,1件尚未审结。</p>',
    );
    const read = findFacts(office);
    expect(read.map((f) => [f.fact.key, f.fact.value, f.when])).toEqual([
      ['f.applications_received', 190, 2020],
      ['f.applications_closed', 198, 2020],
      ['f.reviews', 4, 2020],
      ['f.suits', 4, 2020],
    ]);
    expect(
      values(
        outcomes(
          '<p>2020年收到政府信息公开申请190件,结转上年度政府信息公开申请10件,共办理完成198件,结转下年度继续办理2件。</p>',
          2020,
        ),
      ),
    ).toEqual({ 'f.carried_in': 10, 'f.carried_out': 2 });
    expect(
      values(outcomes('<p>2021年,山西省交通运输厅共收到依申请公开16项,办理15项,结转下年度继续办理1项。</p>')),
    ).toEqual({ 'f.carried_out': 1 });
    // In traditional script, after a comparison with last year in brackets (較2021年減少3件): this year's.
    expect(
      values(
        outcomes(
          '<p>2022年,省機關事務局共受理信息公開申請4件(較2021年減少3件),全部按規定進行了規范答復。其中,予以公開2件、部分公開2件。</p>',
          2022,
        ),
      ),
    ).toEqual({ 'f.outcome.granted': 2, 'f.outcome.partial': 2 });
    // The kind of an outcome in brackets before its count (a county bureau's 171 = 4 + 2 + 165).
    expect(
      values(
        outcomes(
          '<p>2021年，收到依申请公开信息171条,其中:予以公开4条,不予公开(三类内部事务信息)2条,不予处理(无正当理由大量反复申请)165条。</p>',
        ),
      ),
    ).toEqual({ 'f.outcome.granted': 4, 'f.outcome.denied': 2, 'f.outcome.refused': 165 });
    // (含2023年结转13件) in a 2024 report names last year's carried-over applications, not a time: what
    // follows is this year's (a new district's 16 carried into 2025).
    expect(
      values(
        outcomes(
          '<p>2024年,新区收到政府信息公开申请383件,办结367件(含2023年结转13件);结转2025年度继续办理政府信息公开申请16件,较上年增长36.3%。</p>',
          2024,
        ),
      ),
    ).toMatchObject({ 'f.carried_out': 16 });
    // 上年结转办理N件 (a provincial department's words) is carried in.
    expect(
      values(
        outcomes(
          '<p>2023年，共接到社会公众依申请公开184件,上年结转办理1件,均依照相关规定进行规范答复办理。年内共办结182件,结转下年度继续办理3件。</p>',
          2023,
        ),
      ),
    ).toEqual({ 'f.carried_in': 1, 'f.outcome.total': 182, 'f.carried_out': 3 });
    // Last year's carried-over applications, said so (上年度结转政府信息公开申请), and not its reviews.
    expect(
      values(outcomes('<p>2021年，我局共新收政府信息公开申请58件，上年度结转政府信息公开申请4件。</p>')),
    ).toEqual({ 'f.carried_in': 4 });
    expect(
      values(
        outcomes(
          '<p>2021年，我局共新收政府信息公开申请58件。</p><p>四、政府信息公开行政复议、行政诉讼情况</p><p>上年度结转的行政复议案件2件已审结。</p>',
        ),
      ),
    ).toEqual({});
  });

  it('reads 上年结转 in the brackets of a whole, and the figures after brackets whose 其中 is done', () => {
    const f = outcomes(
      '<p>2021年，我局共受理政府信息公开申请60件（其中本年新收56件，上年结转4件），予以公开22件，结转下年度3件。</p>',
    );
    expect(values(f)).toEqual({ 'f.carried_in': 4, 'f.outcome.granted': 22, 'f.carried_out': 3 });
    expect(f['f.outcome.granted']?.quote).toBe('予以公开22件');
    // A 其中 still open governs: its examples are not the outcomes (其中涉及征收的23件).
    expect(
      values(outcomes('<p>2021年，我局共受理政府信息公开申请60件（其中涉及征收的23件，予以公开12件）。</p>')),
    ).toEqual({});
    // 本年新收 before an outcome is what it is of: the new ones' 办结, not all of them.
    expect(
      values(outcomes('<p>2021年，我局共受理政府信息公开申请60件，其中本年新收56件，办结53件。</p>')),
    ).toEqual({});
  });

  it('reads outcomes written figure first (22件予以公开，7件部分公开), in the sentence’s order', () => {
    const f = outcomes(
      '<p>2021年，我局共新收政府信息公开申请56件，办结57件。在办结的申请中，22件予以公开，7件部分公开，3件不予公开，21件无法提供，4件不予处理。</p>',
    );
    expect(values(f)).toEqual({
      'f.outcome.granted': 22,
      'f.outcome.partial': 7,
      'f.outcome.denied': 3,
      'f.outcome.unable': 21,
      'f.outcome.refused': 4,
    });
    expect(f['f.outcome.unable']).toMatchObject({ quote: '21件无法提供' });
    // Both ways round in one sentence: each outcome its first mention, the facts in the text's order.
    const blocks = blocksOf(
      '<p>2021年，我局共新收政府信息公开申请56件。其中予以公开22件，7件部分公开，不予公开3件。</p>',
    );
    expect(findOutcomeFacts(blocks, 2021, findFacts(blocks)).map((x) => x.fact.quote)).toEqual([
      '其中予以公开22件',
      '7件部分公开',
      '不予公开3件',
    ]);
    // A city bureau's real words: 为 between the figure and the outcome.
    expect(
      values(
        outcomes('<p>全年共接受依申请公开9次,其中处理结果4件为不予公开,1件为不予处理,4件为无法提供。</p>'),
      ),
    ).toEqual({ 'f.outcome.denied': 4, 'f.outcome.refused': 1, 'f.outcome.unable': 4 });
    for (const text of [
      // Not this body's, not all of them, not the outcome alone, another year, another subject.
      '2021年，我局共新收政府信息公开申请56件，区教育局22件予以公开。',
      '2021年，我局共新收政府信息公开申请56件，其中涉及征收的23件，22件予以公开。',
      '2021年，我局共新收政府信息公开申请56件，对其中22件申请予以公开。',
      '2021年，我局共新收政府信息公开申请56件，22件予以公开的信息已在网站发布。',
      '2021年，我局共新收政府信息公开申请56件。2020年22件予以公开。',
      '2021年，我局共新收政府信息公开申请56件。全市22件予以公开。',
      '2021年，我局共新收政府信息公开申请56件。受理信访事项12件，10件予以公开。',
    ])
      expect(values(outcomes(`<p>${text}</p>`)), text).toEqual({});
  });

  it('reads the figure before 结转下年度 (另有3件结转下年度办理), and only of the next year', () => {
    const carried = (sentence: string) =>
      outcomes(`<p>2021年，我局共新收政府信息公开申请56件，${sentence}</p>`);
    for (const [sentence, quote] of [
      ['办结57件，另有3件结转下年度办理。', '另有3件结转下年度办理'],
      ['已办结57件，3件结转至2022年继续办理。', '3件结转至2022年继续办理'],
      ['办结57件，剩余3件因需征求第三方意见结转下年度。', '剩余3件因需征求第三方意见结转下年度'],
      ['办结57件，另有三件结转下一年度办理。', '另有三件结转下一年度办理'],
    ] as const)
      expect(carried(sentence)['f.carried_out'], sentence).toMatchObject({ value: 3, quote });
    // The first in the sentence wins, whichever way round it is written.
    expect(carried('另有5件结转下年度办理，结转下年度继续办理3件。')['f.carried_out']?.value).toBe(5);
    expect(carried('结转下年度继续办理3件，另有5件结转下年度办理。')['f.carried_out']?.value).toBe(3);
    for (const sentence of [
      '办结57件，3件结转至2021年办理。', // this year, not the next
      '办结57件。全市另有30件结转下年度办理。', // the jurisdiction's
      '办结57件。行政复议另有1件结转下年度。', // a review
      '办结57件，其中上年结转的4件结转后已全部办结。', // last year's
      '办结57件，区教育局另有2件结转下年度办理。', // another body
    ])
      expect(carried(sentence)['f.carried_out'], sentence).toBeUndefined();
  });

  it('reads outcomes written in Chinese numerals, not a span of time', () => {
    const f = outcomes(
      '<p>2021年，我局共收到政府信息公开申请五十六件。其中予以公开二十二件，部分公开七件，不予公开三件，无法提供二十一件，不予处理两件，均在一个月内答复。</p>',
    );
    expect(values(f)).toEqual({
      'f.outcome.granted': 22,
      'f.outcome.partial': 7,
      'f.outcome.denied': 3,
      'f.outcome.unable': 21,
      'f.outcome.refused': 2,
    });
  });

  it('keeps a share beside a figure, and quotes it with the figure', () => {
    const f = outcomes(
      '<p>2021年共收到政府信息公开申请75件。从办理结果来看，予以公开45件，占办结总数的60%；部分公开10件，占13.3%；不予公开5件（占6.7%）。</p>',
    );
    expect(f['f.outcome.granted']).toMatchObject({
      value: 45,
      share: 60,
      quote: '予以公开45件，占办结总数的60%',
    });
    expect(f['f.outcome.partial']).toMatchObject({ value: 10, share: 13.3 });
    expect(f['f.outcome.denied']).toMatchObject({ value: 5, share: 6.7, quote: '不予公开5件（占6.7%）' });
  });

  it('reads 予以公开及部分公开 and 予以公开（含部分公开） as granted + partial', () => {
    expect(
      outcomes('<p>全年共办结申请120件，其中予以公开及部分公开58件，占48.3%。</p>')[
        'f.outcome.granted_partial'
      ],
    ).toMatchObject({
      value: 58,
      share: 48.3,
      quote: '其中予以公开及部分公开58件，占48.3%',
    });
    const f = outcomes('<p>共收到申请20件，同意公开15件，予以公开（含部分公开）16件，占比80%。</p>');
    expect(values(f)).toEqual({ 'f.outcome.granted': 15, 'f.outcome.granted_partial': 16 });
    // 同意公开 with the partly granted inside it, as 予以公开 may have them.
    expect(values(outcomes('<p>共收到申请20件，同意公开16件（含部分公开1件）。</p>'))).toEqual({
      'f.outcome.granted_partial': 16,
    });
  });

  it('reads 予以公开N件（含部分公开M件） as granted + partial', () => {
    const f = outcomes(
      '<p>共收到政府信息公开申请40件，其中予以公开30件（含部分公开5件），无法提供10件。</p>',
    );
    expect(f['f.outcome.granted']).toBeUndefined();
    expect(f['f.outcome.granted_partial']).toMatchObject({ value: 30, quote: '其中予以公开30件' });
    expect(f['f.outcome.partial']).toBeUndefined();
  });

  it('reads traditional script and the 办结 count the sentence gives (guangzhou-guoziwei-2020 style)', () => {
    const f = outcomes(
      '<p>2020年新收到政府信息公開申請31件,辦結28件,其中予以公開11件,部分公開3件,予以公開及部分公開14件,占辦結總數的50%;無法提供10件(占35.7%);結轉下年度繼續辦理3件。</p>',
      2020,
    );
    expect(values(f)).toMatchObject({
      'f.outcome.granted': 11,
      'f.outcome.granted_partial': 14,
      'f.outcome.unable': 10,
      'f.carried_out': 3,
    });
    expect(f['f.outcome.unable']?.share).toBe(35.7);
    // 辦結28件 sits in the received sentence: it is f.applications_closed already, not read twice.
    expect(f['f.outcome.total']).toBeUndefined();
  });

  it('reads 办结 N 件 as the outcome total when no received count carries it', () => {
    const f = outcomes('<p>2021年，本机关办结政府信息公开申请40件（含上年结转2件），按时办结率100%。</p>');
    expect(f['f.outcome.total']).toMatchObject({ value: 40, quote: '本机关办结政府信息公开申请40件' });
  });

  it('reads the reasons in the brackets after 不予公开, 无法提供 and 不予处理, each as its 表三 row', () => {
    const f = outcomes(
      '<p>2021年，我局共收到政府信息公开申请40件。其中予以公开20件，不予公开3件（其中属于国家秘密1件、属于过程性信息2件），无法提供12件（本机关不掌握相关政府信息10件，没有现成信息需要另行制作2件），不予处理5件（信访举报投诉类申请3件、重复申请2件）。</p>',
    );
    expect(values(f)).toEqual({
      'f.outcome.granted': 20,
      'f.outcome.denied': 3,
      'f.outcome.denied.state_secret': 1,
      'f.outcome.denied.process': 2,
      'f.outcome.unable': 12,
      'f.outcome.unable.not_held': 10,
      'f.outcome.unable.needs_making': 2,
      'f.outcome.refused': 5,
      'f.outcome.refused.complaint': 3,
      'f.outcome.refused.repeat': 2,
    });
    expect(f['f.outcome.denied.state_secret']?.quote).toBe('属于国家秘密1件');
    const none = (brackets: string) =>
      Object.keys(
        outcomes(`<p>2021年，我局共收到政府信息公开申请40件。其中不予公开3件${brackets}。</p>`),
      ).filter((k) => k !== 'f.outcome.denied');
    for (const b of [
      // A part that names no row (商业秘密, 其他), a share, a claim, a reason without a figure, a row twice.
      '（其中涉及商业秘密1件，其他2件）',
      '（占7.5%）',
      '（均为过程性信息）',
      '（属于国家秘密）',
      '（属于国家秘密1件、涉及国家秘密2件）',
    ])
      expect(none(b), b).toEqual([]);
  });

  it('reads a reason written as an outcome of its own in the list, each as its 表三 row', () => {
    // Real reports' lists (a county's, a city bureau's, a traditional-script page's).
    const f = outcomes(
      '<p>2021年，我局共收到政府信息公开申请70件，予以公开45件，部分公开4件，属于国家秘密1件，其他法律行政法规禁止公开2件，本机关不掌握相关政府信息12件，没有现成信息需要另行制作的2件，信访举报投诉类申请6件。</p>',
    );
    expect(values(f)).toEqual({
      'f.outcome.granted': 45,
      'f.outcome.partial': 4,
      'f.outcome.denied.state_secret': 1,
      'f.outcome.denied.law_forbids': 2,
      'f.outcome.unable.not_held': 12,
      'f.outcome.unable.needs_making': 2,
      'f.outcome.refused.complaint': 6,
    });
    expect(f['f.outcome.unable.needs_making']?.quote).toBe('没有现成信息需要另行制作的2件');
    // The reason, then the outcome it came to; many reasons (等原因, or two named) are that outcome's count.
    expect(
      values(
        outcomes(
          '<p>全年共收到政府信息公开申请50件，予以公开16件，因不掌握相关政府信息无法提供16件，属于信访、投诉、举报等申请（含问题咨询事项）不作为政府信息公开申请处理11件。</p>',
        ),
      ),
    ).toEqual({
      'f.outcome.granted': 16,
      'f.outcome.unable.not_held': 16,
      'f.outcome.refused.complaint': 11,
    });
    for (const item of [
      '因本机关不掌握等原因无法提供23件',
      '本機關不掌握相關政府信息或沒有現成信息無法提供的23件',
    ])
      expect(values(outcomes(`<p>共收到政府信息公开申请30件，其中予以公开7件，${item}。</p>`)), item).toEqual(
        {
          'f.outcome.granted': 7,
          'f.outcome.unable': 23,
        },
      );
    // One reason and 等: its row is kept (the figure may be that row's alone); two reasons name none.
    const many = (item: string) =>
      outcomes(`<p>共收到政府信息公开申请30件，其中予以公开7件，${item}。</p>`)['f.outcome.unable']?.reason;
    expect(many('因本机关不掌握等原因无法提供23件')).toBe('unable.not_held');
    expect(many('因没有现成信息等原因无法提供的23件')).toBe('unable.needs_making');
    expect(many('本机关不掌握相关政府信息或没有现成信息无法提供的23件')).toBeUndefined();
    // Not past the list's end, not other work (办理信访事项), not in brackets the reasons there do not all name.
    for (const [rest, read] of [
      ['其他1件，办理市长信箱件3件，本机关不掌握相关政府信息2件', { 'f.outcome.other': 1 }],
      ['办理信访事项10件', {}],
      ['办结7件，受理政府信息公开申请投诉件1件', {}],
      ['不予公开5件（为过程性信息2件，行政执法案件3件）', { 'f.outcome.denied': 5 }],
    ] as const)
      expect(values(outcomes(`<p>共收到政府信息公开申请30件，其中予以公开7件，${rest}。</p>`)), rest).toEqual(
        {
          'f.outcome.granted': 7,
          ...read,
        },
      );
  });

  it('reads one application’s outcome said in words, with no figure, right after a count of one', () => {
    const one = (rest: string) => outcomes(`<p>2021年，我局共收到政府信息公开申请1件，${rest}。</p>`);
    expect(values(one('已依法予以公开'))).toEqual({ 'f.outcome.granted': 1 });
    expect(values(one('已按期答复，予以公开'))).toEqual({ 'f.outcome.granted': 1 });
    expect(values(one('已依法作出不予公开答复'))).toEqual({ 'f.outcome.denied': 1 });
    expect(values(one('无法提供'))).toEqual({ 'f.outcome.unable': 1 });
    // Quoted with its count: the words alone do not say how many.
    expect(one('已依法予以公开')['f.outcome.granted']?.quote).toBe(
      '我局共收到政府信息公开申请1件，已依法予以公开',
    );
    for (const rest of [
      // A policy, a share, words that go on, an outcome given with its figure elsewhere.
      '对符合条件的予以公开',
      '予以公开的比例为100%',
      '已依法予以公开的信息均在网站发布',
    ])
      expect(values(one(rest)), rest).toEqual({});
    // Of more than one (two received, or one and one carried over), words give no figure.
    expect(values(outcomes('<p>2021年，我局共收到政府信息公开申请2件，已依法予以公开。</p>'))).toEqual({});
    expect(
      values(outcomes('<p>2021年，我局新收政府信息公开申请1件，上年结转1件，已依法予以公开。</p>')),
    ).toEqual({ 'f.carried_in': 1 });
  });

  it('keeps a figure the sentence promises but does not give as null', () => {
    const f = outcomes('<p>共收到申请58件，其中予以公开30件，部分公开 件，不予公开3件。</p>');
    expect(f['f.outcome.partial']).toMatchObject({ value: null, quote: '部分公开 件' });
    expect(f['f.outcome.denied']?.value).toBe(3);
  });

  it('keeps a template placeholder in place of a figure (予以公开XX件) as null', () => {
    const f = outcomes('<p>共收到申请58件，其中予以公开XX件，部分公开××件，不予公开3件。</p>');
    expect(f['f.outcome.granted']).toMatchObject({ value: null, quote: '其中予以公开XX件' });
    expect(f['f.outcome.partial']).toMatchObject({ value: null, quote: '部分公开××件' });
    expect(f['f.outcome.denied']?.value).toBe(3);
  });

  it("keeps a form's blank in place of a figure (予以公开（ ）件, 部分公开___件) as null", () => {
    const f = outcomes('<p>共收到申请58件，其中予以公开（ ）件，部分公开___件，不予公开3件。</p>');
    expect(f['f.outcome.granted']).toMatchObject({ value: null, quote: '其中予以公开（ ）件' });
    expect(f['f.outcome.partial']).toMatchObject({ value: null, quote: '部分公开___件' });
    expect(f['f.outcome.denied']?.value).toBe(3);
  });

  it('reads a sentence without 申请 when the one before gives the applications', () => {
    const f = outcomes('<p>本年度收到政府信息公开申请12件。其中，予以公开8件，无法提供4件。</p>');
    expect(values(f)).toEqual({ 'f.outcome.granted': 8, 'f.outcome.unable': 4 });
  });

  it('reads under heading 三 without 申请 in the sentence', () => {
    const f = outcomes('<p>三、收到和处理政府信息公开申请情况</p><p>本年度予以公开8件。</p>');
    expect(f['f.outcome.granted']?.value).toBe(8);
  });
});

describe('outcome figures that are not this body’s for the year', () => {
  it('reads no 办结 in a sentence with no subject after one that opens on the jurisdiction', () => {
    const f = outcomes(
      '<p>2024年全区各级行政机关主动公开政府信息共7585条。全年共收到政府信息公开申请583件,办结570件。</p>',
      2024,
    );
    expect(f['f.outcome.total']).toBeUndefined();
  });

  it.each([
    ['a whole city', '<p>2021年，全市各级行政机关共收到政府信息公开申请1200件，其中予以公开600件。</p>'],
    [
      'a whole county, 其中 in the next sentence',
      '<p>全县共受理政府信息公开申请300件。</p><p>其中，予以公开200件。</p>',
    ],
    ['another year', '<p>2020年，我局收到申请30件，予以公开20件。</p>'],
    ['last year', '<p>上年度我局收到政府信息公开申请30件，予以公开20件。</p>'],
    ['last year’s carried-over applications', '<p>上年结转的3件申请中，予以公开2件，无法提供1件。</p>'],
    ['行政复议 outcomes', '<p>收到行政复议申请2件，复议机关责令予以公开1件。</p>'],
    ['examples after 其中', '<p>共收到申请58件，其中涉及拆迁的23件，予以公开12件。</p>'],
    ['another body', '<p>收到申请5件。区教育局予以公开5件。</p>'],
    ['建议提案', '<p>全年办理人大建议12件，答复全文予以公开23件。</p>'],
    ['a hotline', '<p>共受理12345热线2492件，办结2492件。</p>'],
    ['the 行政复议 section', '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>行政复议决定予以公开1件。</p>'],
    ['no applications anywhere', '<p>从办理结果来看，予以公开45件。</p>'],
    ['不予以公开 read as 予以公开', '<p>收到申请5件，不予以公开2件。</p>'],
    ['another year in Chinese numerals', '<p>二〇二〇年，我局收到政府信息公开申请30件，予以公开20件。</p>'],
    ['one channel of applications', '<p>通过网络申请20件，予以公开15件。</p>'],
    ['one kind of applicant', '<p>自然人申请55件，予以公开30件。</p>'],
    [
      'a proactive secrecy review after a sentence on applications',
      '<p>规范依申请公开办理流程。全年经保密审查，不予公开3件。</p>',
    ],
    ['a wider body', '<p>局系统共收到政府信息公开申请80件，其中予以公开50件，无法提供30件。</p>'],
    [
      'a whole district’s answers (real text)',
      '<p>2022年,全区各职能部门、镇街共完成政府信息依申请公开答复1453件,包括上年结转信息公开申请30件。其中,予以公开答复966件,占66.48%;无法提供的182件,占12.53%。</p>',
    ],
  ])('%s', (_, body) => {
    expect(Object.keys(outcomes(body))).toEqual([]);
  });

  it('reads the same breakdown when it is this body’s, with 答复/的 after the outcome and two-decimal shares', () => {
    const f = outcomes(
      '<p>2022年,我局共完成政府信息依申请公开答复1453件,包括上年结转信息公开申请30件。其中,予以公开答复966件,占66.48%;部分公开67,占4.61%;无法提供的182件,占12.53%;不予处理的61件,占4.20%。</p>',
      2022,
    );
    expect(f['f.outcome.granted']).toMatchObject({
      value: 966,
      share: 66.48,
      quote: '予以公开答复966件,占66.48%',
    });
    expect(f['f.outcome.unable']).toMatchObject({ value: 182, share: 12.53 });
    expect(f['f.outcome.refused']).toMatchObject({ value: 61, quote: '不予处理的61件,占4.20%' });
    // 部分公开67 without its 件 is not read.
    expect(f['f.outcome.partial']).toBeUndefined();
    expect(
      outcomes('<p>共收到公民、法人或其他组织提出的政府信息公开申请58件，其中予以公开30件。</p>')[
        'f.outcome.granted'
      ]?.value,
    ).toBe(30);
  });

  it('reads this year’s figures beside a comparison with last year, and 上年结转 in the same sentence', () => {
    const f = outcomes('<p>2021年共收到申请58件，较2020年增加10件，上年结转2件，其中予以公开30件。</p>');
    expect(f['f.outcome.granted']?.value).toBe(30);
  });

  it('reads no share of another whole (占全市的) or a growth rate', () => {
    const f = outcomes('<p>收到申请20件，予以公开15件，同比增长20%；不予公开1件，占全市的5%。</p>');
    expect(f['f.outcome.granted']).toMatchObject({ value: 15 });
    expect(f['f.outcome.granted']?.share).toBeUndefined();
    expect(f['f.outcome.denied']?.share).toBeUndefined();
  });

  it('takes an explicit year as another when the report’s year is unknown', () => {
    expect(outcomes('<p>2021年收到申请5件，予以公开5件。</p>', null)['f.outcome.granted']).toBeUndefined();
  });
});

describe('claims without a number', () => {
  it('reads 未制发规范性文件, and not where it is some kind, a condition, another body or another year', () => {
    const key = 'f.claim.no_normative';
    for (const said of [
      '全年未制发规范性文件。',
      '本年度未新制定规范性文件。',
      '全年没有出台任何规范性文件。',
    ])
      expect(claims(`<p>${said}</p>`)[key], said).toMatchObject({
        value: null,
        claim: '未制发规范性文件',
        quote: said.slice(0, -1),
      });
    for (const said of [
      '全年未制发涉及市场主体经济活动的规范性文件。',
      '对未制发规范性文件的单位，要求报送情况说明。',
      '未制发规范性文件的单位有3个。',
      '全区各部门均未制发规范性文件。',
      '2019年未制发规范性文件，2021年制发规范性文件6件。',
      '如未制发规范性文件，应说明理由。',
      '第四季度未制发规范性文件。',
      // Other documents: no claim about the normative ones.
      '本年度未制发规范性文件以外的其他文件。',
      '全年未印发规范性文件之外的政策文件。',
    ])
      expect(claims(`<p>${said}</p>`)[key], said).toBeUndefined();
    const ofBody = (said: string) =>
      findClaims(blocksOf(`<p>${said}</p>`), 2021, '相山区人民政府').map((f) => f.fact.key);
    expect(ofBody('区教育局未制发规范性文件。')).toEqual([]);
    expect(ofBody('区政府未制发规范性文件。')).toEqual([key]);
  });

  it('reads 未收到申请 and 未发生行政复议、行政诉讼 with their scope', () => {
    const c = claims(
      '<p>2023 年，我局未收到政府信息公开申请。</p><p>全年未发生针对区本级有关政府信息公开事务的行政复议案和行政诉讼案。</p>',
      2023,
    );
    expect(c['f.claim.no_applications']).toMatchObject({
      value: null,
      claim: '未收到申请',
      quote: '我局未收到政府信息公开申请',
    });
    expect(c['f.claim.no_reviews']).toMatchObject({ value: null, claim: '未发生行政复议和行政诉讼' });
    expect(c['f.claim.no_reviews']?.pos).toMatchObject({ block: 1 });
    // 公开政府信息申请, as a city police bureau's 2018 words it.
    expect(
      claims('<p>2018年，未收到公民提出的公开政府信息申请。</p>', 2018)['f.claim.no_applications'],
    ).toMatchObject({ quote: '未收到公民提出的公开政府信息申请' });
  });

  it('reads 申请均已办结 and 无结转下年度, not of some of them, of other things, of now or of when', () => {
    const said = (text: string) => claims(`<p>${text}</p>`, 2021)['f.claim.applications_all_closed'];
    expect(said('2021年，我局共受理政府信息公开申请60件（含上年结转4件），已全部办结。')).toMatchObject({
      claim: '申请均已办结',
      quote: '2021年，我局共受理政府信息公开申请60件（含上年结转4件），已全部办结',
    });
    for (const text of [
      '2021年，我局共收到政府信息公开申请56件，均已按时办结。',
      '2021年，我局共收到政府信息公开申请56件，全部办理完毕。',
      '2021年，我局共收到政府信息公开申请56件，无结转下年度的申请。',
      // The year's end is the year's.
      '2021年，我局共收到政府信息公开申请56件，截至12月31日，申请均已办结。',
      // Every kind of applicant counted before it.
      '2021年，我局共收到政府信息公开申请6件，其中自然人4件、法人2件，均已办结。',
      // How and when, in more than one word, or answered and closed (published reports' wording).
      '2021年，我局共收到政府信息公开申请56件，均已依法按期办结。',
      '2021年，通过线上、信函等渠道收到依申请公开信息16件，已全部按期限答复办结。',
      // All answered, as 表三 counts 办结 (real reports' wording).
      '2021年，我办共收到政府信息公开申请1件，已全部答复，办结率100%。',
      '2021年，我单位收到群众依申请公开1件，均已按要求进行答复。',
      '2021年，全年受理依申请公开事项2件，均按期答复。',
      '2021年，共收到依申请公开17条，均按要求完成答复。',
      '2021年，全年共处理依申请公开17件，已按照要求全部答复完毕。',
      // The applications' list goes on to the claim; a claim that names them after another count.
      '2021年，我镇依申请公开请求9件，其中网络平台收到3件，线下邮件收到1件，协助5件，都妥善答复。',
      '2021年，通过信息公开平台收到申请2件，转办0件，本年度申请均全部办结。',
      // None carried into next year, or last year's carried in: still all of them.
      '2021年，我局共收到政府信息公开申请56件，均已办结，结转下年度0件。',
      '2021年，我局共处理政府信息公开申请2件，均已办结，其中1件为2020年度结转至2021年度。',
    ])
      expect(said(text)?.claim, text).toBe('申请均已办结');
    for (const text of [
      // Of the carried-in ones, or of the rest; as they stand now; when the closed ones were closed.
      '2021年，我局共收到政府信息公开申请56件，上年结转4件，均已办结。',
      '2021年，我局共收到政府信息公开申请56件，上年结转的申请均已办结。',
      '2021年，我局共收到政府信息公开申请56件，结转下年度3件，其余均已办结。',
      '2021年，我局共收到政府信息公开申请56件，结转下年度3件，目前均已办结。',
      // The rest counted after the claim in its sentence (a city bureau's, 2025).
      '2021年，办结上年度结转依申请公开事项4件，新收依申请公开事项191件，均已按要求按时办结答复，剩余4件结转下年度继续办理。',
      '2021年，我局共收到政府信息公开申请56件，均已按时答复，结转下年度继续办理3件。',
      '2021年，我局共收到政府信息公开申请56件，办结53件，均在法定期限内办结。',
      '2021年，我局共收到政府信息公开申请56件，均在法定期限内予以答复。',
      '2021年，全区共收到依申请公开85件，除2件结转下年办理外，均依法依规答复。',
      '2021年，我局共收到政府信息公开申请56件，结转下年度3件，其余均已答复。',
      // A real bureau's: those answered, after the count carried into next year.
      '2021年，本年新收到政府信息公开申请42件，予以公开4件，其他处理3件，结转下年度继续办理5件，已全部按期答复。',
      // As they stood when the report was written; those whose time had come (the rest had not).
      '2021年，我局共收到政府信息公开申请56件，结转下年度3件。截至报告发布之日，申请均已办结。',
      '2021年，我局共收到政府信息公开申请56件，截至本报告编制时已全部办结。',
      '2021年，我局共收到政府信息公开申请56件，结转下年度3件，到期申请均已按时办结。',
      '2021年，我局共收到政府信息公开申请56件，结转下年度3件，已到期的申请均已办结。',
      // Other things closed: proposals, petitions, hotline requests; another year; an aim.
      '2021年，我局共收到政府信息公开申请56件。办理人大代表建议和政协提案45件，均已按时办结。',
      '2021年，我局共收到政府信息公开申请56件，受理信访申请12件，均已办结。',
      // One kind of applicant's (a street's 2024 words): the legal persons' may have been carried over.
      '2021年，我街道共收到政府信息公开申请6件，当年新收申请中，自然人提交申请4件，均按期答复。',
      // A city bureau's: cases of a people's-livelihood platform, counted in a clause of their own.
      '2021年，我局收到政府信息公开申请87件，予以公开45件，收到民生处理平台办件33条，均按时办结。',
      '2020年，我局共收到政府信息公开申请40件，均已办结。',
      '2021年，我局共收到政府信息公开申请56件，力争明年一季度前全部办结。',
      '2021年，我局共收到政府信息公开申请56件，要求各科室全部按期办结。',
      // Reviews, not applications.
      '因政府信息公开申请引起的行政复议均已办结。',
    ])
      expect(said(text), text).toBeUndefined();
  });

  it('looks at a bounded number of claims in a hostile sentence of thousands', () => {
    // Each tested with the words before it: 100,000 未收到申请 in one sentence took 35 s.
    // (The vitest timeout is the test; each sentence holds one claim at most, read once.)
    for (const claim of [
      '未收到申请，',
      '未收到依申请公开事项，',
      '均已办结，',
      '未制发规范性文件，',
      '未发生行政复议，',
    ])
      expect(Object.keys(claims(`<p>信访申请${claim.repeat(100_000)}。</p>`)).length).toBeLessThanOrEqual(1);
  });

  it('reads 未发生行政诉讼 after a sentence part about the reviews', () => {
    const c = claims('<p>本年度因政府信息公开被申请行政复议1件，经复议均予以维持，未发生行政诉讼。</p>');
    expect(c['f.claim.no_reviews']?.claim).toBe('未发生行政诉讼');
    expect(c['f.claim.reviews_all_upheld']?.claim).toBe('行政复议均获维持');
  });

  it('reads 复议决定均为维持 as 均获维持', () => {
    const c = claims('<p>本年度因政府信息公开被申请行政复议2件，复议决定均为维持原答复。</p>');
    expect(c['f.claim.reviews_all_upheld']?.claim).toBe('行政复议已审结的均获维持');
    expect(
      claims('<p>因政府信息公开被申请行政复议2件，均为维持。</p>')['f.claim.reviews_all_upheld']?.claim,
    ).toBe('行政复议均获维持');
    // A district's real words: 均为结果维持.
    expect(
      claims('<p>信息公开类行政复议5件、行政诉讼1件,均为结果维持。</p>')['f.claim.reviews_all_upheld']?.claim,
    ).toBe('行政复议和行政诉讼均获维持');
  });

  it('reads 无行政诉讼和行政复议案件 after a count of civil suits (民事诉讼), which is no count of these', () => {
    // A high-tech zone's real words.
    const c = claims('<p>2021年我区处理民事诉讼2件,无行政诉讼和行政复议案件。</p>');
    expect(c['f.claim.no_reviews']?.claim).toBe('未发生行政复议和行政诉讼');
    // After a count of the suits themselves, still no claim of none.
    expect(
      claims('<p>2021年我区被提起行政诉讼2件,无行政诉讼和行政复议案件。</p>')['f.claim.no_reviews']?.claim,
    ).not.toBe('未发生行政复议和行政诉讼');
  });

  it('reads no applications in two more reports’ words (…申请公开政府信息要求, 无依申请公开政府信息事项)', () => {
    for (const text of [
      '2021年,我局未收到公民、法人和其他组织申请公开政府信息要求,未因政府信息公开工作收到行政复议。',
      '2021年,我乡无依申请公开政府信息事项,无因政府信息公开申请行政复议。',
    ])
      expect(claims(`<p>${text}</p>`)['f.claim.no_applications']?.claim, text).toBe('未收到申请');
    // Only where the clause ends there: not a kind of request (…申请公开政府信息要求的处理办法).
    expect(
      claims('<p>2021年,我局未收到申请公开政府信息要求的处理办法。</p>')['f.claim.no_applications'],
    ).toBeUndefined();
  });

  it('reads no applications as more real reports word it (未收到和处理…申请事项, 任何单位和个人提出的…), not a review asked over one', () => {
    for (const text of [
      '2021年，我局未收到和处理政府信息公开申请事项。',
      '2021年，我局未收到和受理政府信息公开申请。',
      '2021年，我局未收到及办理依申请公开件。',
      '2021年，管理区未收到任何单位和个人提出的政府信息公开申请。',
      '2021年，我局未收到公众、法人或其他组织对政府信息公开的申请。',
      '2021年，安仁乡未收到社会组织或群众个人提出的政府信息依申请公开。',
      '2021年，我镇未收到公民、法人或其他组织通过任何形式提出的政府信息公开申请。',
      '2021年，我镇未收到申请人提出的依申请公开申请。',
      '2021年，我镇未收到有关依申请公开内容，无因政府信息公开申请工作被申请行政复议和行政诉讼的情况。',
      '2021年，我局未收到公民、法人或其他组织的依申请公开诉求。',
      '2021年，医院尚未收到市民或法人依申请公开信息要求。',
      '2021年，我局未接到群众主动要求公开政府信息的申请。',
      '2021年，我局未收到申请公开事项。',
      '2021年，我办未收到相关依申请公开信息。',
      '2021年，我单位未收到依申请公开、行政复议和行政诉讼情况。',
    ])
      expect(claims(`<p>${text}</p>`)['f.claim.no_applications']?.claim, text).toBe('未收到申请');
    // Applications as the topic of something else: complaints about them, questions on them.
    for (const text of [
      '2021年，我局未收到政府信息公开申请的投诉。',
      '2021年，我局未收到和处理政府信息公开申请相关的投诉举报。',
      '2021年，未收到政府信息公开申请方面的咨询。',
    ])
      expect(claims(`<p>${text}</p>`)['f.claim.no_applications'], text).toBeUndefined();
    // Applications named, then the review or suit asked over them: no review or suit, not no application.
    for (const text of [
      '2021年,未有政府信息公开申请行政复议及提起行政诉讼的情况。',
      '2021年,我局未收到有关政府信息公开申请行政复议、提起行政诉讼、举报投诉件。',
    ]) {
      const c = claims(`<p>${text}</p>`);
      expect(c['f.claim.no_applications'], text).toBeUndefined();
      expect(c['f.claim.no_reviews']?.claim, text).toBe('未发生行政复议和行政诉讼');
    }
  });

  it('reads no applications in eleven more reports’ words (未发生依申请公开信息, 没有…向我局申请公开政府信息 …)', () => {
    for (const text of [
      '2021年,我局未发生依申请公开信息。',
      '2021年,市林业局全年未发生依申请公开政府信息。',
      '2021年,额尔格图镇人民政府本年度未发生依申请公开情况。',
      '2021年没有依申请公开政府信息情况。',
      '2021年,我管委会没有收到申请公开政府信息的情况。',
      '2021年,我管委会没有收到公民、法人和其他组织申请公开政府信息的情况,没有发生收费及减免情况。',
      '2021年,全年无申请公开信息事项。',
      '2021年,没有公民、法人和其他团体向我局申请公开政府信息。',
      '2021年度,我镇未新收到政府依申请公开件。',
      '本单位2021年度未收到政府信息公开正式申请。',
      '2021年度,我局未收到任何依申请公开信息的请求,但我局始终保持高度准备。',
    ])
      expect(claims(`<p>${text}</p>`)['f.claim.no_applications']?.claim, text).toBe('未收到申请');
    // 未发生 of something that happened to applications, not of none: only where the clause ends there.
    for (const text of [
      '2021年,未发生政府信息公开申请答复超期的情况。',
      '2021年,未发生依申请公开泄密事件。',
      '2021年,本年度未发生依申请公开信息收费。',
      '2021年,没有依申请公开答复被纠错的情况。',
      '2021年,没有向我局申请公开政府信息以外的事项。',
      '2021年,我局未收到依申请公开的事项的处理意见。',
    ])
      expect(claims(`<p>${text}</p>`)['f.claim.no_applications'], text).toBeUndefined();
  });

  it('reads 未有… for 未发生… (three reports’ words: 未有因依申请公开引发的行政复议和行政诉讼案件)', () => {
    for (const text of [
      '2021年,未有因依申请公开引发的行政复议和行政诉讼案件。',
      '2021年,我局未有因政府信息依申请公开答复导致的行政复议、行政诉讼。',
      '2021年,未有政府信息公开申请行政复议及提起行政诉讼的情况。',
    ])
      expect(claims(`<p>${text}</p>`)['f.claim.no_reviews']?.claim, text).toBe('未发生行政复议和行政诉讼');
    // Not where the cause is another's (未有因行政处罚引发的行政复议).
    expect(claims('<p>2021年,未有因行政处罚引发的行政复议。</p>')['f.claim.no_reviews']).toBeUndefined();
  });

  it('reads no cases as more real reports word it (无针对…, 没有一件…, 无提起…, 复议 and 诉讼 without 行政)', () => {
    for (const [text, says] of [
      ['2021年,本年度无针对政府信息公开事务的行政诉讼。', '未发生行政诉讼'],
      ['2021年,全年没有一件因政府信息公开工作被申请行政复议、提起行政诉讼。', '未发生行政复议和行政诉讼'],
      ['2021年,全年没有一例因政府信息公开工作被申请行政复议、提起行政诉讼。', '未发生行政复议和行政诉讼'],
      ['2021年,全年无有关政府信息公开的行政复议。', '未发生行政复议'],
      ['2021年,我局无提起行政诉讼的情况。', '未发生行政诉讼'],
      ['2021年,全年无信息公开举报、复议和诉讼等情形。', '未发生行政复议和行政诉讼'],
      ['2021年,未发生因依申请政府信息公开引起的相关诉讼。', '未发生行政诉讼'],
    ])
      expect(claims(`<p>${text}</p>`)['f.claim.no_reviews']?.claim, text).toBe(says);
    // 复议 or 诉讼 alone, nothing saying of what and outside 四: no claim (the old template's fees section).
    expect(
      claims('<p>2021年我局未产生相关诉讼，没有相应费用支出。</p>')['f.claim.no_reviews'],
    ).toBeUndefined();
    expect(claims('<p>2021年我局无民事诉讼。</p>')['f.claim.no_reviews']).toBeUndefined();
    // What one applicant did not do: no claim about the year's suits.
    expect(
      claims('<p>2021年，我局被申请行政复议1件，申请人对复议结果未提起行政诉讼。</p>')['f.claim.no_reviews'],
    ).toBeUndefined();
  });

  it('reads 未发生…方面的行政复议和行政诉讼 (real text)', () => {
    const c = claims('<p>2021年，我局未发生依申请公开政府信息方面的行政复议和行政诉讼。</p>');
    expect(c['f.claim.no_reviews']?.claim).toBe('未发生行政复议和行政诉讼');
  });

  it('reads 未因信息公开被申请行政复议 and 无因…引起的行政复议 (real wordings), each with its scope', () => {
    const c = (body: string) => claims(body)['f.claim.no_reviews']?.claim;
    expect(c('<p>2021年，本机关未因政府信息公开工作被申请行政复议或提起行政诉讼。</p>')).toBe(
      '未发生行政复议和行政诉讼',
    );
    expect(c('<p>本机关未因政府信息公开工作被申请行政复议，被提起行政诉讼4件。</p>')).toBe('未发生行政复议');
    expect(c('<p>无因政府信息公开被申请行政复议情况，被提起行政诉讼4件。</p>')).toBe('未发生行政复议');
    expect(c('<p>全年无因政府信息公开引起的行政复议和行政诉讼案件。</p>')).toBe('未发生行政复议和行政诉讼');
    // 未引起 (a county's report): went unread.
    expect(
      c('<p>全年共收到政府信息公开申请10件，均在法定期限内依法办结，未引起行政复议和行政诉讼情形。</p>'),
    ).toBe('未发生行政复议和行政诉讼');
    // The cause named by an answer (申请答复引起的), or by 依申请公开: still the disclosure cases.
    expect(c('<p>本年度未发生因政府信息公开申请答复引起的行政复议。</p>')).toBe('未发生行政复议');
    expect(c('<p>本年度未发生因依申请公开答复产生的行政诉讼案件。</p>')).toBe('未发生行政诉讼');
    // A case's result still is one: 尚未收到行政复议决定, 未发生…复议结果.
    expect(c('<p>被申请行政复议1件，尚未收到行政复议决定。</p>')).toBeUndefined();
    expect(c('<p>本年度未发生因行政处罚引起的行政复议。</p>')).toBeUndefined();
    // None over disclosure done wrong: a kind of the disclosure cases, not all of them.
    expect(c('<p>本年度未发生因信息公开不当引发的行政复议。</p>')).toBeUndefined();
    expect(c('<p>全年未因违法公开政府信息被提起行政诉讼。</p>')).toBeUndefined();
    // Nor over disclosure not made in time (a street office's words), or not made.
    expect(c('<p>无因不及时公开信息而引发行政复议和起诉案件。</p>')).toBeUndefined();
    expect(c('<p>未发生因政府信息未公开引起的行政复议。</p>')).toBeUndefined();
    // A heading run in before a colon, with no count in it, names the cases, not a count of them (a
    // township's 2021: …等情况方面:我乡…未发生…行政复议案、行政诉讼案).
    expect(
      c(
        '<p>因政府信息公开申请行政复议、提出行政诉讼等情况方面:我乡2021年度未发生针对本乡有关政府信息公开实务的行政复议案、行政诉讼案及举报投诉事件。</p>',
      ),
    ).toBe('未发生行政复议和行政诉讼');
    expect(c('<p>行政复议情况:被申请行政复议1件，未发生行政复议。</p>')).toBeUndefined();
    // Nor over applications handled irregularly (a county bureau's 2024 words).
    expect(c('<p>我局未发生因依申请公开不规范产生行政复议、行政诉讼的案件。</p>')).toBeUndefined();
    expect(c('<p>未发生因信息公开工作不到位引发的行政诉讼。</p>')).toBeUndefined();
  });

  it('reads 均获维持 for the cases its own part of the sentence names', () => {
    const c = claims(
      '<p>2021年，因政府信息公开被申请行政复议2件，均获维持；被提起行政诉讼1件，尚未审结。</p>',
    );
    expect(c['f.claim.reviews_all_upheld']).toMatchObject({
      claim: '行政复议均获维持',
      quote: '因政府信息公开被申请行政复议2件，均获维持',
    });
    const both = claims('<p>本年度发生政府信息公开行政复议1件、行政诉讼2件，均获维持，无被纠错案件。</p>');
    expect(both['f.claim.reviews_all_upheld']?.claim).toBe('行政复议和行政诉讼均获维持');
  });

  it('reads 均已审结 (and 全部结案, 已全部审结) for the cases its part of the sentence names', () => {
    const c = (body: string) => claims(body)['f.claim.cases_concluded'];
    expect(c('<p>2021年，因政府信息公开被申请行政复议2件，均已审结，结果均为维持。</p>')).toMatchObject({
      value: null,
      claim: '行政复议均已审结',
      quote: '因政府信息公开被申请行政复议2件，均已审结',
    });
    expect(c('<p>本年度发生政府信息公开行政复议1件、行政诉讼2件，已全部审结。</p>')?.claim).toBe(
      '行政复议和行政诉讼均已审结',
    );
    expect(c('<p>因政府信息公开被申请行政复议1件、被提起行政诉讼1件，行政诉讼全部结案。</p>')?.claim).toBe(
      '行政诉讼均已审结',
    );
    // Not all, not this year's, not yet, an aim, or the cases it decided as the review authority.
    expect(c('<p>因政府信息公开被提起行政诉讼2件，尚未全部审结。</p>')).toBeUndefined();
    expect(c('<p>因政府信息公开被提起行政诉讼2件，未全部结案。</p>')).toBeUndefined();
    expect(c('<p>上年结转的政府信息公开行政复议案件均已审结。</p>')).toBeUndefined();
    expect(c('<p>2020年的政府信息公开行政诉讼案件均已审结。</p>')).toBeUndefined();
    expect(c('<p>力争政府信息公开行政复议案件均已审结。</p>')).toBeUndefined();
    expect(c('<p>作为复议机关办理的政府信息公开行政复议案件均已审结。</p>')).toBeUndefined();
    // As they stood when the report was written, not at the year's end.
    expect(c('<p>截至本报告编制时，政府信息公开行政复议案件均已审结。</p>')).toBeUndefined();
    expect(c('<p>因政府信息公开被申请行政复议2件，截至报告发布之日均已审结。</p>')).toBeUndefined();
    expect(c('<p>本机关政府信息公开行政复议案件均已审结。</p>')?.claim).toBe('行政复议均已审结');
    // No case named: the applications' 均已办结 is no claim about 表四.
    expect(c('<p>本年度收到的政府信息公开申请均已办结。</p>')).toBeUndefined();
  });

  it('takes the scope from the claim’s own clause when it names the cases', () => {
    const c = claims(
      '<p>因政府信息公开被申请行政复议2件、被提起行政诉讼1件，行政复议均获维持，行政诉讼尚在审理中。</p>',
    );
    expect(c['f.claim.reviews_all_upheld']).toMatchObject({
      claim: '行政复议均获维持',
      quote: '因政府信息公开被申请行政复议2件、被提起行政诉讼1件，行政复议均获维持',
    });
  });

  it('reads 无被纠错 as a weaker claim, and 均维持 under heading 四', () => {
    const c = claims('<p>2021年，我局政府信息公开行政复议、行政诉讼案件未被纠错。</p>');
    expect(c['f.claim.reviews_all_upheld']?.claim).toBe('行政复议和行政诉讼无被纠错');
    const d = claims(
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>本年度被申请行政复议3件，均维持原答复。</p>',
    );
    expect(d['f.claim.reviews_all_upheld']?.claim).toBe('行政复议均获维持');
  });

  it("leaves another body's claim to it, once the agency is known", () => {
    const src = sourceFromHtml(
      '<html><body><p>三、收到和处理政府信息公开申请情况</p><p>区政府办公室本级未收到政府信息公开申请。</p></body></html>',
    );
    const keys = (agency: string | null) => findClaims(src.blocks, 2021, agency).map((f) => f.fact.key);
    expect(keys('相山区人民政府')).toEqual([]);
    expect(keys('相山区人民政府办公室')).toEqual(['f.claim.no_applications']);
    expect(keys(null)).toEqual(['f.claim.no_applications']);
  });

  it('reads a note that the carry-over was adjusted, not a plan, another year or a bare carry-over', () => {
    const said = (text: string) => claims(`<p>${text}</p>`)['f.claim.carry_adjusted']?.quote ?? null;
    expect(said('上年结转申请4件，与2020年度报告中结转下年度数不一致，系统计口径调整所致。')).toBe(
      '上年结转申请4件，与2020年度报告中结转下年度数不一致，系统计口径调整所致',
    );
    expect(said('经重新核实，上年度结转申请核减1件。')).toBe('经重新核实，上年度结转申请核减1件');
    expect(said('本年新收申请56件，上年结转4件，办结57件。')).toBeNull();
    expect(said('下一步将规范上年结转数据统计口径。')).toBeNull();
    expect(said('2019年报告的上年结转数据有调整。')).toBeNull();
  });

  it('reads 已审结的均获维持 as silent on pending cases, and 败诉 as about the suits', () => {
    const c = claims('<p>因政府信息公开被申请行政复议4件，已审结的均获维持。</p>');
    expect(c['f.claim.reviews_all_upheld']?.claim).toBe('行政复议已审结的均获维持');
    const d = claims('<p>因政府信息公开被申请行政复议4件，被提起行政诉讼4件，未发生败诉情况。</p>');
    expect(d['f.claim.reviews_all_upheld']?.claim).toBe('行政诉讼无被纠错');
    // In traditional script (沒有, 敗訴): it was read as no case at all.
    const t = claims(
      '<p>2021年度，我團未收到網絡依申請公開，沒有因信息公開案件引起的行政訴訟、行政復議敗訴。</p>',
    );
    expect(t['f.claim.no_reviews']).toBeUndefined();
    expect(t['f.claim.reviews_all_upheld']?.quote).toBe('沒有因信息公開案件引起的行政訴訟、行政復議敗訴');
  });

  it('reads a judgment’s 均维持 as silent on pending cases, like 已审结的', () => {
    const c = claims('<p>因政府信息公开被提起行政诉讼4件，一审判决均维持被诉行政行为。</p>');
    expect(c['f.claim.reviews_all_upheld']?.claim).toBe('行政诉讼已审结的均获维持');
  });

  it('reads 未收到公民、法人或者其他组织提出的政府信息公开申请 (real wording)', () => {
    const c = claims('<p>本年度未收到公民、法人或者其他组织提出的政府信息公开申请。</p>');
    expect(c['f.claim.no_applications']?.quote).toBe(
      '本年度未收到公民、法人或者其他组织提出的政府信息公开申请',
    );
    // 未有 / 没有 …提出…申请, and 未有…申请: the same claim without 收到.
    for (const said of [
      '本年度未有公民、法人或其他组织提出政府信息公开申请',
      '本年度没有公民、法人或其他组织提出政府信息公开申请',
      '本年度未收到公民、法人及其他组织提出的政府信息公开申请',
      '本年度未有政府信息公开申请',
    ])
      expect(claims(`<p>${said}。</p>`)['f.claim.no_applications']?.quote, said).toBe(said);
    // Not a claim of no applications: who did not apply for what (未申请行政复议), an applicant's request.
    for (const said of ['申请人未申请行政复议', '本年度未有申请人提出收费减免申请'])
      expect(claims(`<p>${said}。</p>`)['f.claim.no_applications'], said).toBeUndefined();
  });

  it('reads no reviews or suits where 无 names them with 涉及/信息公开 and no verb, or the cause is 政府信息申请', () => {
    for (const said of [
      '无涉及政府信息公开行政复议、诉讼案件',
      '无政府信息公开类行政复议和行政诉讼情况',
      '无政府信息公开申请行政复议、行政诉讼',
      '无信息公开类行政复议及诉讼案件',
      '未发生因政府信息申请引起的行政复议和行政诉讼',
      '没有关于政府信息公开的行政诉讼和行政复议情况',
    ])
      expect(claims(`<p>${said}。</p>`)['f.claim.no_reviews']?.claim, said).toBe('未发生行政复议和行政诉讼');
    // Another cause, a result or a document, a whole county, and no costs of cases: no claim.
    for (const said of [
      '无涉及行政处罚的行政复议案件',
      '无信息公开类行政复议被纠错情况',
      '无政府信息公开行政复议决定书',
      '全县无政府信息公开类行政复议案件',
      '没有关于行政处罚的行政复议情况',
      '办公所需费用全部在财政拨付的行政办公经费中列支。未产生与诉讼(行政复议、行政申诉)有关的费用支出',
    ])
      expect(claims(`<p>${said}。</p>`)['f.claim.no_reviews'], said).toBeUndefined();
  });

  it('reads no applications in the other words real reports use, where the clause ends there', () => {
    const heading = '<p>一、总体情况</p><p>（二）依申请公开情况</p>';
    for (const said of [
      '我乡未收到依申请公开事项',
      '我委未收到依申请公开事项申请',
      '我镇未收到依申请公开请求',
      '全年未收到依申请公开来信',
      '人社分局未收到政府信息依申请公开',
      '中心未收到依申请公开件',
      '我镇未收到任何形式的依申请公开政府信息',
      '教育局未收到依申请公开信息',
      '本年未收到群众要求公开政府信息的申请',
      '我局未收到政府信息申请',
      '街道办事处未接到任何形式的信息公开申请',
      '本年度未收到个人、法人或者其他组织向本机关申请公开政府信息',
      '本年度我未收到社会公众提出的政府信息公开申请',
      '2021年全年我局未收到政务信息公开申请',
      // With 无 (five real reports' words).
      '2021年无政府信息公开申请事项',
      '卫生健康局无依申请公开事项',
      '2021年度我局无依申请公开政务信息情况',
      '全年无政府信息公开申请',
    ])
      expect(claims(`${heading}<p>${said}。</p>`)['f.claim.no_applications']?.quote, said).toBe(said);
    // 无 before what is not the applications themselves: no claim.
    for (const said of [
      '全年无信息公开收费的事项',
      '全年无依申请公开被驳回的情况',
      '无政府信息公开申请行政复议、行政诉讼',
    ])
      expect(claims(`${heading}<p>${said}。</p>`)['f.claim.no_applications'], said).toBeUndefined();
    // Not that none came: what about them (投诉, 复议申请), another kind of request (更正申请), or a
    // count after.
    for (const said of [
      '未收到依申请公开事项的投诉',
      '未收到依申请公开信息的复议申请',
      '未收到政府信息更正申请',
      '未收到依申请公开件数统计表',
      '未受理依申请公开事项3件',
    ])
      expect(claims(`${heading}<p>${said}。</p>`)['f.claim.no_applications'], said).toBeUndefined();
  });

  it('reads the report’s word that its documents in force were adjusted (现行有效 … 件数…调整, 为准)', () => {
    const said =
      '因2023年度对政府规章和行政规范性文件开展了清理工作,政府规章和行政规范性文件的现行有效件数根据清理结果进行了调整,以本年度报告为准';
    expect(claims(`<p>${said}。</p>`, 2023)['f.claim.in_force_adjusted']).toMatchObject({
      claim: '现行有效件数有说明',
      quote: said,
    });
    // Documents in force with nothing said of their count, an aim, or another year's: no claim.
    for (const said of [
      '现行有效的行政规范性文件420份',
      '制定发布规范性文件4件,清理废止文件0件,现行有效文件20件',
      '2023年,对主动公开规范性文件进行全面清理,制发行政规范性文件2件,废止行政规范性文件10件,现行有效件数14件',
      '下一步将及时清理现行有效的规范性文件',
      '2021年对现行有效的规范性文件进行了清理',
    ])
      expect(claims(`<p>${said}。</p>`, 2023)['f.claim.in_force_adjusted'], said).toBeUndefined();
  });

  it('reads 申请人均为自然人 of all the year’s applicants, as real reports word it', () => {
    const heading = '<p>三、收到和处理政府信息公开申请情况</p>';
    for (const [sentence, quote] of [
      [
        '全年共收到政府信息公开申请5件,均为自然人申请,申请内容主要涉及食品药品监管政策。',
        '全年共收到政府信息公开申请5件,均为自然人申请',
      ],
      ['本年度共受理政府信息公开申请4件,申请主体均为自然人。', '申请主体均为自然人'],
      [
        '2023年,区政府办公室共受理36件政府信息公开申请(均为自然人提交),同比上升16.13%。',
        '区政府办公室共受理36件政府信息公开申请(均为自然人提交)',
      ],
      ['本年新收申请50件,申请人全部为公民,其中当面申请15件。', '申请人全部为公民'],
      ['从申请人类型看,均为公民个人申请。', '从申请人类型看,均为公民个人申请'],
    ]) {
      const c = claims(`${heading}<p>${sentence}</p>`, 2023);
      expect(c['f.claim.all_natural'], sentence).toMatchObject({ claim: '申请人均为自然人', quote });
    }
    // Of some of them (a channel's, those but one), of something else, or no claim at all.
    for (const sentence of [
      '2023年共收到申请20件，其中网上申请15件，均为自然人申请。',
      '2023年共收到申请20件，除1件外均为自然人申请。',
      '申请人均为自然人以外的组织。',
      '全年共收到政府信息公开申请5件,主要为自然人申请。',
      '行政复议申请2件,申请人均为自然人。',
      '收到行政复议申请2件,均为自然人申请。',
      '2022年共收到申请9件,申请人均为自然人。',
    ])
      expect(claims(`${heading}<p>${sentence}</p>`, 2023)['f.claim.all_natural'], sentence).toBeUndefined();
  });

  it('reads the claims and outcomes of a short paragraph that opens with its heading, run in', () => {
    // （二）依申请公开情况。2022年，我局收到…: a county bureau's whole section in one short paragraph,
    // taken for a heading alone and its sentences never read.
    const run =
      '<p>（二）依申请公开情况。2022年，我局收到政府信息公开申请5件，均为自然人网上申请。其中予以公开5件。</p>';
    expect(claims(run, 2022)['f.claim.all_natural']?.quote).toBe(
      '我局收到政府信息公开申请5件，均为自然人网上申请',
    );
    expect(outcomes(run, 2022)['f.outcome.granted']?.value).toBe(5);
    expect(
      claims('<p>（四）行政复议、行政诉讼情况：本年度未发生行政复议。</p>', 2022)['f.claim.no_reviews'],
    ).toBeDefined();
    // A heading alone, or with its colon and nothing after it, is no prose.
    expect(
      claims('<p>三、收到和处理政府信息公开申请情况：</p><p>未收到申请。</p>', 2022)[
        'f.claim.no_applications'
      ],
    ).toBeDefined();
  });

  it('reads a bare 未收到申请 only under heading 三', () => {
    expect(claims('<p>本年度未收到申请。</p>')['f.claim.no_applications']).toBeUndefined();
    expect(
      claims('<p>三、收到和处理政府信息公开申请情况</p><p>本年度，我办未收到申请。</p>')[
        'f.claim.no_applications'
      ],
    ).toBeDefined();
  });

  it.each([
    ['a positive count after another 未发生', '<p>未发生重大舆情事件，被申请行政复议1件。</p>'],
    ['another cause', '<p>未发生因执法不当引起的行政复议。</p>'],
    ['a whole county', '<p>全县未发生政府信息公开行政复议案件。</p>'],
    ['another year', '<p>2020年未发生政府信息公开行政复议案件。</p>'],
    ['a corrected count', '<p>政府信息公开行政复议案件被纠正1件。</p>'],
    ['a pending result', '<p>因政府信息公开被申请行政复议1件，目前未收到行政复议决定。</p>'],
    ['an agency’s cases, not disclosure', '<p>全年办理行政复议案件56件，均依法维持。</p>'],
    [
      'earlier years at large',
      '<p>因政府信息公开被提起行政诉讼1件。此前年度的政府信息公开行政诉讼均获维持。</p>',
    ],
    ['which bodies had none', '<p>全年新收政府信息公开申请56件，未收到政府信息公开申请的部门有12个。</p>'],
    [
      'another cause after 未因',
      '<p>本机关未因行政处罚被申请行政复议；因政府信息公开被申请行政复议4件。</p>',
    ],
    ['the applicant’s remedy', '<p>申请人对无法提供的答复不服的，可以依法申请行政复议或者提起行政诉讼。</p>'],
    ['every department', '<p>全区各部门均未因政府信息公开被申请行政复议。</p>'],
    ['an earlier year', '<p>2019年，本机关未因政府信息公开工作被申请行政复议。</p>'],
    [
      'the applicants’ complaints',
      '<p>三、收到和处理政府信息公开申请情况</p><p>全年未收到申请人的投诉举报。</p>',
    ],
    ['an objection', '<p>三、收到和处理政府信息公开申请情况</p><p>未收到申请人对答复的异议。</p>'],
    ['a fee', '<p>三、收到和处理政府信息公开申请情况</p><p>没有受理申请人提出的收费申请。</p>'],
    [
      'one kind of application',
      '<p>三、收到和处理政府信息公开申请情况</p><p>未收到申请公开国家秘密的情况。</p>',
    ],
    ['a quarter', '<p>三、收到和处理政府信息公开申请情况</p><p>全年收到申请56件，第四季度未收到申请。</p>'],
    ['a kind of suit', '<p>因政府信息公开被提起行政诉讼4件。与2019年相比，未发生新的行政诉讼类型。</p>'],
    ['the carried-over cases', '<p>因政府信息公开被申请行政复议4件，上年度结转的行政复议案件均获维持。</p>'],
    [
      'the reviews it decided',
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>因政府信息公开被申请行政复议4件。我区作为复议机关办理的行政复议案件均获维持。</p>',
    ],
    [
      'a claim with an exception',
      '<p>因政府信息公开被申请行政复议4件，无行政复议机关责令重新答复以外的其他纠错情形。</p>',
    ],
    [
      'a count of those not accepted',
      '<p>三、收到和处理政府信息公开申请情况</p><p>对不符合要求的，未受理申请3件。</p>',
    ],
    [
      'a condition',
      '<p>三、收到和处理政府信息公开申请情况</p><p>未收到申请的情况下，主动公开相关信息；对于未收到申请的事项，及时答复。</p>',
    ],
    [
      'suits after a review',
      '<p>因政府信息公开被申请行政复议1件。未发生行政复议后又提起行政诉讼的情况。</p>',
    ],
    [
      'suits that need a review first',
      '<p>因政府信息公开被申请行政复议1件。无行政复议前置的行政诉讼案件。</p>',
    ],
    [
      'what happens during a review',
      '<p>因政府信息公开被申请行政复议1件。未发生行政复议期间申请人撤回申请的情况。</p>',
    ],
    [
      'a condition on a ruling',
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>被申请行政复议1件。如复议机关均维持原答复，则无需整改。</p>',
    ],
    [
      'an aim',
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>被申请行政复议1件。力争行政复议、行政诉讼案件均获维持。</p>',
    ],
    ['a demand', '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>要求各科室做到行政复议无纠错。</p>'],
    [
      'the last three years',
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>被申请行政复议1件。近三年来，行政复议均获维持。</p>',
    ],
    [
      'a thing kept within bounds',
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>被申请行政复议1件。行政复议中，申请人的诉求均已依法维持在合理范围。</p>',
    ],
    [
      'an aim of no cases',
      '<p>因政府信息公开被申请行政复议1件。下一步，努力实现无行政复议、无行政诉讼。</p>',
    ],
    ['a condition of no cases', '<p>因政府信息公开被申请行政复议1件。如未发生行政复议，应在报告中写明。</p>'],
    ['most, not all', '<p>因政府信息公开被申请行政复议4件，已审结的行政复议案件中，多数均获维持。</p>'],
    ['one kind of correction', '<p>因政府信息公开被申请行政复议4件，行政复议未发生被确认违法的情况。</p>'],
    // The rest, once one case is named apart: not all of them (a corrected case contradicted it before).
    ['the rest', '<p>因政府信息公开被申请行政复议3件，其中1件被纠正，其余均获维持。</p>'],
    ['the rest, concluded', '<p>因政府信息公开被申请行政复议3件，1件尚未审结，其余均已审结。</p>'],
    ['the others', '<p>因政府信息公开被申请行政复议3件，1件被纠正，另外2件均获维持。</p>'],
    ['some the sentence counted', '<p>因政府信息公开被申请行政复议3件，其中2件均获维持。</p>'],
    // 表四's header set as text (a text file, a PDF without rules): 未经复议…结果纠正 is no 无纠错.
    [
      "表四's header",
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计</p>',
    ],
    [
      'the other ones',
      '<p>因政府信息公开被申请行政复议4件，1件被纠正，1件正在审理中，其他2件均维持原答复。</p>',
    ],
    ['the rest, tersely', '<p>因政府信息公开被申请行政复议4件，结果纠正1件，尚未审结1件，余均维持。</p>'],
    ['those left', '<p>因政府信息公开被申请行政复议4件，1件被纠正，剩下的均获维持。</p>'],
    [
      'the rest, concluded, after 除',
      '<p>因政府信息公开被申请行政复议4件、被提起行政诉讼4件，除2件尚未审结外，其他案件均已审结。</p>',
    ],
    // One kind of suit: 表四 counts those brought directly and those after a review.
    ['one kind of suit', '<p>因政府信息公开被提起行政诉讼4件，复议后起诉案件均获维持。</p>'],
    ['one kind of suit, concluded', '<p>因政府信息公开被提起行政诉讼4件，经复议后起诉的案件均已审结。</p>'],
    // As the cases stand when the report is written, not at the year's end (表四's 尚未审结).
    ['the cases now', '<p>因政府信息公开被申请行政复议3件，目前均已审结。</p>'],
    ['the cases now, upheld', '<p>因政府信息公开被申请行政复议3件，现均已审结并获维持。</p>'],
  ])('no claim from %s', (_, body) => {
    const c = claims(body);
    expect(c['f.claim.no_reviews']).toBeUndefined();
    expect(c['f.claim.reviews_all_upheld']).toBeUndefined();
    expect(c['f.claim.cases_concluded']).toBeUndefined();
    expect(c['f.claim.no_applications']).toBeUndefined();
  });

  it('reads 未收到行政复议申请 as no reviews, not as no applications', () => {
    const c = claims('<p>本年度未收到政府信息公开行政复议申请。</p>');
    expect(c['f.claim.no_applications']).toBeUndefined();
    expect(c['f.claim.no_reviews']?.claim).toBe('未发生行政复议');
  });

  it("reads no claim in 尚未 (not yet): 尚未纠正, or 表四's header set as text (尚未 总 维持 纠正)", () => {
    const header = claims(
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>行政复议 行政诉讼 未经复议直接起诉 复议后起诉 结果 结果 其他 尚未 总 维持 纠正 结果 审结 计</p>',
    );
    expect(header['f.claim.reviews_all_upheld']).toBeUndefined();
    const pending = claims('<p>因政府信息公开被申请行政复议1件，复议机关责令重新答复，尚未纠正。</p>');
    expect(pending['f.claim.reviews_all_upheld']).toBeUndefined();
    // 未 alone still says it: 未被纠正.
    expect(
      claims('<p>因政府信息公开被申请行政复议1件，未被纠正。</p>')['f.claim.reviews_all_upheld']?.claim,
    ).toBe('行政复议无被纠错');
  });

  it('reads "no correction" and "no case" apart: 未发生行政复议被纠正 is not 未发生行政复议', () => {
    const c = claims('<p>本年度未发生政府信息公开行政复议被纠正的情况。</p>');
    expect(c['f.claim.no_reviews']).toBeUndefined();
    expect(c['f.claim.reviews_all_upheld']?.claim).toBe('行政复议无被纠错');
  });
});
