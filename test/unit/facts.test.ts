import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../../lib/adapters/htmlparser2';
import { audit } from '../../lib/audit';
import { findFacts } from '../../lib/recognise/facts';
import { agencyOf, readMeta } from '../../lib/recognise/meta';
import { titleYear } from '../../lib/text';

const factsOf = (body: string, scope?: Parameters<typeof findFacts>[1]) => {
  const src = sourceFromHtml(`<html><body>${body}</body></html>`);
  return Object.fromEntries(findFacts(src.blocks, scope).map((f) => [f.fact.key, f.fact]));
};

/**
 * The facts (key → value) of `agency`'s report for `year`, its text `body` under heading 一 and heading
 * 三 after it, audited whole (the agency and the year known, as the audit reads them).
 */
const agencyFacts = (agency: string, body: string, year = 2023) => {
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const a = audit(
    sourceFromHtml(
      `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>一、总体情况</p>${body}<p>三、收到和处理政府信息公开申请情况</p></body></html>`,
    ),
  );
  return Object.fromEntries(a.report.facts.map((f) => [f.key, f.value]));
};

/** The 主动公开 parts read from `html`: each one's label, figure and whether the list may be some of them. */
const partsOf = (html: string) =>
  Object.values(factsOf(html))
    .filter((f) => f.key.startsWith('f.proactive_parts.'))
    .map((f) => [f.label, f.value, f.partial ?? false]);

/** The figures of the ways applications came in, in the text's order. */
const channelValues = (f: ReturnType<typeof factsOf>) =>
  Object.values(f)
    .filter((x) => x.key.startsWith('f.application_channels.'))
    .map((x) => x.value);

describe("the text's second mention of the applications", () => {
  const again = (second: string) =>
    factsOf(`<p>2020年，区政府共新收政府信息公开申请56件，办结57件。</p><p>${second}</p>`)[
      'f.applications_received.again'
    ];

  it('is read where it gives another figure for the same body and year', () => {
    expect(again('全年区政府共受理政府信息公开申请58件，均已按时答复。')).toMatchObject({
      value: 58,
      quote: '全年区政府共受理政府信息公开申请58件',
    });
    expect(again('本机关全年共收到政府信息公开申请59件。')).toMatchObject({ value: 59 });
  });

  it('is not read where it repeats the figure, or counts a part, a channel, another year or body', () => {
    for (const second of [
      '全年区政府共受理政府信息公开申请56件。',
      '其中网上申请共受理政府信息公开申请40件。',
      '全年共受理政府信息公开申请60件（含上年结转4件）。',
      '收到申请数量比2019年收到的申请48件有所增加。',
      '2019年区政府共受理政府信息公开申请41件。',
      '区政府办公室（区政务公开办）共收到政府信息公开申请30件。',
      '各镇街共受理政府信息公开申请120件。',
    ])
      expect(again(second), second).toBeUndefined();
  });

  it("keeps the first mention's subject when a later block gives the 办结 the first did not", () => {
    // The first count names no 办结, so later blocks are still read for it: the office's count there
    // is not this body's second statement.
    const f = factsOf(
      '<p>2020年，区政府共新收政府信息公开申请56件。</p><p>区政府办公室共收到政府信息公开申请30件，办结30件。</p>',
    );
    expect(f['f.applications_received']).toMatchObject({ value: 56 });
    expect(f['f.applications_received.again']).toBeUndefined();
  });
});

describe('facts from the text', () => {
  it('reads the 主动公开 total and the parts listed after it', () => {
    const f = factsOf(
      '<p>严格遵守保密审查制度，2020年主动公开政府信息361条，分别是领导活动100条、政策法规10条、监督保障27条等类信息。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: 361, quote: '2020年主动公开政府信息361条' });
    expect(f['f.proactive_parts.1']).toMatchObject({ value: 100, label: '领导活动', quote: '领导活动100条' });
    expect(f['f.proactive_parts.3']).toMatchObject({ value: 27, label: '监督保障' });
  });

  it('reads the parts from the paragraph after the total’s, where that one opens with them', () => {
    // A county unit's 2022 report: the total's sentence ends its paragraph, 在主动公开的信息中… the next.
    expect(
      partsOf(
        '<p>截至2022年12月31日，累计主动公开政府信息12条（均在政府网站我单位专栏中公开）。</p>' +
          '<p>在主动公开的信息中，政务信息公开指南1条，占8%；其他公文5条，占41%；决算预算2条，占17%，采购目录及收费标准2条，占17%，公示公告及其他类信息2条，占17%。</p>',
      ).map(([label, value]) => [label, value]),
    ).toEqual([
      ['政务信息公开指南', 1],
      ['其他公文', 5],
      ['决算预算', 2],
      ['采购目录及收费标准', 2],
      ['公示公告及其他类信息', 2],
    ]);
    expect(
      partsOf(
        '<p>2022年，我镇主动公开信息70条。</p><p>其中，政府公文类信息38条，部门预决算20条，其他信息12条。</p>',
      ),
    ).toEqual([
      // (All of them: the list ends on the others'.)
      ['政府公文类信息', 38, false],
      ['部门预决算', 20, false],
      ['其他信息', 12, false],
    ]);
    // The sentence after the total's, where 其中 after the total listed nothing (Beijing's reports of
    // 2008–2013, here with their two paragraphs run into one).
    expect(
      partsOf(
        '<p>本局2008年共主动公开政府信息417条,其中全文电子化率达100%。在主动公开的信息中,机构职能类信息37条,占总体的比例为9%;法规文件类信息71条,占总体的比例为17%;规划计划类信息5条,占总体的比例为1%;行政职责类信息248条,占总体的比例为59%;业务动态类信息56条,占总体的比例为14%。</p>',
      ).map(([label, value]) => [label, value]),
    ).toEqual([
      ['机构职能类信息', 37],
      ['法规文件类信息', 71],
      ['规划计划类信息', 5],
      ['行政职责类信息', 248],
      ['业务动态类信息', 56],
    ]);
    // And each part's share given after it in its own words (a district's 2010 report).
    expect(
      partsOf(
        '<p>区城市管理委通过政府网主动公开政府信息1323条,其中全文电子化率达100%。其中:机构职能类43条,机构职能类比例3.3%;法规文件类9条,法规文件类比例0.7%;规划计划类10条,规划计划类比例0.7%。</p>',
      ).map(([label, value]) => [label, value]),
    ).toEqual([
      ['机构职能类', 43],
      ['法规文件类', 9],
      ['规划计划类', 10],
    ]);
    // Its figures set between spaces, as a PDF or a page may (机构职能类比例 3.3 %): the same list.
    expect(
      partsOf(
        '<p>区城市管理委通过政府网主动公开政府信息 1323 条,其中全文电子化率达 100 %。其中:机构职能类 43 条,机构职能类比例 3.3 %;法规文件类 9 条,法规文件类比例 0.7 %;规划计划类 10 条。</p>',
      ).map(([, value]) => value),
    ).toEqual([43, 9, 10]);
    // Not where the paragraph goes on past the total's sentence, nor from a paragraph further on.
    expect(
      partsOf(
        '<p>2022年，我镇主动公开信息70条。全年未收到申请。</p><p>其中，政府公文类信息38条，其他信息32条。</p>',
      ),
    ).toEqual([]);
    expect(
      partsOf(
        '<p>2022年，我镇主动公开信息70条。</p><p>（二）依申请公开情况</p><p>其中，政府公文类信息38条，其他信息32条。</p>',
      ),
    ).toEqual([]);
  });

  it('ends the list of parts where words that are no part stand between, keeping what it read as some', () => {
    // Another count (更新公开指南1次, 召开新闻发布会12场) or 等 ends it: 回应关切 and 发布权威信息 are no parts.
    expect(
      partsOf(
        '<p>主动公开政府信息1500条，其中政策文件1000条、政策解读300条，更新公开指南1次，回应关切200余条。</p>',
      ),
    ).toEqual([
      ['政策文件', 1000, true],
      ['政策解读', 300, true],
    ]);
    expect(
      partsOf(
        '<p>主动公开政府信息1500条，分别为政策文件1000条、政策解读300条；召开新闻发布会12场，发布权威信息15000条。</p>',
      ),
    ).toEqual([
      ['政策文件', 1000, true],
      ['政策解读', 300, true],
    ]);
    expect(
      partsOf('<p>主动公开政府信息1500条，其中政策文件1000条、政策解读300条等，重点领域信息1200条。</p>'),
    ).toHaveLength(2);
    // 另, 此外, 还: what follows is besides the total, and the list as read stands (分别为: all of it).
    expect(
      partsOf('<p>主动公开政府信息1312条，分别为政策文件1000条、政策解读312条，另发布图片新闻300条。</p>'),
    ).toEqual([
      ['政策文件', 1000, false],
      ['政策解读', 312, false],
    ]);
    expect(
      partsOf('<p>主动公开政府信息1312条，其中政策文件1000条、政策解读312条，此外发布图片新闻300条。</p>'),
    ).toHaveLength(2);
    // Work done (全年累计办理行政许可89件) ends it (a city bureau's, 2023): the permits it handled were
    // summed as parts. What is said of work done is a kind (人大代表建议办理8条).
    expect(
      partsOf(
        '<p>2023年累计主动公开信息57条，其中部门动态20条、公示公告34条、国民经济3条、重大民生信息1条；全年累计办理行政许可89件、行政处罚18件、行政强制处罚0件。</p>',
      ).map(([label]) => label),
    ).toEqual(['部门动态', '公示公告', '国民经济', '重大民生信息']);
    expect(
      partsOf('<p>主动公开信息57条，其中部门动态20条、人大代表建议办理8条、政协委员提案办理15条。</p>'),
    ).toHaveLength(3);
    // A , after parts joined by 、 alone, once they make the total, ends it (a town's, 2023): its
    // 公开财政信息81条 was summed as a third part.
    expect(
      partsOf('<p>全年公开政府信息200条,其中发布工作动态192条、通知(公告)8条,公开财政信息81条。</p>'),
    ).toEqual([
      ['发布工作动态', 192, true],
      ['通知(公告)', 8, true],
    ]);
    // Short of the total, it joins them.
    expect(
      partsOf('<p>全年公开政府信息300条,其中发布工作动态192条、通知(公告)8条,公开财政信息100条。</p>'),
    ).toHaveLength(3);
    // The years' count so far ends it (a county bureau's, 2021): it was summed as a fifth part, and
    // the parts, which made the total, were said not to. What was read may be some (分别 aside).
    expect(
      partsOf(
        '<p>公开政府信息共142条。其中:行政许可52条,社会公益事业建设情况36条,抢险救灾社会捐助36条,其他18条,我局历年累计主动公开政府信息共1572条。</p>',
      ),
    ).toEqual([
      ['行政许可', 52, true],
      ['社会公益事业建设情况', 36, true],
      ['抢险救灾社会捐助', 36, true],
      ['其他', 18, true],
    ]);
    expect(
      partsOf(
        '<p>主动公开政府信息300条，分别为政策文件200条、政策解读90条，条例实施以来累计公开5000条。</p>',
      ),
    ).toEqual([
      ['政策文件', 200, true],
      ['政策解读', 90, true],
    ]);
    // Separators, a note in brackets, a share or the next item's number only join the parts.
    expect(
      partsOf(
        '<p>主动公开政府信息1500条，分别为：1.政策文件1000条（含规范性文件6件），占66.7%；2.政策解读300条；3.人事信息200条。</p>',
      ),
    ).toEqual([
      ['政策文件', 1000, false],
      ['政策解读', 300, false],
      ['人事信息', 200, false],
    ]);
  });

  it('reads the parts a colon opens right after the total, as after 其中, the total quoted without them', () => {
    // A town's, 2022: the list after the colon was not read, and the total's quote ran on into the first part.
    const list =
      '全年主动公开政府信息总数171条：基层政务公开领域信息124条，工作动态34条，预算决算4条，应急预案3条，政策文件2条，其他政府信息4条。';
    // (Down to its 其他: all of them, as after 其中.)
    expect(partsOf(`<p>${list}</p>`)).toEqual([
      ['基层政务公开领域信息', 124, false],
      ['工作动态', 34, false],
      ['预算决算', 4, false],
      ['应急预案', 3, false],
      ['政策文件', 2, false],
      ['其他政府信息', 4, false],
    ]);
    expect(partsOf(`<p>${list.replace('：', '，其中：')}</p>`)).toEqual(partsOf(`<p>${list}</p>`));
    expect(factsOf(`<p>${list}</p>`)['f.proactive_total']?.quote).toBe('全年主动公开政府信息总数171条');
    // Numbered after the colon.
    expect(
      partsOf('<p>主动公开政府信息300条：1.政策文件200条；2.政策解读90条。</p>').map(([l, v]) => [l, v]),
    ).toEqual([
      ['政策文件', 200],
      ['政策解读', 90],
    ]);
    // A colon before the total (a heading's) opens nothing; nor one before a figure.
    expect(partsOf('<p>主动公开情况：全年主动公开政府信息171条，开展政策解读12次。</p>')).toEqual([]);
    expect(partsOf('<p>主动公开政府信息171条：171条均已在网站公开。</p>')).toEqual([]);
    // Adding up to more than the total is a warning of the page's own text.
    const title = '某镇人民政府2022年政府信息公开工作年度报告';
    const a = audit(
      sourceFromHtml(
        `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>一、总体情况</p><p>${list.replace('4条。', '45条。')}</p><p>三、收到和处理政府信息公开申请情况</p></body></html>`,
      ),
    );
    expect(a.findings.filter((f) => f.rule === 'text-part-sum').map((f) => f.message)).toEqual([
      '正文称「全年主动公开政府信息总数171条」，但所列各项 基层政务公开领域信息 124 + 工作动态 34 + 预算决算 4 + 应急预案 3 + 政策文件 2 + 其他政府信息 45 = 212',
    ]);
  });

  it('ends a count’s quote at the 、 that starts the next item, outside brackets', () => {
    // A city commission's, 2022: the quote of its website's count ran on over four more channels' counts.
    const f = factsOf(
      '<p>2022年，市卫生健康委部门网站共发布信息2885条、“淄博卫生健康”微信公众号发布信息3122条、“健康淄博”抖音号发布信息62条；在政务公开方面，及时主动公开文件。</p>',
    );
    expect(f['f.proactive_total']?.quote).toBe('市卫生健康委部门网站共发布信息2885条');
    const g = factsOf('<p>因依申请公开引发行政复议1起、行政诉讼2起。</p>');
    // (A quote still starts where its clause does: the suits' takes in the reviews' words before it.)
    expect([g['f.reviews']?.quote, g['f.suits']?.quote]).toEqual([
      '因依申请公开引发行政复议1起',
      '因依申请公开引发行政复议1起、行政诉讼2起',
    ]);
  });

  it('reads the ways applications came in after their count, not a way inside brackets', () => {
    const f = factsOf(
      '<p>2020年共新收政府信息公开申请56件，其中通过网络提交申请40件（其中门户网站20件），通过信函方式申请10件，当面提出申请6件。</p>',
    );
    const ways = Object.values(f)
      .filter((x) => x.key.startsWith('f.application_channels.'))
      .map((x) => [x.label, x.value]);
    expect(ways).toEqual([
      ['网络', 40],
      ['信函', 10],
      ['当面', 6],
    ]);
    // 线下 (a bureau's words: 其中:线下申请15件,通过市政府网站在线申请9件).
    const offline = factsOf(
      '<p>共收到政府信息公开申请24件,其中:线下申请15件,通过市政府网站在线申请9件。</p>',
    );
    expect(channelValues(offline)).toEqual([15, 9]);
    // 网站 alone (a city bureau's words): the first way was passed over, leaving two of three.
    const site = factsOf(
      '<p>全年共受理政府信息公开申请212件,其中网站申请195件、当面申请4件、信函申请13件。</p>',
    );
    expect(channelValues(site)).toEqual([195, 4, 13]);
  });

  it('looks at a bounded number of ways in a hostile sentence of thousands', () => {
    // Each one a quarter's looked back over the whole sentence for its time: 36 s on such a page.
    const ways = '第一季度网上申请1件，'.repeat(30_000);
    const f = factsOf(`<p>2020年共新收政府信息公开申请56件，其中${ways}当面申请6件。</p>`);
    expect(Object.keys(f).filter((k) => k.startsWith('f.application_channels.'))).toEqual([]);
    expect(f['f.applications_received']?.value).toBe(56);
  });

  it('keeps a promised but missing number as null, and reads parts from the next sentence', () => {
    const f = factsOf(
      '<p>通过政府门户网站公开信息共条。其中，组织机构类信息32条，文件类信息17条。2020年制作规范性文件9篇。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: null, quote: '通过政府门户网站公开信息共条' });
    expect(f['f.proactive_parts.2']).toMatchObject({ value: 17, label: '文件类信息' });
    expect(f['f.normative_made']).toMatchObject({ value: 9 });
  });

  it('reads a 主动公开 count named by its 条数 (主动公开政府信息条数921条)', () => {
    // A town government's 2025 report words it so: the unit before 数 is no count of its own.
    const f = factsOf('<p>2025年度,我镇主动公开政府信息条数921条,其中政策解读2条。</p>');
    expect(f['f.proactive_total']).toMatchObject({ value: 921, quote: '我镇主动公开政府信息条数921条' });
  });

  it('keeps a count whose clause ends right after its object and unit (信息条。) as a missing number', () => {
    // 旌德县经开区管委会 2019, as published: the total was deleted with nothing left in its place.
    const f = factsOf(
      '<p>2019年,旌德县经开区管委会在政府信息公开网上发布和更新信息条。其中“政策法规”58条,政策解读3条。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({
      value: null,
      quote: '旌德县经开区管委会在政府信息公开网上发布和更新信息条',
    });
    expect(f['f.proactive_parts.1']).toMatchObject({ value: 58 });
    // Words that go on past 条 (条目, 条例) are no count; nor 依申请公开信息件 (applications, none).
    expect(factsOf('<p>主动公开政府信息条目，详见目录。</p>')['f.proactive_total']).toBeUndefined();
    expect(
      factsOf('<p>依据《政府信息公开条例》公开信息条例规定的内容。</p>')['f.proactive_total'],
    ).toBeUndefined();
    expect(factsOf('<p>2025年,我局未收到依申请公开信息件。</p>')['f.proactive_total']).toBeUndefined();
  });

  it.each([
    // As real reports word them: 申请事项, 申请数, 申请件, 依申请公开办件, and the verbs that also say
    // the applications were handled (收到并办结, 受理并办结, 收到处理, 受理办理).
    ['2021年我局收到政府信息公开申请事项1件,办结1件。', 1],
    ['2024年收到申请数0件,办结0件。', 0],
    ['全年收到信息公开申请件13件(11件网上申请,2件信函申请),答复13件。', 13],
    ['2024年,共接到依申请公开办件0件。', 0],
    ['本年度我局收到并办结依申请公开政府信息事项4件,其中予以公开3件。', 4],
    ['全年规范受理并办结依申请公开事项14件,无结转下年度事项。', 14],
    ['收到处理依申请公开件4件,没有发生政府信息公开行政复议。', 4],
    ['2020年度,我局受理办理依申请公开2件。', 2],
    // Who applied, and to whom (本机关 or 我局 is this body): a county's, a finance bureau's words.
    ['2021年收到公民向我局提交的政府信息公开申请3件,均依法依规按时办结。', 3],
    ['2020年收到公民、法人向本机关提交的政府信息公开申请1件,依法按时办结1件。', 1],
    // The figure first, counted in 份 (a district office's words).
    ['2022年,我办共收到26份政府信息依申请公开件,其中申请人自行撤销2件。', 26],
    ['2022年,我办共收到8份政府信息公开申请,均为自然人申请。', 8],
    ['2024年,受理向本机关提出的政府信息依申请公开26件。', 26],
    ['2024年,受理公民、法人或其他组织提出的政府信息依申请公开26件。', 26],
    ['全年收到公民和法人或其他组织政府信息公开申请共32件,办结30件。', 32],
    ['2022年,收到信息依申请公开共0件,其中书面申请0件,邮件申请0件。', 0],
    // 申请信件, 线上及线下, 依申请政府信息公开 (a city office's, a street's, a town's words).
    ['2023年市人民政府办公室收到政府信息公开申请信件22件,其中本年度答复21件。', 22],
    ['今年共收到线上及线下政府信息公开申请33件,均依规进行了答复。', 33],
    ['2021年新受理依申请政府信息公开3件,已依规及时完成回复。', 3],
    // The ways they came by between the verb and what (a district office's words).
    ['2022年共收到网上申请、信件邮寄等形式的依申请公开件37件,按时序办理36件。', 37],
    // The ways named with 通过…提交的 (a zone's office 2023, a city bureau's 2025); one way alone is that
    // way's part, not the count.
    ['2023年接收通过邮寄、网络提交的各类政府信息公开申请21件，主要涉及征地拆迁等方面。', 21],
    ['2025年我局共接收通过邮寄、邮件、现场等方式提交的各类政府信息公开申请10件,共办结8件。', 10],
    ['2025年收到通过网上提交的申请8件，通过信函提交的申请2件。', undefined],
    // 申请公开政府信息的要求 (a zone bureau's 2019, 2020).
    ['2019年，收到申请公开政府信息的要求1件，完成答复。', 1],
    // Who applied before the ways (a zone's police, 2024).
    ['2024年，我局收到群众通过邮寄、网络提交的各类政府信息公开申请共计8件，申请事项涉及政策法规信息1件。', 8],
    // 公民提出的, and 条 for applications (a city police bureau's 2013); a time limit in 个工作日 is no
    // count of them, before or after it.
    ['2013年，共收到公民提出的公开政府信息申请2条。', 2],
    [
      '2013年，共收到公民提出的公开政府信息申请2条。其中，我局在接到申请15个工作日内对申请人的申请信息予以了答复。',
      2,
    ],
    ['我局在接到申请15个工作日内对申请人的申请信息予以了答复。', undefined],
    // (公民 beside 法人 is one kind of applicant, whose count is no total.)
    ['2023年收到公民提出的政府信息公开申请5件，法人提出的申请2件。', undefined],
    ['我局在收到申请3个月内予以答复。', undefined],
    // The count named, as the 2008 form words it (a zone bureau's 2018); the years' count so far is none.
    ['2018年度，我局受理依申请公开的数量为2条，历年累计受理依申请公开数7条。', 2],
    ['2018年度，我局受理政府信息公开申请的数量为2件。', 2],
    ['截至2018年底，历年累计受理依申请公开的数量为7条。', undefined],
  ])('reads the applications received in %s', (sentence, value) => {
    const f = factsOf(`<p>三、收到和处理政府信息公开申请情况</p><p>${sentence}</p>`);
    expect(f['f.applications_received']?.value).toBe(value);
  });

  it('reads the 办结 after applications that came by the ways named (通过邮寄、邮件、现场等方式提交的)', () => {
    const f = factsOf(
      '<p>三、收到和处理政府信息公开申请情况</p><p>2025年我局共接收通过邮寄、邮件、现场等方式提交的各类政府信息公开申请10件,共办结8件,结转2026年度继续办理2件。</p>',
    );
    expect([f['f.applications_received']?.value, f['f.applications_closed']?.value]).toEqual([10, 8]);
  });

  it('reads 申请N件 naming no 政府信息公开 under heading 三 where its 其中 breaks it down, not where 其中 picks a part', () => {
    const heading = '<p>三、收到和处理政府信息公开申请情况</p>';
    const received = (sentence: string) => factsOf(`${heading}<p>${sentence}</p>`)['f.applications_received'];
    expect(received('2023年共收到申请10件,其中5件予以公开,3件部分公开,2件不予公开。')).toMatchObject({
      value: 10,
    });
    expect(received('2023年共收到申请10件,其中自然人8件,法人2件。')).toMatchObject({ value: 10 });
    // A larger figure, of which the disclosure applications are a part, or of which another kind is.
    expect(received('2023年共接到各类申请50件,其中政府信息公开申请3件。')?.value).not.toBe(50);
    expect(received('2023年共收到申请50件,其中行政许可申请30件。')).toBeUndefined();
  });

  it('reads 新受理N件 with no word for it as the applications received only in a ledger of them', () => {
    // A city bureau's 2022 report: 161 + 7 against 168 + 4, its paragraph about 依申请公开.
    const heading = '<p>三、收到和处理政府信息公开申请情况</p>';
    const ledger = `${heading}<p>规范完善依申请公开的闭环管理机制。2022年新受理161件,2021年结转7件,共办结168件,4件结转至2023年继续办理。</p>`;
    expect(factsOf(ledger)['f.applications_received']).toMatchObject({
      value: 161,
      quote: '2022年新受理161件',
    });
    // Last year's carried-over ones first (a district's words): 21 + 434 against 434 + 21.
    const carriedFirst = `${heading}<p>坚持依法依规做好政府信息依申请公开工作。上年结转政府信息公开申请21件,本年新收434件,办理434件,剩余21件结转下一年度处理。</p>`;
    expect(factsOf(carriedFirst)['f.applications_received']).toMatchObject({
      value: 434,
      quote: '本年新收434件',
    });
    // A part of a count before it, not the year's own count (全年共办理118件,其中本年新受理110件).
    expect(
      factsOf(
        `${heading}<p>依申请公开方面，全年共办理118件,其中本年新受理110件,上年结转8件,转下年办理2件。</p>`,
      )['f.applications_received'],
    ).toBeUndefined();
    // No 结转 or 办结 after it, no word of applications in the paragraph, another matter's, or not
    // under heading 三.
    for (const body of [
      `${heading}<p>依申请公开工作有序开展。2022年新受理161件,均按时答复。</p>`,
      `${heading}<p>2022年新受理161件,2021年结转7件,共办结168件。</p>`,
      `${heading}<p>依申请公开工作有序开展。全年新受理信访举报161件,办结150件。</p>`,
      `${heading}<p>依申请公开工作有序开展。2022年新受理161件,办结150件,涉及行政复议案件2件。</p>`,
      '<p>规范完善依申请公开的闭环管理机制。2022年新受理161件,2021年结转7件,共办结168件。</p>',
    ])
      expect(factsOf(body)['f.applications_received'], body).toBeUndefined();
  });

  it('reads 诉讼 alone right after a count of reviews as the suits (行政复议7件，诉讼9件)', () => {
    // 上海市人民政府办公厅 2019: 信息公开类行政复议7件，诉讼9件，均获维持.
    const f = factsOf(
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>信息公开类行政复议7件，诉讼9件，均获维持。</p>',
    );
    expect(f['f.reviews']?.value).toBe(7);
    expect(f['f.suits']).toMatchObject({ value: 9, quote: '诉讼9件' });
    const cn = factsOf(
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>被申请行政复议两件，被提起诉讼一件。</p>',
    );
    expect(cn['f.suits']?.value).toBe(1);
    // Not after another kind of count, nor another kind of suit.
    for (const other of ['收到申请5件，诉讼4件。', '行政复议3件，民事诉讼2件。'])
      expect(
        factsOf(`<p>四、政府信息公开行政复议、行政诉讼情况</p><p>${other}</p>`)['f.suits'],
      ).toBeUndefined();
  });

  it('reads counts written in Chinese numerals (五十六件, 两件, 一百零五件)', () => {
    const f = factsOf(
      '<p>收到政府信息公开申请一百零五件，办结九十八件。制发规范性文件十二件。</p>' +
        '<p>因政府信息公开工作被申请行政复议两件，被提起行政诉讼十一起。</p>',
    );
    expect(f['f.applications_received']?.value).toBe(105);
    expect(f['f.applications_closed']?.value).toBe(98);
    expect(f['f.normative_made']?.value).toBe(12);
    expect(f['f.reviews']?.value).toBe(2);
    expect(f['f.suits']?.value).toBe(11);
    expect(factsOf('<p>收到政府信息公开申请一千二百三十件。</p>')['f.applications_received']?.value).toBe(
      1230,
    );
    expect(factsOf('<p>收到政府信息公开申请五十六件。</p>')['f.applications_received']?.value).toBe(56);
  });

  it('reads counts with commas between thousands (1,056件)', () => {
    const f = factsOf(
      '<p>收到政府信息公开申请1,056件，办结1，032件。</p><p>因政府信息公开工作被申请行政复议1,004件。</p>',
    );
    expect(f['f.applications_received']?.value).toBe(1056);
    expect(f['f.applications_closed']?.value).toBe(1032);
    expect(f['f.reviews']?.value).toBe(1004);
    // A comma that parts two counts, not thousands, is no figure of four digits.
    expect(factsOf('<p>收到政府信息公开申请56,12件。</p>')['f.applications_received']?.value).toBeUndefined();
  });

  it('reads no count from words that give none (数十件, 五十余件, 一起, 一个月)', () => {
    for (const html of [
      '<p>收到政府信息公开申请数十件。</p>',
      '<p>收到政府信息公开申请五十余件。</p>',
      '<p>收到政府信息公开申请上百件。</p>',
      '<p>将因政府信息公开被申请行政复议和被提起行政诉讼一起纳入考核。</p>',
      '<p>对收到政府信息公开申请一个月内未答复的进行督办。</p>',
    ]) {
      const f = factsOf(html);
      for (const key of ['f.applications_received', 'f.reviews', 'f.suits'])
        expect(f[key], `${html} ${key}`).toBeUndefined();
    }
  });

  it.each([
    [
      'a template placeholder (XX件) or a bare 共件',
      '<p>主动公开政府信息XX条。收到政府信息公开申请××件，办结XX件。制发规范性文件共件。</p>' +
        '<p>因政府信息公开工作被申请行政复议共件，被提起行政诉讼*件。</p>',
      '主动公开政府信息XX条',
    ],
    [
      "a form's blank (___件, （ ）件)",
      '<p>主动公开政府信息＿＿条。收到政府信息公开申请___件，办结（　）件。制发规范性文件（）件。</p>' +
        '<p>因政府信息公开工作被申请行政复议( )件，被提起行政诉讼__件。</p>',
      '主动公开政府信息＿＿条',
    ],
    [
      'a space where the figure was (信息 条, 申请 件)',
      '<p>主动公开政府信息 条。收到政府信息公开申请 件，办结 件。制发规范性文件 件。</p>' +
        '<p>因政府信息公开工作被申请行政复议 件，被提起行政诉讼 件。</p>',
      '主动公开政府信息 条',
    ],
  ])('keeps %s in place of a figure as a missing number', (_, html, quote) => {
    const f = factsOf(html);
    expect(f['f.proactive_total']).toMatchObject({ value: null, quote });
    for (const key of [
      'f.applications_received',
      'f.applications_closed',
      'f.normative_made',
      'f.reviews',
      'f.suits',
    ])
      expect(f[key], key).toMatchObject({ value: null });
  });

  it.each([
    ['2023年度制定并公开行政规范性文件8件,均进行了解读。', 8],
    ['制定发布规范性文件4件,清理废止文件0件,现行有效文件20件。', 4],
    ['全年制发并公开行政规范性文件23件,期满废止规范性文件11件。', 23],
    ['本年度制定并主动公开行政规范性文件41件,废止行政规范性文件55件。', 41],
    // 发布 beside those repealed (a county's words): 表二's 本年制发.
    ['全年发布行政规范性文件7件,废止0件,现行有效文件30件。', 7],
  ])('reads the normative documents made in %s (made and published in one verb)', (sentence, value) => {
    expect(factsOf(`<p>${sentence}</p>`)['f.normative_made']?.value).toBe(value);
  });

  it('reads no count of documents made whose sentence follows one that speaks for the jurisdiction', () => {
    // 上海市崇明区's 2024 report: the sentence before counts all the district's bodies.
    const district =
      '<p>2024年全区各级行政机关主动公开政府信息共7585条,其中公文类政府信息1838条。全年制发并公开行政规范性文件23件,期满废止规范性文件11件。</p>';
    expect(factsOf(district)['f.normative_made']).toBeUndefined();
    // Its own subject, or a sentence before that is the body's, and it is the body's.
    expect(
      factsOf('<p>2024年全区各级行政机关主动公开政府信息共7585条。区政府全年制发行政规范性文件23件。</p>')[
        'f.normative_made'
      ]?.value,
    ).toBe(23);
    expect(
      factsOf('<p>2024年区政府主动公开政府信息585条。全年制发行政规范性文件23件。</p>')['f.normative_made']
        ?.value,
    ).toBe(23);
  });

  it('reads no count of applications in a sentence with no subject after one that opens on the jurisdiction', () => {
    const heading = '<p>三、收到和处理政府信息公开申请情况</p>';
    // 全州共计受理…354件。其中，2023年新收…354件 (a prefecture's report); 全区各级行政机关….
    for (const body of [
      '<p>全州共计受理办理政府信息公开申请354件。其中,2023年新收政府信息公开申请354件,办理完成353件。</p>',
      '<p>2024年全区各级行政机关主动公开政府信息共7585条。全年共收到政府信息公开申请583件,办结570件。</p>',
    ]) {
      const f = factsOf(`${heading}${body}`);
      expect([f['f.applications_received'], f['f.applications_closed']], body).toEqual([
        undefined,
        undefined,
      ]);
    }
    // The jurisdiction as a later clause's subject, and a 其中 sentence between (a district's words):
    // the cases after are the district's, not its government's 表四.
    const district = factsOf(
      `${heading}<p>2025年政府信息公开申请主要涉及土地征占、房屋拆迁安置等方面,全区各部门累计处理政府信息公开申请46件(含上年度结转1件),同比增长约5%。其中43件已在法定时限内答复,3件结转下年度办理。依申请公开引起的行政复议5件,行政诉讼2件,均尚未审结。</p>`,
    );
    expect([district['f.reviews'], district['f.suits']]).toEqual([undefined, undefined]);
    // A sentence of its own between breaks the chain.
    expect(
      factsOf(
        `${heading}<p>全区各部门累计处理政府信息公开申请46件。区政府办公室严格规范答复流程。依申请公开引起的行政复议5件。</p>`,
      )['f.reviews']?.value,
    ).toBe(5);
    // One with no figure and no subject carries it on (a city's 2024: the whole city's cases).
    const city = factsOf(
      `${heading}<p>全市全年新收政府信息公开申请1541件,共办理政府信息公开申请1527件。申请内容仍然集中在政策文件、征地补偿等方面。全年因政府信息公开申请引起的行政复议93件,行政诉讼19件。</p>`,
    );
    expect([city['f.reviews'], city['f.suits']]).toEqual([undefined, undefined]);
    // The jurisdiction named as an object (按照各级…要求, 更新全县…指南) carries no subject on.
    for (const body of [
      '<p>持续强化服务理念,更新发布全县政府信息公开指南。2023年,全年共收到依申请公开14件,已办结12件。</p>',
      '<p>我局按照各级关于政府信息公开工作的要求做好工作。2023年共收到政府信息公开申请14件。</p>',
    ])
      expect(factsOf(`${heading}${body}`)['f.applications_received']?.value, body).toBe(14);
  });

  it('reads no 发布 of normative documents alone as those made', () => {
    // Published may be of documents made in other years; only beside those repealed is it 本年制发.
    expect(factsOf('<p>全年发布行政规范性文件7件,均进行了解读。</p>')['f.normative_made']).toBeUndefined();
  });

  it('reads a figure with a note in brackets after it as the figure, not a blank', () => {
    expect(factsOf('<p>制发规范性文件6件（含修订）。</p>')['f.normative_made']).toMatchObject({ value: 6 });
  });

  it('takes no space before 条例, 条目, 件数 or 条数 for a missing figure', () => {
    const f = factsOf(
      '<p>主动公开政府信息 条目清晰，依据《条例》主动公开政府信息 条例规定的内容。收到政府信息公开申请 件数见表三。</p>',
    );
    expect(f['f.proactive_total']).toBeUndefined();
    expect(f['f.applications_received']).toBeUndefined();
  });

  it('does not take a case count’s words without 共 and a figure for a missing one', () => {
    const f = factsOf(
      '<p>依法办理行政复议案件，妥善应诉行政诉讼案件。清理规范性文件共个别条款。</p><p>收到申请件数统计见表三。</p>',
    );
    for (const key of ['f.applications_received', 'f.normative_made', 'f.reviews', 'f.suits'])
      expect(f[key], key).toBeUndefined();
  });

  it('takes no count of one kind for the proactive total: interpretations listed, penalties', () => {
    // A district's words: 732 interpretations, then the site's 17814, of which three parts.
    const f = factsOf(
      '<p>共解读区级政策30件,发布文字解读、专家解读、动漫解读等信息732条。</p><p>区政府门户网站共发布信息17814条,其中政府信息公开专栏发布信息13504条,概况类信息更新发布627条,政务动态类信息3683条。</p>',
    );
    expect(f['f.proactive_total']?.value).toBe(17814);
    // A county bureau's: its penalties on a law-enforcement platform, then its site's count.
    const g = factsOf(
      '<p>2021年我局通过宁夏行政执法监督平台主动公开行政处罚案件信息9条,通过政府门户网站公开195条信息。</p>',
    );
    expect(g['f.proactive_total']?.value).toBe(195);
    // Some examples of a kind among others are examples of all information.
    expect(
      factsOf('<p>主动公开警务资讯、政策解读等各类政府信息4950条。</p>')['f.proactive_total']?.value,
    ).toBe(4950);
  });

  it('reads 公开 as a noun with its count as the total (…信息公开发布总量为116件, 完成政府信息公开301条)', () => {
    for (const [body, value] of [
      ['<p>全年区卫生健康局政府信息公开发布总量为116件。</p>', 116],
      ['<p>2019年度完成政府信息公开301条。</p>', 301],
      ['<p>(一)本年度本部门政务信息公开共23条。</p>', 23],
      ['<p>2025年完成信息公开716件,其中公示决定处罚类213件,通知公告类71件。</p>', 716],
    ] as const)
      expect(factsOf(body)['f.proactive_total']?.value, body).toBe(value);
    // Not a column of that name, applications, the years so far, nor the whole county's.
    for (const body of [
      '<p>其中政务动态161条，信息公开71条。</p>',
      '<p>依申请信息公开共3件。</p>',
      '<p>截至2023年底，政府信息公开总量为3000条。</p>',
      '<p>全县政府信息公开总量为3000条。</p>',
    ])
      expect(factsOf(body)['f.proactive_total'], body).toBeUndefined();
  });

  it('takes no count of the key areas, nor documents sent to an archive, for the proactive total', () => {
    // A district's: the units it guided published 3793 of the key areas' information.
    expect(
      factsOf('<p>指导各信息公开单位公开重点领域信息3793条,其中公共资源配置信息759条、教育信息261条。</p>')[
        'f.proactive_total'
      ],
    ).toBeUndefined();
    // The key areas beside the rest (政务“五公开”和…) are all of it (a county's words).
    expect(
      factsOf('<p>政府门户网站主动公开政务“五公开”和政府重点领域信息5431条。</p>')['f.proactive_total']
        ?.value,
    ).toBe(5431);
    // A city commission's 2020 report, no total anywhere: key credit information on a credit site, a kind.
    expect(
      factsOf(
        '<p>转载发布新冠肺炎疫情防控信息160条。通过“信用中国(四川广元)”网站公开全市红黑名单、“双公示”、信用承诺等重点信用信息13762条。</p>',
      )['f.proactive_total'],
    ).toBeUndefined();
    // A district's 2020 report (its excerpt gives no total): the key areas by their own names, a kind
    // each; a count of all beside it still holds.
    expect(
      factsOf(
        '<p>2020年,发布土地征收、国有产权交易、政府采购等公共资源配置信息1060条;发布减税降费、社会保险、就业创业等社会公益事业及重点民生信息2632条。</p>',
      )['f.proactive_total'],
    ).toBeUndefined();
    expect(factsOf('<p>发布重大建设项目信息58条。</p>')['f.proactive_total']).toBeUndefined();
    expect(
      factsOf('<p>主动公开政府信息1200条,其中公共资源配置信息300条。</p>')['f.proactive_total']?.value,
    ).toBe(1200);
    // A county office's: documents sent to the county archive.
    expect(factsOf('<p>全年向县档案馆报送主动公开文件222件。</p>')['f.proactive_total']).toBeUndefined();
    // A city's 2024 report: the grassroots' information, first of a list of kinds (the city's whole
    // count, 全市公开各类政府信息7.09万条, came a sentence before).
    expect(
      factsOf('<p>共公开基层政务信息2.4万条、民生惠民信息2138条、公共企事业单位信息1698条。</p>')[
        'f.proactive_total'
      ],
    ).toBeUndefined();
    // A county office's 2021 report: the three key areas' count, its portal's 5786 a sentence later.
    expect(
      factsOf('<p>二是持续推进三大领域信息公开。今年以来,共发布三大领域信息757条。</p>')['f.proactive_total'],
    ).toBeUndefined();
  });

  it('takes no plain count between others of its kind with ; between them for the proactive total', () => {
    // A city office's words: a list of kinds with no total.
    const kinds = factsOf(
      '<p>主动公开市级文件67份;公开会议、领导活动等信息262条;公开督查督导信息24条;公开放管服改革信息22条。</p>',
    );
    expect(kinds['f.proactive_total']).toBeUndefined();
    // A district's: its site, its new media, its offline channels, and no total.
    const channels = factsOf(
      '<p>全年通过区政府网站主动公开政府文件,政府会议、财政预决算等信息3498条;政务新媒体发布信息10444条;线下方式公开信息20451条。</p>',
    );
    expect(channels['f.proactive_total']).toBeUndefined();
    // A total followed by another matter after ; is still the total (a bureau's words).
    const total = factsOf(
      '<p>全年通过部门网站、报刊杂志、新媒体等方式发布政府信息1200余条;印发规范性文件1件,公开并解读1件。</p>',
    );
    expect(total['f.proactive_total']?.value).toBe(1200);
  });

  it('takes no plain count right after another count in its sentence for the proactive total', () => {
    // A city's words: a list of kinds; a district bureau's: a list of its site's columns.
    for (const list of [
      '2024年通过市人民政府门户网站发布政策文件136份、编辑出版政府公报9期,发布政府常务会议信息16条。',
      '2024年,区教育局在政府门户网站部门动态发布信息32条,校园风采栏目发布信息21条,信息公开栏目发布信息43条。',
    ])
      expect(factsOf(`<p>${list}</p>`)['f.proactive_total']).toBeUndefined();
    // One whose clause says it counts all is the total (a province's words).
    expect(
      factsOf(
        '<p>2023年,及时准确发布政策文件436件,省政府门户网站和“山东政府网”微信公众号共发布信息31000余条。</p>',
      )['f.proactive_total']?.value,
    ).toBe(31000);
  });

  it('takes no count of the others for the proactive total, and no months or 截至 for a subject', () => {
    // A county's words: 主动公开其他信息14694条 is the others; the site's count with 共 is read instead.
    const county = factsOf(
      '<p>今年以来,桐柏县通过政府网站共发布各类信息14306条,通过政务新媒体共发布信息1708条。其中,通知公告类信息121条,征求意见类信息11条。主动公开其他信息14694条。</p>',
      { years: [2023], agency: '桐柏县人民政府' },
    );
    expect(county['f.proactive_total']?.value).toBe(14306);
    // A town's 2009 list of kinds ends on 应主动公开的其他类信息5条: the others too, no total.
    expect(
      factsOf(
        '<p>在主动公开的信息中,机构设置类信息8条,占28.6%;贯彻落实国家农村工作政策类信息4条,占14.3%;应主动公开的其他类信息5条,占17.8%。</p>',
      )['f.proactive_total'],
    ).toBeUndefined();
    // A county bureau's: 1月至12月 is no body's name (it was taken for another body than the bureau).
    const months = factsOf(
      '<p>2023年1月至12月我局主动公开信息116条。其中其他文件2条;交通运输基层政务公开信息15条。</p>',
      {
        years: [2023],
        agency: '某县交通运输局',
      },
    );
    expect(months['f.proactive_total']?.value).toBe(116);
  });

  it('takes no count of answers given (主动回应) for the proactive total, and 主动 only as 主动公开', () => {
    // A district office's words: 41 answers given, then the year's 2736 in the paragraph after.
    const f = factsOf(
      '<p>全年共发布各类意见征集12条,政策解读信息33条,集中公开主动回应信息41条。</p><p>全年累计在政府门户网站公开信息2736条。</p>',
    );
    expect(f['f.proactive_total']?.value).toBe(2736);
    expect(factsOf('<p>全年发布主动公开信息520条。</p>')['f.proactive_total']?.value).toBe(520);
  });

  it('takes those closed in time for all closed only where no count of late ones beside them', () => {
    const closed = (sentence: string) => factsOf(`<p>${sentence}</p>`)['f.applications_closed']?.value;
    // 29 in time and 2 late: 31 closed, not 29 (held to 表三's 总计, 29 would be a false finding).
    expect(closed('2022年共受理31件政府信息公开申请,其中按期办结29件,延期办结2件。')).toBeUndefined();
    expect(closed('2022年共受理31件政府信息公开申请,办结31件,其中按期办结29件,延期办结2件。')).toBe(31);
    // A district office's words: all closed in time, 2 carried into next year.
    expect(
      closed('2022年,区政府办公室共受理31件政府信息公开申请,其中按期办结29件,结转2023年继续办理2件。'),
    ).toBe(29);
  });

  it('does not take 依申请公开 for the proactive total, nor a hotline for applications', () => {
    const f = factsOf(
      '<p>全年通过门户网站主动公开信息1200余条，依申请公开信息0条。</p><p>共受理12345热线2492件，办结2492件。</p>',
    );
    expect(f['f.proactive_total']?.value).toBe(1200);
    expect(f['f.applications_closed']).toBeUndefined();
  });

  it('takes no count of documents by their 公开属性 (不予公开信息数) for the proactive total', () => {
    // A city health bureau's: its 0 of 不予公开 was shown as the 主动公开 total (the 24 is a part after 其中).
    const f = factsOf(
      '<p>2024年我单位共制作信息30条,其中主动公开信息数24条,占比80%;依申请公开信息数6条,占比20%;不予公开信息数0条,占比0%。</p>',
    );
    expect(f['f.proactive_total']).toBeUndefined();
    expect(factsOf('<p>予以公开信息3条，部分公开信息1条。</p>')['f.proactive_total']).toBeUndefined();
    expect(factsOf('<p>2024年我单位主动公开信息数24条。</p>')['f.proactive_total']?.value).toBe(24);
  });

  it('takes a count after 其中 and a channel for a part of the count before, named from the channel', () => {
    // A city bureau's: the 1233 after 其中 was its total, and its name began inside the channel's address.
    const f = Object.values(
      factsOf(
        '<p>2024年,共发布各类信息3682条,其中,通过部门频道(http://www.jiangmen.gov.cn/bmpd/jmsrlzyhshbzj/)主动公开政府信息1233条,含政府规范性文件类信息2条,其他文件类信息1231条。</p>',
      ),
    ).map((x) => [x.key, x.value, x.label ?? x.quote]);
    expect(f).toEqual([
      ['f.proactive_total', 3682, '共发布各类信息3682条'],
      [
        'f.proactive_parts.1',
        1233,
        '部门频道(http://www.jiangmen.gov.cn/bmpd/jmsrlzyhshbzj/)主动公开政府信息',
      ],
    ]);
  });

  it('takes no count a new-media account alone published for the total, and reads the website’s first', () => {
    // A county bureau's: its WeChat account's 118 was shown as its 主动公开 total.
    const none = factsOf(
      '<p>县政府网站发布新闻稿件97条，重点领域信息公开发布信息61条，人社局微信公众号发布信息118条。</p>',
    );
    expect(none['f.proactive_total']).toBeUndefined();
    for (const text of [
      '通过微信公众号发布信息47条',
      '新浪微博共发布信息3660条',
      '抖音发布社会关切类信息120条',
      // A WeChat service account (服务号; a city bureau's, 2025).
      '“沈阳智慧医保”服务号发布信息137条',
      // The account's name in brackets after it (a city bureau's, 2024).
      '市应急局通过局门户网站和微信公众号共公开与单位及行业领域相关的安全生产、防灾减灾救灾等各类非涉密信息1057条,其中局门户网站公开信息633条,涉及机关简介、权责清单等;局微信公众号(凉都应急管理)公开信息424条',
    ])
      expect(factsOf(`<p>${text}。</p>`)['f.proactive_total'], text).toBeUndefined();
    // The website's count after a WeChat account's; 主动 says it is the total, whatever the channel.
    const site = factsOf('<p>园区微信公众号发布信息278条，政府网站发布信息90条。</p>');
    expect(site['f.proactive_total']?.value).toBe(90);
    expect(factsOf('<p>通过微信公众号主动公开政府信息96条。</p>')['f.proactive_total']?.value).toBe(96);
    // Not in a list of channels' counts, each with 主动 (a district's, 2020: its website's figure has no unit).
    expect(
      factsOf(
        '<p>2020丰台区政府网站主动公开信息10,246,政务新媒体“北京丰台”微博主动公开信息4,695条,“北京丰台”微信公众号主动公开信息2,500条,今日头条“北京丰台”公众号主动公开信息446条。</p>',
      )['f.proactive_total'],
    ).toBeUndefined();
    // The whole after the accounts' item is the total (a town's, 2025).
    expect(
      factsOf(
        '<p>其中,通过扎赉特旗人民政府网站更新信息14条,政务新媒体更新486条、全年总计更新主动公开信息500条。</p>',
      )['f.proactive_total']?.value,
    ).toBe(500);
    expect(factsOf('<p>通过门户网站、微信公众号共发布各类信息294条。</p>')['f.proactive_total']?.value).toBe(
      294,
    );
    // A notice board or a screen beside the account is a channel of its own, as a 公示栏 is.
    for (const board of ['公示栏', '公告栏', '电子显示屏'])
      expect(
        factsOf(`<p>通过微信公众号、${board}共发布信息30条。</p>`)['f.proactive_total']?.value,
        board,
      ).toBe(30);
  });

  it('takes neither the first of a list of kinds, a gazette’s issues among them, nor the accounts’ 共计 for the total', () => {
    // A city government's (2024): its first kind's 32 was shown as its 主动公开 total, and, once that
    // was passed over, its WeChat and Weibo accounts' 1060.
    const city = factsOf(
      '<p>2024年,主动公开市政府常务会议信息32条,政府公报6期,市政府及市政府办公室文件13件、人事任免文件33件,招考信息51条,政策解读3条。通过盘州市人民政府微信公众号、盘州市政务微博发布各类政府信息共计1060余条。</p>',
    );
    expect(city['f.proactive_total']).toBeUndefined();
    expect(
      factsOf('<p>全年通过“临河区退役军人”微信公众号发布政策解读、工作动态等共计158条。</p>')[
        'f.proactive_total'
      ],
    ).toBeUndefined();
    // The site and an account together: all of it (a province's).
    expect(
      factsOf('<p>省政府门户网站和“山东政府网”微信公众号共发布信息31000余条,直播新闻发布会150余场。</p>')[
        'f.proactive_total'
      ]?.value,
    ).toBe(31000);
    // A kind's count followed by a channel's, not another kind's: the kind's is still read.
    expect(
      factsOf('<p>主动公开公安职能及动态信息4950条，微信发布信息890条。</p>')['f.proactive_total']?.value,
    ).toBe(4950);
  });

  it('reads a list item counted in 万 as larger than the first, but not the whole city’s', () => {
    // A provincial capital's (2024): its news items' 1247 was shown as its 主动公开 total.
    const news = factsOf('<p>全年共发布各类新闻信息1247条、各类政务信息1.5万余条。</p>');
    expect(news['f.proactive_total']).toBeUndefined();
    // The city's guidance of all its bodies (兰州, 2020) is theirs: the city's own 2415 stays.
    const own = factsOf(
      '<p>2020年,兰州市通过兰州市人民政府网主动公开政府信息2415条,指导全市公开信息 14万余条。</p>',
    );
    expect(own['f.proactive_total']?.value).toBe(2415);
  });

  it('takes neither the others, nor documents, nor what went to an archive or a library for the total', () => {
    // Three county and district bureaus' reports (2021, 2024), each with its one such count shown as its
    // 主动公开 total: the list's last item (以及其他…), the documents made public (公文类信息, beside
    // 主动公开率), and the documents given to the county's library and archive.
    for (const text of [
      '通过安居区政府门户网站中的区住房城乡建设局专栏，我们精心管理并更新了60条政府信息，涵盖政策性文件21条，工作动态报道37条，以及其他应主动公开的关键信息2条。',
      '长宁区人力资源和社会保障局2024年备案公文40件，主动公开公文类信息40件，主动公开率为100%。',
      '2021年全年共向县图书馆、档案馆提供应公开部门文件79份。',
    ])
      expect(factsOf(`<p>${text}</p>`)['f.proactive_total'], text).toBeUndefined();
  });

  it('gives a count of one kind no precedence for its 共', () => {
    // A city bureau's (2020): five kinds of environmental data, one of them counted 共计, which made it
    // the 主动公开 total over the website's count before it.
    const bureau = factsOf(
      '<p>市生态环境局门户网站按时发布了2020年度环境质量状况月报、季报和年报等信息422条。</p><p>发布全市酸雨状况和空气质量指数(AQI)信息共计12条。</p><p>发布攀枝花市空气质量周预报信息358条。</p>',
    );
    expect(bureau['f.proactive_total']?.value).toBe(422);
    // Of all information, 共 still says the total, before the verb as after it (a county government's,
    // 2025: its portal's 3553 after a column's 524).
    expect(
      factsOf('<p>网站发布政务动态信息50条。</p><p>全年共发布各类信息1200条。</p>')['f.proactive_total']
        ?.value,
    ).toBe(1200);
    expect(
      factsOf(
        '<p>政府信息公开栏目发布政策文件、财政信息等信息524条。2025年，绥宁县人民政府门户网站共发布信息3553条。</p>',
      )['f.proactive_total']?.value,
    ).toBe(3553);
    // Not where a new-media account named in the clause before published it (a town's, 2025), nor the
    // portal with the departments' and towns' columns (a county's, 2022).
    expect(
      factsOf(
        '<p>在“三务”公开网站上发布信息153条,通过政务新媒体“巴彦呼舒镇”微信公众号,共发布信息322条。</p>',
      )['f.proactive_total']?.value,
    ).toBe(153);
    expect(
      factsOf('<p>2022年，会同县政府门户网包括部门及乡镇专栏共计发布各类信息4308条。</p>')[
        'f.proactive_total'
      ],
    ).toBeUndefined();
  });

  it('takes a body’s documents for no total, but the website’s beside them', () => {
    // A county government's (2023): its own documents' 60 was shown as its 主动公开 total.
    const county = factsOf(
      '<p>2023年，在政府网站发布政务信息3514条，主动公开县政府及县政府办公室文件60份，组织开展政策解读。</p>',
    );
    expect(county['f.proactive_total']).toMatchObject({ value: 3514 });
    // The documents the office issued (印发的文件), kept at the library and the service hall (a district
    // office's, 2025).
    expect(
      factsOf(
        '<p>通过区政府门户网站公开各类信息4862条,通过区政府政务微博发布信息2026条,通过区图书馆、区数政局政务服务大厅主动公开区政府及区政府办公室印发的文件16件。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 4862 });
    expect(
      factsOf('<p>对照法定主动公开内容，及时公开本委文件226件。</p>')['f.proactive_total'],
    ).toBeUndefined();
    // 政府文件 may name all of it (its parts are kinds of information), and a figure among the examples
    // is no count's (31个领域信息等共计15条).
    expect(
      factsOf('<p>我局通过区政府网站主动公开政府文件26件，其中机构职能类信息4条，其他主动公开22条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 26 });
    expect(
      factsOf('<p>主动公开政府公开信息、规范性文件、便民政策、31个领域信息等共计15条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 15 });
  });

  it('takes a count of one of 表二’s rows for no total, but the website’s after it', () => {
    // A county bureau's (2020): its procurement count was shown as its 主动公开 total.
    const bureau = factsOf(
      '<p>2020年,县农业农村局主动公开政府集中采购信息20条,累计金额2017.515万元;农业农村局在县政府网站发布信息27条,微信公众平台发布91条,主要包括农业动态、市场监管、通知公告等。</p>',
    );
    expect(bureau['f.proactive_total']).toMatchObject({
      value: 27,
      quote: '农业农村局在县政府网站发布信息27条',
    });
    expect(factsOf('<p>主动公开行政事业性收费信息12条。</p>')['f.proactive_total']).toBeUndefined();
  });

  it('takes a list’s next item for no total where an earlier item named the website', () => {
    // A district archive bureau's (2023): the list's second item, 1, was shown as its 主动公开 total.
    expect(
      factsOf(
        '<p>通过区政府门户网站主动公开本部门的政府信息及年度行政执法数据信息1条、政府信息公开工作年度报告信息1条。</p>',
      )['f.proactive_total'],
    ).toBeUndefined();
    // The website's own count after another's is still its total.
    expect(
      factsOf('<p>园区微信公众号发布信息278条，政府网站发布信息90条。</p>')['f.proactive_total']?.value,
    ).toBe(90);
  });

  it('reads reviews and suits after the whole city’s applications as the city’s, not the government’s', () => {
    // A city government's (2022): the paragraph counts all the city's applications, which the city
    // government guides, then their outcomes, then the reviews and suits, naming no body.
    const city = factsOf(
      '<p>持续优化依申请公开处理流程,指导全市规范受理依申请公开301件,上年度结转申请3件,新增298件,结转下年度继续办理45件,均在法定期限内答复。其中,予以公开及部分公开149件,占49.5%;不予公开13件,占4.32%。因政府信息公开被行政复议6件、行政诉讼6件,结果维持6件。</p>',
    );
    expect(city['f.reviews']).toBeUndefined();
    expect(city['f.suits']).toBeUndefined();
    // The body's own, after its own applications: read.
    expect(
      factsOf('<p>全年共收到政府信息公开申请30件。因政府信息公开被行政复议2件、行政诉讼1件。</p>')[
        'f.reviews'
      ]?.value,
    ).toBe(2);
  });

  it('takes no count of what was asked for on application for the 主动公开 total', () => {
    // A district service centre's (2021): no applications, shown as 主动公开 0.
    expect(
      factsOf('<p>2021年,阿城区机关后勤服务中心收到依申请需要公开的信息0件。</p>')['f.proactive_total'],
    ).toBeUndefined();
  });

  it('takes no count of news stories for the total', () => {
    // A free-trade zone's committee (2022): its stories in the news media were shown as its 主动公开 total.
    const stories = factsOf(
      '<p>通过中国(河北)自由贸易试验区雄安片区官网更新各类政府信息446条,借助人民网、河北日报、中国雄安官网等媒体渠道全年发布信息报道120条。</p>',
    );
    expect(stories['f.proactive_total']).toBeUndefined();
    expect(factsOf('<p>全年通过区政府网站发布信息120条。</p>')['f.proactive_total']?.value).toBe(120);
  });

  it('looks for the other channels outside an account’s quoted name', () => {
    // A county government's (2024): its WeChat account is named after its portal, and its 899 was
    // shown as the 主动公开 total.
    const quoted = factsOf('<p>“衡山县政府门户网”微信公众发布信息899条，阅读量突破17万。</p>');
    expect(quoted['f.proactive_total']).toBeUndefined();
    // Nor is an account a platform (a county government's and a town's, 2022 and 2025).
    for (const text of [
      '“云县人民政府网”微信平台发布信息56条',
      '政务新媒体平台“巴彦高勒微讯”微信公众号累计发布信息685条',
      '我乡充分运用新媒体网络平台“柳城县古砦仫佬族乡人民政府”微信公众号发布信息71条',
    ])
      expect(factsOf(`<p>${text}。</p>`)['f.proactive_total'], text).toBeUndefined();
    expect(factsOf('<p>通过政府信息公开平台发布信息56条。</p>')['f.proactive_total']?.value).toBe(56);
    // Outside the quotes a channel still counts: the website's count, named as the site is.
    expect(
      factsOf('<p>“某某发布”微信公众号和政府门户网站共发布信息320条。</p>')['f.proactive_total']?.value,
    ).toBe(320);
  });

  it('reads a report through a Big5 gateway (政府資訊公開: its agency, its total)', async () => {
    // A maritime bureau's report as big5.mot.gov.cn serves it: no figure was read, nor its agency.
    const { audit } = await import('../../lib/audit');
    const title = '海南海事局2020年政府資訊公開工作年度報告';
    const a = audit(
      sourceFromHtml(
        `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>一、總體情況</p><p>2020年,海南海事局通過局門戶網站、微信等有效途徑對外公開資訊1740條。</p><p>二、主動公開政府資訊情況</p><p>三、收到和處理政府資訊公開申請情況</p></body></html>`,
      ),
    );
    expect(a.report.agency).toBe('海南海事局');
    expect(a.report.facts.find((f) => f.key === 'f.proactive_total')?.value).toBe(1740);
  });

  it('reads a 主动公开 count whose object a bracket follows: (包括:…), （含…）', () => {
    // A city weather bureau's 2021 report (r-008): its 1631 went unread for the bracket.
    const total = (text: string) => factsOf(`<p>${text}</p>`)['f.proactive_total']?.value;
    expect(
      total('2021年黑河市气象局本级累计发布各类信息(包括:天气预报、预警信号、公众服务信息)共1631条。'),
    ).toBe(1631);
    expect(total('全年主动公开政府信息（含政策解读）120条，其中政策文件20条。')).toBe(120);
    // The bracket is no part of what the count is of: a count of all information, not of a kind, so
    // it outranks a kind's in an earlier paragraph.
    const two = factsOf('<p>全年通过网站发布动态信息5条。</p><p>全年依托网站公开信息（含转载）67条。</p>');
    expect(two['f.proactive_total']?.value).toBe(67);
  });

  it('reads 公布 as 公开 or 发布 (累计公布各类信息167条, 主动向社会公布信息共590条)', () => {
    // A city health insurance bureau's 2024 report and a county bureau's: their totals went unread.
    const total = (text: string) => factsOf(`<p>${text}</p>`)['f.proactive_total']?.value;
    expect(
      total('通过柞水县人民政府网站、“柞水医保”微信公众号,累计公布各类信息167条,发布通知公告5条。'),
    ).toBe(167);
    expect(total('我局及时主动向社会公布信息共590条。')).toBe(590);
    // A kind's is still a kind's: in a list of kinds, none is the total.
    expect(total('在政府网站主动公布低保对象信息230条,公布救助对象信息63条。')).toBeUndefined();
  });

  it('reads 发布了N条信息 as a plain count with its figure first, in the block’s order', () => {
    // A district tax bureau's: its 9 procurement notices were shown as its total.
    const total = (text: string) => factsOf(`<p>${text}</p>`)['f.proactive_total']?.value;
    expect(
      total('2023年，本局在市税务局门户网站“基层政务公开标准目录”发布了122条信息，发布政府采购信息9条。'),
    ).toBe(122);
    // A plain count before it stands (a column's after a website's); a WeChat account's in a list is none.
    expect(total('委官方网站公开发布信息244条。政府信息公开专栏信息公开目录发布26条信息。')).toBe(244);
    expect(total('通过政务公开专栏发布23条信息、微信公众号发布75条信息。')).toBeUndefined();
  });

  it("takes a later paragraph's plain count of all information over an earlier one of a kind", () => {
    // A district bureau's 2022 report: the website's news items (动态信息5条) were read as its 主动公开
    // total, where a later paragraph counts all it published (公开信息67条).
    const total = (...ps: string[]) =>
      factsOf(ps.map((p) => `<p>${p}</p>`).join(''))['f.proactive_total']?.value;
    expect(
      total(
        '全年,通过区政府网站发布动态信息5条,通过政务新媒体发布信息宣传。',
        '二是保证政务公开精准实施。全年依托区政府网站、政务新媒体公开信息67条,信息公开前由领导把关。',
      ),
    ).toBe(67);
    // The two in one paragraph (its lines set apart by <br>), likewise.
    expect(
      total(
        '全年,通过区政府网站发布动态信息5条,通过政务新媒体发布信息宣传。二是全年依托区政府网站、政务新媒体公开信息67条。',
      ),
    ).toBe(67);
    // A plain count of all information before stands; a kind's alone is still read, for want of another.
    expect(total('全年通过区政府网站发布信息70条。', '全年依托政务新媒体公开信息67条。')).toBe(70);
    expect(total('2020年,我乡通过西秀区政府官网公开规划类信息6条。')).toBe(6);
  });

  it('takes no kind’s count as the total where paragraphs list kinds one by one', () => {
    // A township's 2020 report (k-005): 规划类信息6条 was exported as its 主动公开 total; the next
    // paragraph counts another kind (经济发展类信息3条), and no paragraph counts all it published.
    const total = (...ps: string[]) =>
      factsOf(ps.map((p) => `<p>${p}</p>`).join(''))['f.proactive_total']?.value;
    const planning = '2.推进规划计划信息公开。2020年,我乡通过西秀区政府官网公开规划类信息6条。';
    const economy = '3.加强经济发展信息公示。2020年,在政府门户网站上公开经济发展类信息3条。';
    expect(total(planning, economy)).toBeUndefined();
    // A count of all information among them is still the total, before or after the kinds'.
    expect(total(planning, economy, '全年通过政府网站公开信息40条。')).toBe(40);
    expect(total('全年通过政府网站公开信息40条。', planning, economy)).toBe(40);
  });

  it('ends the 主动公开 parts at other work (承办…提案, 收集群众意见)', () => {
    const f = factsOf(
      '<p>全年在门户网站主动公开信息912条，其中行政许可办理结果信息258条、承办人大代表建议和政协委员提案6件、政策解读信息33条，收集群众意见99条。</p>',
    );
    expect(Object.keys(f).filter((k) => k.startsWith('f.proactive_parts.'))).toEqual(['f.proactive_parts.1']);
    expect(f['f.proactive_parts.1']).toMatchObject({ value: 258, partial: true });
  });

  it('names a part from before its bracket where the bracket holds a 、 (规范性文件(含国家、省市…)7条)', () => {
    // A county bureau's: the part was named 省市及本单位的政策法规) (the sum was right).
    const f = factsOf(
      '<p>主动公开政府信息20条，其中：规范性文件（含国家、省市及本单位的政策法规）7条，工作动态13条。</p>',
    );
    expect(f['f.proactive_parts.1']).toMatchObject({
      value: 7,
      label: '规范性文件(含国家、省市及本单位的政策法规)',
      quote: '规范性文件（含国家、省市及本单位的政策法规）7条',
    });
    expect(f['f.proactive_parts.2']?.label).toBe('工作动态');
    // Looked for after the last part only: 200,000 names that close a bracket they do not open, each
    // looking back to the list's start, took minutes (the vitest timeout is the test).
    expect(Object.keys(factsOf(`<p>主动公开信息9条，其中${'a)b1条，'.repeat(200_000)}</p>`)).length).toBe(
      200_001,
    );
  });

  it('quotes a bracket after the figure where it closes in the clause, and leaves out one the clause ends in', () => {
    const quote = (body: string, key: string) => factsOf(body)[key]?.quote;
    expect(
      quote('<p>局“双微”平台共发布信息2128条(其中微信发布752条,微博发布1376条)。</p>', 'f.proactive_total'),
    ).toBe('局“双微”平台共发布信息2128条');
    expect(
      quote('<p>我局共收到依申请公开23件（网络申请7件，信函申请16件）。</p>', 'f.applications_received'),
    ).toBe('我局共收到依申请公开23件');
    expect(
      quote(
        '<p>区政府办公室共受理36件政府信息公开申请（均为自然人提交），均按时答复。</p>',
        'f.applications_received',
      ),
    ).toBe('区政府办公室共受理36件政府信息公开申请（均为自然人提交）');
  });

  it('reads applications received and closed, in traditional characters too', () => {
    const f = factsOf('<p>2020年新收到政府信息公開申請31件，辦結28件。</p>');
    expect(f['f.applications_received']?.value).toBe(31);
    expect(f['f.applications_closed']).toMatchObject({ value: 28, quote: '辦結28件' });
  });

  it('reads a page set in traditional script by OpenCC: 佔, 併, 羣 as 占, 并, 群', () => {
    // Real reports' sentences as OpenCC's standard traditional writes them: each lost a fact before.
    const parts = partsOf(
      '<p>2020年我局主動公開政府信息92條。其中:概況信息3條,佔3.3%;文件信息7條,佔7.6%;動態信息40條,佔43.5%。</p>',
    );
    expect(parts).toEqual([
      ['概况信息', 3, true],
      ['文件信息', 7, true],
      ['动态信息', 40, true],
    ]);
    const f = factsOf(
      '<p>全年共主動公開政府信息963條,其中:發佈工作信息580條;制定併發布規範性文件7件。</p><p>2022年區政府辦公室收到並辦理羣衆提出的信息公開申請23件。</p>',
    );
    expect(f['f.normative_made']).toMatchObject({ value: 7, quote: '制定併發布規範性文件7件' });
    expect(f['f.applications_received']?.value).toBe(23);
  });

  it('reads applications received as reports word them: 公开政府信息申请, 依申请公开事项, 申请总数', () => {
    // Each from a published report's prose; none was read before.
    const cases: [string, number][] = [
      ['(二)依申请公开。2024年,我办共收到公开政府信息申请1件,已全部答复,办结率100%。未出现行政诉讼。', 1],
      ['2021年,全街共受理政府信息公开申请总数1件。', 1],
      ['2021年,市公安局共受理政府信息依申请公开9件,其中,予以公开与部分公开4宗。', 9],
      ['全年共受理依申请公开事项133件,均按照规定程序和时限进行了妥善处理。', 133],
      ['2024年,通过线上、信函等渠道收到依申请公开信息16件,已全部按期限答复办结。', 16],
      ['本年度我局共收到申请人提交的政府信息公开申请12件。', 12],
      ['2025年,共收到依申请件35件,其中自然人34件,办结32件。', 35],
      ['我局2025年共受理依申请信息公开10件,已依法依规按时办结。', 10],
      ['2023年,我办共收到依申请公开信件19件,已办结18件。', 19],
      ['收到依申请公开请求2件,按时办结2件。', 2],
      ['2020年,我局接到依申请公开事项5项,均已答复办结。', 5],
      // The figure first.
      ['2024年,我局收到1件政府信息公开申请,结转至下一年度办理。', 1],
      ['2023年,共受理36件政府信息公开申请(均为自然人提交),同比上升16.13%。', 36],
      ['2023年,本街道共收到12件信息依申请公开,其中10件已经按时按规完成答复。', 12],
      // 收到和处理, 收到并办理 for 收到.
      ['2023年我局收到和处理政府信息公开申请2件,发生因政府环境信息公开申请行政复议情况1件。', 2],
      ['全年共收到和办理依申请公开9件,全部为自然人申请,上年度结转政府信息公开申请0件。', 9],
      ['2023年,共收到并办理依申请公开政府信息24件。', 24],
      ['2023年我局收到政府信息公开申请书58条，已处理54条，结转下年度继续办理4条。', 58],
      // 案件 for the applications; 公民、法人及其他组织 for who applied.
      ['2024年,我局共收到依申请公开政府信息案件7件,提起行政复议1件(已撤销申请),提起行政诉讼0件。', 7],
      ['全年共接收公民、法人及其他组织政府信息公开申请17件,均在法定期限内办结。', 17],
      ['共接到社会公众依申请公开184件,上年结转办理1件,均依照相关规定进行规范答复办理。', 184],
      // 公民、法人 with no 其他组织 (a county office's 2025).
      ['2025年通过信函、邮箱、网络等渠道共收到公民、法人依申请公开事项55件,办结55件。', 55],
      ['2020年,市住房和城乡建设局共收到政府信息公开申请4次,无不予公开情况。', 4],
      ['2025年,我镇共受理政府信息公开申请案件4件,办结3件,发生政府信息公开行政复议4起。', 4],
      ['2021年,我单位共收到有效政府信息公开申请8件。', 8],
      // 政务信息公开申请; 接受, 接收 for 受理, and 次.
      ['收到政务信息公开申请7条,其中3条已公开,3条属于个人隐私,不予以公开。', 7],
      ['全年共接受依申请公开9次,其中处理结果4件为不予公开,1件为不予处理,4件为无法提供。', 9],
      ['2024年我局共接收依申请公开事项6件,均已按时答复。', 6],
      // The verb after 依申请公开.
      ['2019年依申请公开共受理2件,为挂号信依申请公开。', 2],
      ['2025年度,街道依申请公开受理量为0件。', 0],
      // 申请公开政府信息 (a city bureau's, 2025): its 4 was shown as the information made public.
      ['2025年共收到申请公开政府信息4件,已办结回复4件。', 4],
      // 收 alone before the application (a city police bureau's 2024 report: not read).
      ['全年收政府信息公开申请464件,结转上年度政府信息公开申请3件,本年度办结441件。', 464],
      // 依申请公开办理事项, 宗 (Guangdong's word for 件), 网上依申请公开, the figure first in 条 (a street's
      // 2023 report: 收到4条公开政府信息的申请); none was read.
      ['2024年,共收到依申请公开办理事项7件,其中,6件均严格按时限依法依规答复。', 7],
      ['2024年,我街道共受理依申请公开7宗,所有政府信息依申请公开均依法依规进行答复。', 7],
      ['2021年,淮北市气象局共收到网上依申请公开1件,在规定时间内按要求办结。', 1],
      ['2023年,金山街道办事处共收到4条公开政府信息的申请(历年累计17条),已按相关要求给予回复反馈。', 4],
      // 项 and 起 for 件 (a county bureau's 2024, a city bureau's 2023).
      ['2024年,收到政府信息公开申请3项全部予以公开,无上年结转政府信息公开申请。', 3],
      ['2023年,我局收到2起政府信息公开申请,均已按时答复。', 2],
      // Who applied before what (公民、法人或其他组织的, 群众), 申请 before what (申请政府信息公开事项, 政府信息
      // 申请公开), 本年度 after the verb, 受理答复, 政府依申请公开 and 份 (eleven real reports of 2019–2024).
      ['2022年度,市政府办公室收到公民、法人或其他组织的政府信息公开申请66件,已全部办结。', 66],
      ['2025年,我市共受理群众政府信息公开申请54件,办结54件。', 54],
      ['2024年,收到申请政府信息公开事项3件。', 3],
      ['2021年我局收到政府信息申请公开共计9件,办结9件。', 9],
      ['2023年共收到公民申请政府信息公开1件。', 1],
      ['2024年,收到本年度依申请公开事项91件。', 91],
      ['全年依法规范受理答复政府信息公开申请12件,其中2件结转下年度继续办理。', 12],
      ['2024年,市民政局收到政府依申请公开31件,其中通过网络平台接收27件。', 31],
      ['2019年收到依申请公开0份。', 0],
      // 的 after the verb (a county bureau's 2021).
      ['2021年,我局受理的政府信息公开申请0件,因政府信息公开引起的行政复议0件。', 0],
      // Who made them, named as all applicants (three county bodies' reports, 2019–2024).
      ['2024年,收到公民、法人提交的政府信息公开申请26件。', 26],
      ['2023年,共受理企业和群众提出的政府信息公开申请95件。', 95],
      ['2020年,我局收到社会公众提出的政府信息公开申请1条。', 1],
    ];
    for (const [body, value] of cases) {
      const f = factsOf(`<p>${body}</p>`);
      expect(f['f.applications_received']?.value, body).toBe(value);
      // 公开政府信息申请 is an application, not information made public.
      expect(f['f.proactive_total'], body).toBeUndefined();
    }
    // 收到公开申请, under heading 三 (as a bare 收到申请 is).
    expect(
      factsOf('<p>三、收到和处理政府信息公开申请情况</p><p>2023年，我局收到公开申请12件。</p>')[
        'f.applications_received'
      ],
    ).toMatchObject({ value: 12 });
    // The figure first ending there, not what follows about the applications.
    expect(factsOf('<p>共收到12件信息依申请公开的投诉。</p>')['f.applications_received']).toBeUndefined();
    // Natural persons' alone (a district bureau's 2025): one kind of applicant, not the total.
    for (const body of [
      '2025年,收到自然人提起的依申请公开件5件。',
      '2024年,受理公民个人提出的政府信息公开申请0条。',
    ])
      expect(factsOf(`<p>${body}</p>`)['f.applications_received'], body).toBeUndefined();
  });

  it('takes no count of one kind of document, or one after 其中, for the 主动公开 total', () => {
    // As a city's report words it: the count of normative documents came first and was taken.
    const city = factsOf(
      '<p>主动公开市政府规章13件，主动公开市政府和市政府办公厅行政规范性文件42件，人事任免文件106件。全年市政府网站共发布各类信息46106条。</p>',
    );
    expect(city['f.proactive_total']).toMatchObject({ value: 46106 });
    const district = factsOf(
      '<p>全年政府门户网站发布各类信息3659条，其中主动公开政策文件352条，新闻类信息854条。</p>',
    );
    expect(district['f.proactive_total']).toMatchObject({ value: 3659 });
    expect(
      factsOf('<p>其中主动公开政策文件352条，新闻类信息854条。</p>')['f.proactive_total'],
    ).toBeUndefined();
    // 其中 after no count: the only one the text gives (a real sub-district's report; its list's first
    // item, 信息公开年报信息1条, was taken for the total instead).
    expect(
      factsOf(
        '<p>我街道及时、主动公开政府信息。其中通过网站主动公开政府信息43条，包括信息公开指南信息1条，信息公开年报信息1条。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 43 });
    // No count of all, only a channel's after 其中 and its list's items: no total, never an item.
    expect(
      factsOf(
        '<p>我街道及时公开政府信息。其中通过网站公开政府信息43条，包括信息公开指南信息1条，信息公开年报信息1条。</p>',
      )['f.proactive_total'],
    ).toBeUndefined();
    // Policies' information (a city bureau's 2020 WeChat account, a police sub-bureau's 2020): one
    // kind, exported as the 主动公开 total where the report gave no other.
    for (const p of [
      '<p>2. 多种形式开展政务信息公开工作。通过微信公众号主动公开医保政策信息96条,采取音视频、动漫等多媒体解读医保政策。</p>',
      '<p>同时积极对接上级公安机关,公布户籍服务方面相关政策信息15条,努力做到让群众少跑腿、不跑腿。</p>',
      // Inspections' (two market regulators' 2025): 主动 of one kind of work, not the year's all.
      '<p>二是推进食品药品监管信息公开工作。定期公开不合格食品处置、食品药品行政处罚信息等信息,主动公开不合格食品处置信息181条。</p>',
      '<p>行政执法:信用公示行政处罚120件,行政许可146件。主动公开“双随机、一公开”监管工作抽检等信息2条。</p>',
      // Its paragraph before, led by a kind's label: an item of the list 其中,重点公开了以下方面信息: opens.
      '<p>其中,重点公开了以下方面信息:</p><p>城管动态:及时发布城市管理领域的最新动态、政策文件、工作进展等信息52篇。</p>',
      // A procurement site's notices, the only count a town's 2025 report gives (not with its website's).
      '<p>聚焦群众关切与重点工作,持续拓宽公开覆盖面,全年在云南省政府采购网公开信息7条。</p>',
    ])
      expect(factsOf(p)['f.proactive_total']).toBeUndefined();
    // (A website's label leads the count it published, the fallback as elsewhere; so do a numbered
    // heading's, the year's and the body's.)
    expect(
      factsOf('<p>街道通过市政府采购网站、区政府网站发布各类信息数1002条。</p>')['f.proactive_total'],
    ).toMatchObject({ value: 1002 });
    for (const p of [
      '门户网站:全年发布信息1200条',
      '(三)政府信息管理:全年发布信息1200条',
      '全年:发布信息1200条',
      '我局:发布信息1200条',
    ])
      expect(factsOf(`<p>${p}。</p>`)['f.proactive_total'], p).toMatchObject({ value: 1200 });
  });

  it('reads a list to its last item: 其他公开栏目 (公开栏 is a channel, 公开栏目 a column), 2021年信息公开年报', () => {
    // A city bureau's real list of columns: the last, 其他公开栏目91条, ended the list as a channel.
    const f = factsOf(
      '<p>2021年以来,我局在铜陵市政府信息公开平台共公开信息计239条,其中:机构领导栏目37条,政策解读栏目12条,决策部署落实情况栏目30条,财政资金栏目15条,回应关切栏目16条,应急管理栏目12条,新闻发布栏目6条,监督保障栏目20条,其他公开栏目91条。</p>',
    );
    expect(f['f.proactive_parts.9']).toMatchObject({ value: 91, label: '其他公开栏目' });
    // A township's list whose last item is last year's report, named by its year: an item (32 in all).
    const township = factsOf(
      '<p>2022年主动公开政府信息32条,包括领导信息类1条、工作动态类6条、处罚强制类9条、规章制度类15条、2021年信息公开年报1条。</p>',
    );
    expect(township['f.proactive_parts.5']).toMatchObject({ value: 1, label: '2021年信息公开年报' });
    // Another year's count of a kind is no item.
    expect(
      factsOf('<p>2022年主动公开政府信息100条,其中政务动态60条、2021年政务动态40条。</p>')[
        'f.proactive_parts.2'
      ],
    ).toBeUndefined();
    // A district's column (专题专栏) is a kind in a list of kinds, not a channel (542 in all).
    const columns = factsOf(
      '<p>2022年主动公开的政府信息542条。其中政府信息公开24条、主动信息公开102条、疫情防控专题专栏416条。</p>',
    );
    expect(columns['f.proactive_parts.3']).toMatchObject({ value: 416, label: '疫情防控专题专栏' });
    // The public's messages handled end a list of information published: a city bureau's 办理留言数量2444条.
    const bureau = factsOf(
      '<p>通过网站公开发布信息共1791条,其中概况类信息32条,政务动态信息458条,政策解读信息21条,回应公众关注热点26条,办理留言数量2444条(平均办理时间为1.5天)。</p>',
    );
    expect(bureau['f.proactive_parts.4']).toMatchObject({ value: 26, partial: true });
    expect(bureau['f.proactive_parts.5']).toBeUndefined();
    // An item of the list with its number missing (a real county bureau's 部门概况类信息条): a part without a
    // value, text-blank-number's finding, and the list read on past it.
    const gap = factsOf(
      '<p>主动公开政府信息80条,其中通知公告类信息20条、工作动态类信息29条、部门概况类信息条、政策文件类信息14条、规划类信息1条。</p>',
    );
    expect(gap['f.proactive_parts.3']).toMatchObject({
      value: null,
      label: '部门概况类信息',
      quote: '部门概况类信息条',
    });
    expect(gap['f.proactive_parts.5']).toMatchObject({ value: 1, label: '规划类信息' });
    // The same at the list's end (…、部门预决算信息条。), where the list was read to its end.
    const last = factsOf(
      '<p>主动公开政府信息80条,其中通知公告类信息20条、工作动态类信息29条、部门预决算信息条。</p>',
    );
    expect(last['f.proactive_parts.3']).toMatchObject({
      value: null,
      label: '部门预决算信息',
      quote: '部门预决算信息条',
    });
    // Words of another kind between two items (a count of something else, 条例) still end the list.
    for (const said of [
      '主动公开政府信息80条,其中通知公告类信息20条、依据条例、政策文件类信息14条。',
      '主动公开政府信息80条,其中通知公告类信息20条、新建专栏二条、政策文件类信息14条。',
    ])
      expect(factsOf(`<p>${said}</p>`)['f.proactive_parts.2'], said).toBeUndefined();
    // A noticeboard is still a channel: kinds, then the board's count, end the list.
    const board = factsOf(
      '<p>主动公开政府信息100条，其中政务动态60条，通知公告40条，村务公开栏张贴30条。</p>',
    );
    expect(board['f.proactive_parts.3']).toBeUndefined();
  });

  it('takes kinds named as examples of the law’s whole (…等法定信息) for the total', () => {
    // A district bureau's 2025 report: its one count, of all the information the law asks it to publish.
    expect(
      factsOf(
        '<p>全年主动公开财政预决算、人大建议和政协提案答复等法定信息43条,通过完善平台栏目提升质量。</p>',
      )['f.proactive_total']?.value,
    ).toBe(43);
  });

  it('takes a count about key areas (围绕…重点领域) for the total, not law enforcement’s after it', () => {
    // A county environment bureau's 2021 report.
    const f = factsOf(
      '<p>围绕环境保护等重点领域公开政府信息4517条。一是加大生态环境执法公示力度。主动公开责令整改通知书及处罚决定书等执法信息220余条。</p>',
    );
    expect(f['f.proactive_total']?.value).toBe(4517);
    expect(
      factsOf('<p>主动公开责令整改通知书及处罚决定书等执法信息220余条。</p>')['f.proactive_total'],
    ).toBeUndefined();
  });

  it('takes a total whose object lists its kinds as examples, however long the list', () => {
    // A county bureau's 2022 report (its 28, the last part after 其中, was taken before); a county
    // centre's 2020; a town's 2025.
    for (const [said, total] of [
      [
        '2022年平武县交通局坚持“以公开为常态、不公开为例外”,主动公开涉及领导简介、机构职能、决策公开、政策法规、行政执法、规划计划、财政资金、建议提案办理、招投标、权责清单、“双随机、一公开”、疫情防控等方面政府信息共231条,其中通过县政府门户网站发布信息136条,向市交通运输局网站报送信息67条,在平武县融媒体中心、平武县广播电视台等新闻宣传平台发布信息28条。',
        231,
      ],
      [
        '2020年我中心通过龙华政府在线主动公开机构职能、政策法规、规划计划、资金信息、信息公开年度报告、工作动态等政府信息58条。',
        58,
      ],
      [
        '2025年我镇依托区政府网站主动公开机关简介、政策文件、财政预决算、其他法定信息、基层政务等政府信息188条,其中政策文件2条,财政预算决算13条。',
        188,
      ],
    ] as const)
      expect(factsOf(`<p>${said}</p>`)['f.proactive_total']?.value, said).toBe(total);
    // Not where all its examples are one kind, nor a part after 其中, nor the whole city's.
    for (const said of [
      '主动公开规范性文件、政策解读、政策文件、人事任免、行政处罚、行政许可等信息31条。',
      '通过多种渠道公开政府信息,其中主动公开领导简介、机构职能、政策法规、规划计划、财政资金、权责清单等政府信息31条。',
      '全市主动公开领导简介、机构职能、政策法规、规划计划、财政资金、权责清单等政府信息3100条。',
    ])
      expect([31, 3100], said).not.toContain(factsOf(`<p>${said}</p>`)['f.proactive_total']?.value);
  });

  it('takes the whole before 其中 for the total, not a later part of it', () => {
    // A city bureau's 2025 report: 1771 in all, then the website's 351 and its kinds, then the account's.
    const f = factsOf(
      '<p>2025年度,我局发布信息1771条,其中门户网站351条,含动态信息类260条,机构概况类8条,主动公开文件83条;“厦门数据管理与政务服务”微信公众号1420条。</p>',
    );
    expect(f['f.proactive_total']?.value).toBe(1771);
    // A district's 2024 report: the portal's 6500, its 主动公开目录 part after 其中.
    expect(
      factsOf(
        '<p>2024年,区政府门户网站发布各类信息6500余条,其中,更新主动公开目录信息3480余条,完成网上征集调查17期。</p>',
      )['f.proactive_total']?.value,
    ).toBe(6500);
  });

  it('takes no first item of a list of kinds for the total, nor a part after 其中 standing alone', () => {
    // Real reports' words: a list of kinds with no total (a city bureau's; a district office's).
    for (const said of [
      '2023年我局主动公开环境质量信息20篇；重点排污单位废水、废气、噪声监测结果共计58条；行政处罚信息31件。',
      '2021年人社分局主动公开市人社局文件4件,惠民政策6条。',
      // 信息 then the kind (信息通知公告13条): a town's list, its first item.
      '2022年在区政府网站主动公开信息通知公告13条、部门动态3条、政务公开机构职能1条、政策文件1条、政府信息公开年报1条。',
      // A kind named before the verb of a plain count (a county bureau's, then a channel's).
      '县政府网站发布新闻稿件97条,重点领域信息公开发布信息61条。',
      // A kind of document's column (a city bureau's).
      '2020年我局公开新制定规范性文件9件;规范性文件栏目共公开文件46件,其中失效4件,废止2件。',
      // The others, a list's last item (a city bureau's, in traditional script).
      '2024年,我局在市政府門戶網站更新財政資金信息6條、政策解讀1條、規劃信息2條,公益事業建設等各類信息39條,其他主動公開文件2條。',
      // The information the law requires, an item of a list whose total comes bare at its end (a district
      // bureau's, 2025), and the grassroots' information said with a verb inside its name (a town's, 2025).
      '2025年,在区人民政府门户网及时公开主站通知公告63条、政策解读2条;子站动态信息6条、法定主动公开信息105条;水利领域基层政务信息10条,共计200条。',
      '截至 2025年12月31日,累计公开部门相关信息78条;完成法定主动公开信息15条,其中包含预算信息7条、决算信息8条;基层政务公开信息共计60条,其中包含政策文件1条、标准目录1条。',
      // Columns of one site counted one by one, with no total (a town's, 2022).
      '2022年,我镇主动公开政府信息,业务工作栏目发布信息45条,公告公示栏目发布信息2条,财政预决算栏目发布信息3条。',
      // The last item of a list whose item before it is a rough count (258余条; a county bureau's, 2021).
      '2021年,我局公开应急管理方面信息51条,安全生产信息28条,通知公告信息3条,微信公众号“高台应急管理”发布258余条,短信平台发布预警信息452条。',
      // What the news media carried, under 通过不同渠道和方式公开政府信息 (a district bureau's, 2020).
      '此外,还通过不同渠道和方式公开政府信息 ,新闻媒体公开信息5条,举办新闻发布会1次。',
      // A finance bureau's procurement notices, one kind (a district's, 2022), its only count with 共.
      '全年共发布采购项目信息801条,其中采购公告387条,结果公告406条,投诉处理决定5条。',
      // The answers to deputies' suggestions and members' proposals, one kind (a district bureau's, 2023).
      '2023年,及时公开人大代表建议及政协提案办理信息22条。',
      // The last of the parts after 其中 (a county bureau's, 2022, its total's object cut off here).
      '政府信息共231条,其中通过县政府门户网站发布信息136条,向市交通运输局网站报送信息67条,在平武县融媒体中心、平武县广播电视台等新闻宣传平台发布信息28条,切实保障人民群众的知情权。',
      // Budgets and final accounts, one kind (a street office's; a city bureau's, with others of their kind).
      '充分利用区政府信息门户街道板块作用,全年依规公开财政预决算信息2条;依规公开、及时更新街道办事处机关职能等信息。',
      '推进财务公开,规范发布部门预决算、部门预算绩效等财务信息10余条。',
      // The epidemic's information, calls for comment, the major areas', one kind each (a county's, 2021;
      // a district's, 2021; a county bureau's).
      '开设“疫情防控”专栏,常态化公开疫情防控信息227条。',
      '在征地拆迁、重要政策文件制定等方面,主动通过区政府门户网站征求群众意见,发布征求意见信息20条。',
      '全年共公开24条信息(系统工作动态类)。公开重大领域信息6条(土地征收预公告4条,土地供应信息2条)。',
      // Documents issued in the government's name, one kind (city governments', 2020 and 2023).
      '三是做好主动公开。全年公开以市政府和市政府办公室名义印发的文件58件,其中通过文字、图解形式解读文件32件。',
      '(一)主动公开方面。2023年,以市政府及政府办名义制发的主动公开文件共109件。',
      // Relief, one kind (a city medical-insurance bureau's 2019, the first of its list of topics).
      '一是加大医疗救助信息公开力度。重点围绕医疗救助事项,全面公开救助条件和时限、救助程序等相关信息,2019年公开医疗救助信息5条。',
      // Warnings sent out, one kind (a district bureau's, 2024).
      '及时发布地质灾害信息,全年共发布地质灾害气象预警信息3978条,其中黄色预警4期、蓝色预警13期。',
      // The government's executive meetings, one kind (a city government's, 2020; a city office's, 2023).
      '推进市政府常务会议常态化公开,第一时间解读政府常务会议精神,全年发布政府常务会议信息11件。',
      '一是聚焦法定主动公开内容。公开市政府全体会议和常务会议信息18条。',
      // 共 before the verb over a list joined by 、 (a district office's, 2022): all of the list, no total.
      '2022年,共公开部门工作信息125条、法规文件22件、财政信息6条。',
      // A column's information named without a verb is a kind of the list, not a channel (a town's, 2025).
      '2025年,累计公开政务公开信息68条、工作动态信息133条、特色专栏信息15条、财政预决算信息24条。',
    ])
      expect(factsOf(`<p>${said}</p>`)['f.proactive_total'], said).toBeUndefined();
    // An item of a list of kinds that holds a larger one (a real county office's 88 beside 421); a list
    // of channels is left as it was (they overlap).
    expect(
      factsOf(
        '<p>2022年,利用门户网站主动公开政府信息88条、规范性文件2条、人事信息13条、政务动态类信息421条,其他信息70条。</p>',
      )['f.proactive_total'],
    ).toBeUndefined();
    expect(
      factsOf('<p>2019年通过政府信息公开平台公开信息93条,政府网站公开信息508条,微信公众号公开信息42条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 93 });
    // A new-media account after a larger kind, and a channel with its own verb, still leave it.
    expect(
      factsOf(
        '<p>2024年,市公安局通过市政府门户网站主动公开信息75条,在各类媒体上共发表稿件2865篇,新媒体矩阵累计发布各类信息896条。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 75 });
    // 新增和更新, as Shenzhen's reports say they published (a district bureau's, 2020).
    expect(
      factsOf('<p>2020年共新增和更新政府信息153条,其中机构职能类8条;政策与规范性文件类3条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 153 });
    // 其中 as a clause of its own, after the count of all (a regional department's).
    const f = factsOf(
      '<p>2023年，门户网站发布各类信息5489条，其中，主动公开文件数232条，重要通知公告33条。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: 5489 });
    expect(f['f.proactive_parts.1']).toMatchObject({ value: 232 });
    // A kind whose parts follow (其中) is still the count the text gives; a list before a total, the total.
    expect(
      factsOf('<p>累计发布工作动态信息165条，其中乡镇街道动态102条。</p>')['f.proactive_total'],
    ).toMatchObject({ value: 165 });
    expect(
      factsOf('<p>主动公开政务动态信息500条，通知公告30条，全年主动公开政府信息共计600条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 600 });
  });

  it('reads a total whose kinds are named as examples (…、…等各类政府信息), and no count of 解读 as one', () => {
    // A provincial department's real words: the total names its kinds, then the interpretations.
    const f = factsOf(
      '<p>我厅主动公开警务资讯、公示公告、政策解读等各类政府信息656条。加强新闻发布和政策解读，发布政策解读信息13条。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: 656 });
    // A city's kinds as examples before its total, then a channel's count: the total is the first.
    expect(
      factsOf(
        '<p>通过政府网站等方式,主动全面公开规划信息、行政许可、重大民生信息等政府信息19322条;“邢台政务”微博、微信发布重要会议、政府文件、政策解读等信息4304条。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 19322 });
    // A kind's count followed by a channel's (a city police bureau's): the first is the total, not a list's item.
    expect(
      factsOf(
        '<p>2019年,公安局主动公开公安职能及动态信息4950条,微信发布信息890条,原创208条;回应各项公安业务咨询、求助、投诉信息247条。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 4950 });
    // A count of policy documents (政策性文件) is one kind: the district's total is the site's count.
    expect(
      factsOf(
        '<p>2022年光明区门户网站共发布政府信息总数达14805条,其中概况类信息150条。主动公开政策性文件13份,创新政策解读形式。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 14805 });
    // A count inside the brackets of another is no total (主动公开公文93件(含规范性文件2件)); a year is no count.
    expect(
      factsOf('<p>2024年,通过门户网站主动公开公文93件(含规范性文件2件),其中人事任免文件31件。</p>')[
        'f.proactive_total'
      ],
    ).toBeUndefined();
    expect(factsOf('<p>2023年主动公开2023年度政府信息50条。</p>')['f.proactive_total']).toMatchObject({
      value: 50,
    });
    // A list of kinds with no total, the interpretations last (another department's): no total.
    for (const said of [
      '2024年主动公开政策文件16件，厅长办公会信息31次。采用文字图片、视频动漫等多种形式发布解读信息32件。',
      '及时做好信息发布，发布政策解读信息52篇。',
    ])
      expect(factsOf(`<p>${said}</p>`)['f.proactive_total'], said).toBeUndefined();
    // 、 before no 等 is still a list's separator: the first count of a list of kinds is no total.
    expect(
      factsOf('<p>主动公开环境质量信息20篇、重点排污单位监测结果58条、行政处罚信息31件。</p>')[
        'f.proactive_total'
      ],
    ).toBeUndefined();
  });

  it('reads a total whose figure comes straight after 主动公开, its object after it or none', () => {
    // A county office's real words: the count, then its channels.
    const office = factsOf(
      '<p>2025年全年,我办共通过门户网站及政务新媒体方式主动公开907条,其中通过政府网站公开86条,微信公众号公开821条。</p>',
    );
    expect(office['f.proactive_total']).toMatchObject({ value: 907 });
    expect(office['f.proactive_parts.2']).toMatchObject({ value: 821 });
    // A city bureau's: the object after the count; a Weibo account's count after it is no total.
    expect(
      factsOf(
        '<p>2025年我局通过门户网站主动公开1945条信息,其中通知公告240条,政务动态1287条。通过微博“文旅深圳”发布信息358篇。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 1945 });
    // A township's, the object before the verb.
    expect(
      factsOf('<p>2022年,我镇信息主动公开292条,其中政务信息229条,财务信息57条,党务信息6条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 292 });
    // Without 主动, with the object after the figure (a district bureau's): the channels' counts after it
    // are no total.
    expect(
      factsOf(
        '<p>2022年,我局通过不同渠道公开了21218条政府信息,具体为局门户网站396条、国家企业信用信息公示系统20580条和其他媒体平台发布宣传信息145条。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 21218 });
    // 主动公开的173条 (a zone bureau's 2019), with its kinds after 其中; not 依申请公开的3条.
    const own = factsOf(
      '<p>2019年，我局主动公开的173条，其中公示公告类46条、部门文件类（含同步重点领域）33条、行政许可94条。</p>',
    );
    expect(own['f.proactive_total']).toMatchObject({ value: 173 });
    expect(own['f.proactive_parts.3']).toMatchObject({ value: 94, label: '行政许可' });
    expect(factsOf('<p>2019年，依申请公开的3条。</p>')['f.proactive_total']).toBeUndefined();
    // An outcome's 公开 is no such count; nor is one without 主动 and with no object.
    expect(factsOf('<p>2022年,予以公开了3条政府信息。</p>')['f.proactive_total']).toBeUndefined();
    // The documents made public of those made (two districts' words), and a count of a part: no total.
    for (const said of [
      '2023年,宝山区共制发公文类政府信息1484条,其中主动公开1428条,主动公开率96.23%。',
      '2024年,我局制发行政发文共61条,主动公开60条,全文电子化率达100%。',
      '2023年,我局印发文件50条,主动公开45条,主动公开率90%。',
    ])
      expect(factsOf(`<p>${said}</p>`)['f.proactive_total'], said).toBeUndefined();
  });

  it('reads the 主动公开 part of the information made, beside its other attributes, as the total', () => {
    // 平潭综合实验区经济发展局 2019, 2025: what the bureau made, by disclosure attribute.
    const made = '2025年我局共制发政府信息405条，其中主动公开政府信息140条、依申请公开177条、不予公开88条。';
    expect(factsOf(`<p>${made}</p>`)['f.proactive_total']).toMatchObject({
      value: 140,
      quote: '其中主动公开政府信息140条',
    });
    // Its kinds in brackets after it, down to the others.
    const f = factsOf(
      '<p>全年共制发政府信息437条，其中，主动公开政府信息55条（涵盖政策及规范性文件类6条、规划计划类3条、其他应主动公开的政府信息46条）、依申请公开341条、不予公开41条。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: 55, quote: '主动公开政府信息55条' });
    expect(
      partsOf(`<p>${f['f.proactive_total']!.quote}（涵盖政策文件6条、规划计划类3条、其他信息46条）。</p>`),
    ).toEqual([
      ['政策文件', 6, false],
      ['规划计划类', 3, false],
      ['其他信息', 46, false],
    ]);
    // Where a later block gives the total again with its kinds, that one is read, with them.
    const again = factsOf(
      `<p>${made}</p><p>2025年，主动公开政府信息140条，涵盖政策及规范性文件类11条、其他应主动公开的政府信息129条。</p>`,
    );
    expect(again['f.proactive_total']).toMatchObject({ value: 140, quote: '主动公开政府信息140条' });
    expect(again['f.proactive_parts.2']).toMatchObject({ value: 129 });
    // Without the other attributes after it, a 主动公开 count after 其中 is still a part of the count before.
    expect(
      factsOf('<p>全年共发布政府信息437条，其中主动公开政府信息55条、工作动态382条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 437 });
    expect(
      factsOf('<p>全年共制发政府信息437条，其中主动公开政府信息55条、工作动态382条。</p>')[
        'f.proactive_total'
      ],
    ).toBeUndefined();
  });

  it('reads the parts of 在主动公开的55条政府信息中 in the next sentence where 55 is the total', () => {
    // 平潭综合实验区国有资产管理局 2021.
    const said = (n: number) =>
      `<p>我局通过门户网站主动公开政府信息55条，依申请公开信息数0条。在主动公开的${n}条政府信息中，政策、规范性文件类信息1条，其他类信息${n - 1}条。</p>`;
    expect(partsOf(said(55))).toEqual([
      ['政策、规范性文件类信息', 1, true],
      ['其他类信息', 54, true],
    ]);
    // Another figure is another count's (a year's copied text, say): no parts of this total.
    expect(partsOf(said(61))).toEqual([]);
  });

  it('takes no count said to be a share of the whole (占总数的53%) for the total', () => {
    // 平潭综合实验区综合执法局 2014: the other channels' 16 of its 30 was exported as the total.
    const f = factsOf(
      '<p>截止今年12月，全局主动公开执法信息30条，其中网上公开信息14条，占总数的47%。通过公告栏、宣传单等其它方式公开信息16条，占总数的53%。</p>',
    );
    expect(f['f.proactive_total']?.value).not.toBe(16);
    expect(factsOf('<p>通过公告栏、宣传单等方式公开信息16条。</p>')['f.proactive_total']?.value).toBe(16);
  });

  it('takes no count online in full (全文电子化) for the total of the 在主动公开的N条 it is some of', () => {
    // 平潭综合实验区财政金融局 2015: 57 was exported; the total is 65 (its 2016–2019 say 全文电子化 of all N).
    const page = (online: number) =>
      factsOf(
        '<p>（一）主动公开政府信息的数量</p><p>2015年制作、获取政府信息总数65条，其中主动公开政府信息65条，作为依申请公开信息数0条，不予公开信息数0。</p>' +
          `<p>（二）主动公开政府信息的主要类别</p><p>2015年，在主动公开的65条政府信息中，全文电子化的主动公开信息数共${online}条，为民办实事类信息13条。</p>`,
      )['f.proactive_total'];
    expect(page(57)).toMatchObject({ value: 65, quote: '其中主动公开政府信息65条' });
    expect(page(65)?.value).toBe(65);
  });

  it('reads the kinds under their heading from 主动公开的N条信息中 with no 在', () => {
    // A zone bureau's 2018: the kinds' paragraph under （二）主动公开政府信息的类别, each with its share.
    const f = factsOf(
      '<p>（一）主动公开政府信息的数量</p><p>2018年度主动公开政府信息68条。</p><p>（二）主动公开政府信息的类别</p>' +
        '<p>2018年我局主动公开的68条信息中，工作动态类12条，占17.64%；公示公告类30条，占44.11%；河长制专栏26条，占38.2%。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: 68 });
    expect([1, 2, 3].map((i) => f[`f.proactive_parts.${i}`]?.value)).toEqual([12, 30, 26]);
    // The zone office's 2017: 主要类别有： opens them; 有 with no colon after it opens nothing.
    const have = (colon: string) =>
      factsOf(
        '<p>（一）主动公开政府信息的数量</p><p>2017年主动公开政府信息119条。</p><p>（二）主动公开政府信息的主要类别</p>' +
          `<p>2017年，我办主动公开政府信息的主要类别有${colon}机构职能类信息25条，政策、规范性文件类信息12条，其他信息82条。</p>`,
      );
    expect([1, 2, 3].map((i) => have('：')[`f.proactive_parts.${i}`]?.value)).toEqual([25, 12, 82]);
    expect(have('')['f.proactive_parts.1']).toBeUndefined();
  });

  it('reads the parts of a later paragraph that opens on the total by its channel (在政府网站公开的290条信息中)', () => {
    // 平潭综合实验区社会事业局 2018: the total in 一、概述, its kinds two headings on.
    const page = (n: number) =>
      '<p>一、概述</p><p>局办公室共有2名人员兼职从事政府信息公开工作，全年通过政府网站主动公开政府信息290条，编制印发《工作简报》42期。</p>' +
      '<p>二、主动公开政府信息的情况</p><p>（一）主动公开政府信息的数量</p><p>2018年度，制作、获取政府信息290条。历年累计主动公开政府信息872条。</p>' +
      `<p>（二）主动公开政府信息的主要类别</p><p>在政府网站公开的${n}条信息中，机构职能类信息1条，政策、规范性文件信息51条，科教文体卫生类信息${n - 52}条。</p>`;
    expect(factsOf(page(290))['f.proactive_total']).toMatchObject({ value: 290 });
    expect(partsOf(page(290))).toEqual([
      ['机构职能类信息', 1, true],
      ['政策、规范性文件信息', 51, true],
      ['科教文体卫生类信息', 238, true],
    ]);
    // Another figure is another count's: no parts of this total.
    expect(partsOf(page(300))).toEqual([]);
    // In the total's own paragraph, after it, the same.
    expect(
      partsOf(
        '<p>全年主动公开政府信息290条。在政府网站公开的290条信息中，机构职能类信息1条，其他类信息289条。</p>',
      ),
    ).toEqual([
      ['机构职能类信息', 1, true],
      ['其他类信息', 289, true],
    ]);
  });

  it('reads a count of 公文类 information as the total only where its kinds run down to the others’ and no block gives one', () => {
    // 平潭综合实验区金井片区管理局 2020 (152 = its eight kinds); 管委会办公室 2019, 2020 and 社会事业局 2021 the same.
    const said =
      '<p>第一时间通过门户网站公开，全年公开公文类政府信息共152条，其中行政法规、规章和规范性文件5条，环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况46条，其他应主动公开的政府信息101条。</p>';
    expect(factsOf(said)['f.proactive_total']).toMatchObject({ value: 152 });
    expect(partsOf(said).map(([, v, some]) => [v, some])).toEqual([
      [5, false],
      [46, false],
      [101, false],
    ]);
    // Some kinds only (no others' item): documents, one kind, as before.
    const some = said.replace('，其他应主动公开的政府信息101条', '');
    expect(factsOf(some)['f.proactive_total']).toBeUndefined();
    // A block that gives a total of all information outranks it.
    expect(factsOf(`${said}<p>全年主动公开政府信息300条。</p>`)['f.proactive_total']).toMatchObject({
      value: 300,
    });
  });

  it('reads 在主动公开的32条政府信息中 after a total of 26 as the total said again, otherwise', () => {
    // 平潭综合实验区财政金融局 2013: 26 the 主动公开 part of the 32 it made (taken once every block was read),
    // then its kinds opened on 32 — the report's own contradiction.
    const again = (body: string) => factsOf(body)['f.proactive_total.again'];
    const made =
      '<p>（一）主动公开政府信息的数量</p><p>2013年制作、获取政府信息总数32条，其中主动公开政府信息26条，作为依申请公开信息数0条，不予公开信息数0条。</p>';
    const kinds = (n: number) =>
      `<p>（二）主动公开政府信息的主要类别</p><p>在主动公开的${n}条政府信息中，机构职能信息共2条，为民办实事类信息20条。</p>`;
    expect(factsOf(made + kinds(32))['f.proactive_total']).toMatchObject({ value: 26 });
    expect(again(made + kinds(32))).toMatchObject({ value: 32, quote: '在主动公开的32条政府信息中' });
    expect(again(made + kinds(26))).toBeUndefined();
    // A total read as the blocks are read, the same.
    expect(again(`<p>全年主动公开政府信息26条。</p>${kinds(32)}`)).toMatchObject({ value: 32 });
    // Another year's (the report's year known), or after a total that names its channel, no second statement.
    const bureau = (body: string) =>
      agencyFacts('平潭综合实验区财政金融局', body, 2013)['f.proactive_total.again'];
    expect(bureau(`<p>全年主动公开政府信息26条。</p>${kinds(32)}`)).toBe(32);
    expect(
      bureau(
        `<p>全年主动公开政府信息26条。</p><p>2012年，在主动公开的32条政府信息中，机构职能信息共2条。</p>`,
      ),
    ).toBeUndefined();
    expect(again(`<p>全年通过门户网站主动公开政府信息26条。</p>${kinds(32)}`)).toBeUndefined();
  });

  it('reads the parts under the heading of the total’s kinds (（二）主动公开政府信息的主要类别)', () => {
    // 平潭综合实验区市场监督管理局 2018: its eleven kinds make 424 of the 389 two blocks before them.
    const heading = '<p>（二）主动公开政府信息的主要类别</p>';
    const kinds =
      '<p>政府信息主动公开类别主要涉及公示公告、机构职能、工作动态等政府信息。其中公示公告类71条，机构职能类13条，工作动态类80条，其他应主动公开的政府信息6条。</p>';
    const page = (total: string, between = heading) =>
      `<p>（一）主动公开政府信息的数量</p><p>2018年度，主动公开政府信息${total}条，历年累计主动公开政府信息1176条。</p>${between}${kinds}`;
    expect(partsOf(page('389'))).toEqual([
      ['公示公告类', 71, false],
      ['机构职能类', 13, false],
      ['工作动态类', 80, false],
      ['其他应主动公开的政府信息', 6, false],
    ]);
    // The heading may open the block it heads.
    expect(
      partsOf(
        page('389', '').replace(
          '<p>政府信息主动公开类别',
          '<p>（二）主动公开政府信息的主要类别。政府信息主动公开类别',
        ),
      ),
    ).toHaveLength(4);
    // Under another heading, or where the block gives a count of its own before its kinds, none.
    expect(partsOf(page('389', '<p>（二）政府信息公开的形式</p>'))).toEqual([]);
    expect(partsOf(page('389').replace('等政府信息。其中', '等政府信息，全年共120条。其中'))).toEqual([]);
    // 财政金融局 2020: 在主动公开的148条政府信息中，全文电子化的…共148条，其中：… — the count said again is
    // no kind.
    const again = `<p>2020年主动公开政府信息148份。</p>${heading}<p>2020年，在主动公开的148条政府信息中，全文电子化的主动公开信息数共148条，其中：财税相关政策及解读共3条；财政资金管理共145条。</p>`;
    expect(partsOf(again)).toEqual([
      ['财税相关政策及解读', 3, true],
      ['财政资金管理', 145, true],
    ]);
    expect(partsOf(again.replace('在主动公开的148条', '在主动公开的150条'))).toEqual([]);
  });

  it('reads a total beside a larger count of information on application, which is no kind of it', () => {
    // 平潭综合实验区投资促进局 2025 (its 2024 report, with 1 and 1, was read).
    expect(
      factsOf('<p>2025年，我局通过门户网站主动公开政府信息4条，依申请公开信息数14条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 4 });
    // Nor is a sum of attributes, 主动公开 among them (平潭综合实验区经济发展局 2018: nothing was read).
    expect(
      factsOf(
        '<p>2018年我局共制作政府信息523条，主动公开政府信息94条，依申请公开信息数374条，不予公开信息数55条，主动公开和依申请公开的政府信息共468条，占全部信息的89.48%。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 94 });
    // A larger kind after it still makes it an item of a list of kinds.
    expect(
      factsOf('<p>2025年，主动公开政府信息4条、规范性文件20条。</p>')['f.proactive_total'],
    ).toBeUndefined();
  });

  it('reads the 主动公开 part of all the information published, split by disclosure attribute', () => {
    // 平潭综合实验区综合执法与应急管理局 2023: 687 was exported as its 主动公开 total.
    const split =
      '<p>全年共发布政府信息（文件）687份，其中主动公开299份，依申请公开及不予公开388份，立案查处各类违法行为并作出行政处罚决定640起。</p>';
    expect(factsOf(split)['f.proactive_total']).toMatchObject({ value: 299, quote: '其中主动公开299份' });
    // Its channel named before 主动公开 (平潭综合实验区经济发展局 2017: 150 was exported).
    expect(
      factsOf(
        '<p>2017年，我局严格按照要求，共公开信息150条，其中在“中国·平潭网”上主动公开信息148条，依申请公开2条(答复网上申请1条，纸质版快递邮寄1条)。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 148, quote: '其中在“中国·平潭网”上主动公开信息148条' });
    // With nothing after it but other work (the same bureau's 2025: 575 was exported), or the sentence's end,
    // the part is the year's 主动公开 too.
    expect(
      factsOf(
        '<p>共在区党工委管委会门户网站发布政府信息（文件）575份，其中主动公开317份，立案查处各类违法行为并作出行政处罚决定204起。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 317, quote: '其中主动公开317份' });
    expect(factsOf('<p>全年共发布政府信息687条，其中主动公开299条。</p>')['f.proactive_total']).toMatchObject(
      {
        value: 299,
      },
    );
    // Beside other kinds of information after it, the count of all is read as before, its part a part.
    expect(
      factsOf('<p>全年共发布政府信息687条，其中主动公开299条，政策解读12条。</p>')['f.proactive_total'],
    ).toMatchObject({ value: 687 });
  });

  it('reads parts in brackets after the total only where a word opens them (其中, 含, 涵盖)', () => {
    expect(
      partsOf('<p>全年主动公开政府信息120条（其中政策文件10条(含规范性文件2条)、工作动态110条）。</p>'),
    ).toEqual([
      ['政策文件', 10, true],
      ['工作动态', 110, true],
    ]);
    expect(partsOf('<p>全年主动公开政府信息120条（较上年增加10条）。</p>')).toEqual([]);
    expect(partsOf('<p>全年主动公开政府信息120条（政策文件10条、工作动态110条）。</p>')).toEqual([]);
  });

  it('reads a total in 万 as an estimate, over a channel’s count after it', () => {
    // A district's real words: the total in 万, then the site's part of it.
    const f = factsOf(
      '<p>2024年,通过政府门户网站和政务新媒体等形式主动公开政府信息1.17万条,其中通过区政府门户网站公开信息3820条。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: 11700, rough: true });
    expect(f['f.proactive_parts.1']).toMatchObject({ value: 3820 });
    expect(
      factsOf('<p>全年通过区政府门户网站发布各类信息1.1万余条，其中发布概况类信息447条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 11000, rough: true });
    // (A figure in 万 inside the object is no count: 惠及10万人的信息5条.)
    expect(factsOf('<p>2024年主动公开惠及10万人的信息5条。</p>')['f.proactive_total']).toMatchObject({
      value: 5,
    });
    expect(factsOf('<p>2024年主动公开惠及10万人的信息5条。</p>')['f.proactive_total']?.rough).toBeUndefined();
  });

  it('reads the year’s count beside the years’ so far (历年累计, 累计…本年度新增)', () => {
    // A district bureau's real words: the year's 44, then the count since the column opened.
    expect(
      factsOf(
        '<p>1、主动公开政府信息的数量:2023年度我局主动公开政府信息44件,累计主动公开政府信息2305条。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 44 });
    expect(
      factsOf('<p>2024年,我办主动公开区政府及区政府办信息24条,历年累计1616条。</p>')['f.proactive_total'],
    ).toMatchObject({ value: 24 });
    // A city office's: the count so far first, then the year's new ones, which are read.
    expect(
      factsOf('<p>通过南昌市人民政府门户网站等平台载体,累计主动公开政府信息3819条,本年度新增295条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 295 });
    // A district bureau's: the year's new ones open the next sentence, past a rate. Read as the
    // cumulative 305, the same body's 30 said again later was told as the text against itself.
    const later = factsOf(
      '<p>截至2022年12月31日,累计主动公开政府信息305条,全文电子化率达100%。2022年新增的主动公开政府信息30条,全文电子化率达100%。我区主动公开各类政府信息30条,主要包括以下几个方面:</p>',
    );
    expect(later['f.proactive_total']).toMatchObject({
      value: 30,
      quote: '2022年新增的主动公开政府信息30条',
    });
    expect(later['f.proactive_total.again']).toBeUndefined();
    // Two Shanghai towns' (2020, 2021): after 其中, (其中,本年度新增…), and with the 。 and 年 lost after a
    // rate (…全文电子化率达100%2020新增…). The cumulative count had been taken for the year's.
    expect(
      factsOf(
        '<p>本单位截至2021年底累计主动公开政府信息331条,全文电子化率达100%。其中,本年度新增的主动公开政府信息23条,党政混合类信息2条。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 23 });
    expect(
      factsOf(
        '<p>2020年底,本单位累计主动公开政府信息921条,全文电子化率达100%2020新增的主动公开政府信息36条,全文电子化率达100%。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 36 });
    // A Shenzhen street office's (2025): the year's new ones in brackets after the count so far.
    expect(
      factsOf('<p>民治街道累计公开信息8775条(2025年新增388条)。</p>')['f.proactive_total'],
    ).toMatchObject({ value: 388 });
    // The old template's total to the year's end (a district office's 2010, a Shanghai bureau's 2013, a
    // county bureau's 2011, a township's 2014): the years' since the first report, exported as the
    // year's 主动公开 (5736 for 2010). The year's new ones, where a later sentence gives them, are read.
    for (const p of [
      '<p>(一)本单位到2010年底累计主动公开政府信息(含指南、目录)5736条,全文电子化率达100%。</p>',
      '<p>截至2011年底,我局主动公开政府信息累计299条。信息涉及10个一级目录和48个二级目录。</p>',
      '<p>本单位到目前累计主动公开政府信息100条。</p>',
    ])
      expect(factsOf(p)['f.proactive_total']).toBeUndefined();
    expect(
      factsOf(
        '<p>截止到2013年底,我局累计主动公开政府信息753条,全文电子化率达100%,其中,机构职能类4条,占总体比例的0.53%;政策法规类6条,占总体比例的0.80%;业务工作类555条,占总体比例的73.7%。2013年新增的主动公开政府信息28条,全文电子化率达100%。</p>',
      )['f.proactive_total'],
    ).toMatchObject({ value: 28, quote: '2013年新增的主动公开政府信息28条' });
    // (Nor a count that names the report's year as its object's: a town's 2009, 截至2009年底,…累计主动公开
    // 2009年度政府信息28条; 本年度政府信息 likewise. A year not the report's stays another's.)
    const town = '<p>截至2009 年底,我镇人民政府累计主动公开2009年度政府信息28条,全文电子化率达100%。</p>';
    expect(factsOf(town)['f.proactive_total']).toMatchObject({ value: 28 });
    expect(factsOf(town, { years: [2009], agency: null })['f.proactive_total']).toMatchObject({ value: 28 });
    expect(factsOf(town, { years: [2013], agency: null })['f.proactive_total']).toBeUndefined();
    expect(
      factsOf('<p>截至2012年底,我局累计主动公开本年度政府信息53条。</p>')['f.proactive_total'],
    ).toMatchObject({ value: 53 });
    // A 累计 count to a day (截止2013年12月27日) that the text breaks down with the year's own after 其中 (a
    // city police bureau's 2013, whose table gives 440 as 历年累计 and 235 as 2013年度): that part is the
    // year's. A year not the report's is not.
    const police =
      '<p>截止2013年12月27日，我局依托管委会门户网站以及公安公众服务网累计主动公开政府信息440条，全文电子化达100%。其中2013年度我局共主动公开政府信息235条。</p>';
    expect(factsOf(police, { years: [2013], agency: null })['f.proactive_total']).toMatchObject({
      value: 235,
      quote: '其中2013年度我局共主动公开政府信息235条',
    });
    expect(factsOf(police, { years: [2014], agency: null })['f.proactive_total']?.value).not.toBe(235);
    // The year's part in a bracket right after the 累计 count (a zone bureau's 2018): the year's; a bracket
    // of another year is not.
    const bracket = (y: number) =>
      `<p>截至2018年12月31日，累计主动公开政府信息181条（${y}年度主动公开政府信息68条）。</p>`;
    expect(factsOf(bracket(2018), { years: [2018], agency: null })['f.proactive_total']).toMatchObject({
      value: 68,
    });
    expect(factsOf(bracket(2017), { years: [2018], agency: null })['f.proactive_total']?.value).not.toBe(68);
    // 截至目前 (so far, no year's end) in the same sentence (the same bureau's 2019), read in the whole
    // audit too, which holds a part of another year to the report's.
    const sofar =
      '<p>截至目前，我局在门户网站累计主动公开公安政府信息1770条，全文电子化达100%，其中2019年度我局共主动公开政府信息202条，比升11.6%。</p>';
    expect(factsOf(sofar)['f.proactive_total']).toMatchObject({
      value: 202,
      quote: '其中2019年度我局共主动公开政府信息202条',
    });
    expect(agencyFacts('平潭综合实验区公安局', sofar, 2019)['f.proactive_total']).toBe(202);
    expect(agencyFacts('平潭综合实验区公安局', sofar, 2020)['f.proactive_total']).not.toBe(202);
    // (Not a date at the year's end with no 累计: 截至2023年底，共收到申请12件 is the year's; nor 到底.)
    expect(factsOf('<p>截至2023年底,共主动公开政府信息120条。</p>')['f.proactive_total']).toMatchObject({
      value: 120,
    });
    expect(factsOf('<p>说到底累计主动公开政府信息75条。</p>')['f.proactive_total']).toMatchObject({
      value: 75,
    });
    // A larger kind after the count still makes it a list's item.
    expect(
      factsOf('<p>2024年,我办主动公开区政府信息24条,政务动态信息1616条。</p>')['f.proactive_total'],
    ).toBeUndefined();
  });

  it('takes no plain count for the total where the text gave the whole jurisdiction’s', () => {
    // A district-level zone's 2022 report (summing its units'): its 全区 total was the jurisdiction's, and a
    // planning column's 77 was exported as its 主动公开 total instead.
    expect(
      factsOf(
        '<p>持续推进基础信息公开、深化重点领域信息公开，2022年全区共主动公开政府信息14571条。一是做好规范性文件公开。设立规范性文件库，集中公开现行有效行政规范性文件698件。二是做好各类规划公开。设立“十四五”规划和专项规划、空间规划、区域规划专栏，本年度公开信息77条。</p>',
      )['f.proactive_total'],
    ).toBeUndefined();
    // A city's 2021 report: the key areas' 4.6万 after the city's 67.35万 (a part of it, in another paragraph).
    expect(
      factsOf(
        '<p>全市各级行政机关全年主动公开政府信息67.35万条,其中政府网站公开16.53万条。</p><p>一是全面完成基层政务公开标准化规范化工作,及时准确公开各领域信息4.6万条。</p>',
      )['f.proactive_total'],
    ).toBeUndefined();
    // (A plain count with no jurisdiction's total before it is the fallback still.)
    expect(
      factsOf('<p>一是全面完成基层政务公开标准化规范化工作,及时准确公开各领域信息4.6万条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 46000 });
  });

  it('takes the work a count served (围绕全省…重点工作) for no whole jurisdiction', () => {
    // A provincial department's real words.
    const f = factsOf(
      '<p>2022年围绕全省文化和旅游领域重点工作,通过官网发布信息3374条,其中,发布规范性文件5件、政策宣传解读16件,行业动态1462条。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: 3374 });
    // The whole province's count is still the province's.
    expect(factsOf('<p>2022年,全省通过官网发布信息3374条。</p>')['f.proactive_total']).toBeUndefined();
  });

  it('reads 主动公开总数 as the total, and no change on last year (同比增加20条) as one', () => {
    // A real county bureau's words: the total by its name, the channels' parts after it.
    const f = factsOf(
      '<p>截至2023年12月31日，政务信息公开主动公开总数146条，其中在县政府信息公开网站公开政府信息101条，政务微信公开政府信息45条。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: 146 });
    expect(f['f.proactive_parts.2']).toMatchObject({ value: 45 });
    expect(factsOf('<p>全年主动公开数量为88条。</p>')['f.proactive_total']).toMatchObject({ value: 88 });
    expect(factsOf('<p>依申请公开数量为3件。</p>')['f.proactive_total']).toBeUndefined();
    for (const said of ['我局主动公开政府信息同比增加20条', '主动公开政府信息较上年减少5条'])
      expect(factsOf(`<p>${said}。</p>`)['f.proactive_total'], said).toBeUndefined();
    expect(
      factsOf('<p>我局主动公开政府信息同比增加20条，全年主动公开政府信息共计300条。</p>')[
        'f.proactive_total'
      ],
    ).toMatchObject({ value: 300 });
  });

  it('reads no part named by a verb (其中发布1条概况类信息: the figure before its kind)', () => {
    const f = factsOf(
      '<p>委官方网站公开发布信息244条,其中发布1条概况类信息,35条政务动态信息,29条信息公开目录信息。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: 244 });
    expect(f['f.proactive_parts.1']).toBeUndefined();
  });

  it("skips a part's own parts (内有, 其中 after it) up to the separator that ends them", () => {
    // A real township's list: five kinds make 50, and their own items were added in (a warning of 88).
    const f = factsOf(
      '<p>共新增主动公开政府信息50条。其中机构类信息20条,内有领导成员10条、机构职能4条、机构概况1条、直属单位或下属机构5条;工作类信息11条,其中镇街动态3条、计划总结3条、通知公告5条;政策文件类信息4条;民生事项类信息8条;财政管理类信息7条,其中部门预决算2条、专项经费5条。</p>',
    );
    const parts = Object.keys(f)
      .filter((k) => k.startsWith('f.proactive_parts.'))
      .map((k) => f[k]!.value);
    expect(parts).toEqual([20, 11, 4, 8, 7]);
    // The same separator after a part's own: still its own (the list's next part is after a stronger one).
    const g = factsOf(
      '<p>主动公开政府信息100条，其中机构类信息60条，其中领导成员10条，机构职能5条；工作类信息40条。</p>',
    );
    expect([
      g['f.proactive_parts.1']?.value,
      g['f.proactive_parts.2']?.value,
      g['f.proactive_parts.3'],
    ]).toEqual([60, 40, undefined]);
  });

  it('ends the 主动公开 parts at another statement once they make the total exactly (a verb, a unit)', () => {
    // A real city's: 3683 + 2084 make 5767, and the documents and interpretations after them were added
    // in (a warning of 6378).
    const f = factsOf(
      '<p>2022年通过政府网站主动公开信息5767条,其中重点领域信息3683条,其他信息2084条,主动公开文件597份,发布政策解读14篇。</p>',
    );
    expect(f['f.proactive_parts.2']).toMatchObject({ value: 2084 });
    expect(f['f.proactive_parts.3']).toBeUndefined();
    // The same form after the exact sum: still a part, and its excess is told.
    const g = factsOf('<p>主动公开政府信息100条，其中政策文件60条，工作动态40条，通知公告10条。</p>');
    expect(g['f.proactive_parts.3']).toMatchObject({ value: 10 });
  });

  it('ends the 主动公开 parts once they make the total exactly and the next figure alone is past it', () => {
    // A real district bureau's (2023): 25 + 58 + 55 make 138; the 6034 decisions and 547 replies after
    // them were read as parts (a warning that the parts made 6719).
    const f = factsOf(
      '<p>截至2023年12月31日,我局全年累计主动公开政府信息138条,历年累计数1395条,主动及时公开率100%。其中重点公开信息包括:行政许可类25条,民政扶贫救灾社会保障就业类58条,其他信息55条,其他对外管理服务事项处理决定数量6034条,回应群众关切问题547条。</p>',
    );
    expect(f['f.proactive_total']).toMatchObject({ value: 138 });
    expect(f['f.proactive_parts.3']).toMatchObject({ value: 55 });
    expect(f['f.proactive_parts.4']).toBeUndefined();
    // Short of the total, a figure past it is still read as a part, and the excess is told.
    const short = factsOf(
      '<p>主动公开政府信息138条，其中行政许可类25条，其他信息55条，回应群众关切问题547条。</p>',
    );
    expect(short['f.proactive_parts.3']).toMatchObject({ value: 547 });
  });

  it('ends the 主动公开 parts at a ; once those listed with , make the total exactly', () => {
    // A real district's words: three parts make 36973, and the special column's 20 after ; was read as
    // a fourth (a warning that the parts made 36993).
    const f = factsOf(
      '<p>2023年区政府网站共发布信息36973条,其中概况类信息更新量3959条,政务动态信息更新量32854条,信息公开目录信息更新量160条;重点栏目“调查征集”共发布20条稿件。</p>',
    );
    expect(f['f.proactive_parts.3']).toMatchObject({ value: 160 });
    expect(f['f.proactive_parts.4']).toBeUndefined();
    // Short of the total, or listed with ; throughout: the list goes on, and its excess is told.
    const short = factsOf('<p>共发布信息200条,其中政策文件60条,人事信息40条;财政信息10条。</p>');
    expect(short['f.proactive_parts.3']).toMatchObject({ value: 10 });
    const semi = factsOf('<p>主动公开政府信息100条,其中政策文件60条;人事信息40条;财政信息10条。</p>');
    expect(semi['f.proactive_parts.3']).toMatchObject({ value: 10 });
  });

  it('ends the 主动公开 parts where a count of other work follows (受理有效信件, 已办结)', () => {
    const f = factsOf(
      '<p>通过县政府门户网站公开各类信息7191条,其中政策文件30条;县长信箱共受理有效信件180件,已办结180件。</p>',
    );
    expect(f['f.proactive_parts.1']).toMatchObject({ value: 30, partial: true });
    expect(f['f.proactive_parts.2']).toBeUndefined();
    const sent = factsOf(
      '<p>累计公开政府信息276条，其中：政务动态信息216条，主动向市政府办报送信息100条。</p>',
    );
    expect(sent['f.proactive_parts.2']).toBeUndefined();
  });

  it('reads the new applications where the sentence goes past last year’s to them, not the two together', () => {
    const f = factsOf(
      '<p>一是2024年共受理依申请公开事项59件,结转上年后新收到依申请公开事项47件,较上一年度增加42件。</p>',
    );
    expect(f['f.applications_received']).toMatchObject({ value: 47 });
    // A count followed by last year's alone, with no new ones named after: the count is the new ones.
    expect(
      factsOf('<p>全年共收到政府信息公开申请12件,上年结转2件,均已依法按期办结。</p>')[
        'f.applications_received'
      ],
    ).toMatchObject({ value: 12 });
  });

  it('leaves "none" statements to the claims (f.claim.*), not to zero counts', () => {
    const f = factsOf(
      '<p>2023 年，我局未收到政府信息公开申请。</p><p>全年未发生针对区本级有关政府信息公开事务的行政复议案和行政诉讼案。</p>',
    );
    expect(f['f.applications_received']).toBeUndefined();
    expect(f['f.reviews']).toBeUndefined();
    expect(f['f.suits']).toBeUndefined();
  });

  it('leaves out counts that fold in carried-over applications, and "none corrected" statements', () => {
    const f = factsOf(
      '<p>共收到政府信息公开申请15件（含上年结转2件），办结13件。</p><p>未发生行政复议被纠正的情况。</p>',
    );
    expect(f['f.applications_received']).toBeUndefined();
    expect(f['f.reviews']).toBeUndefined();
  });

  it('does not take a count of reviews and suits together for either', () => {
    for (const body of [
      '<p>因政府信息公开工作被申请行政复议、提起行政诉讼案件共8件。</p>',
      '<p>本机关发生政府信息公开行政复议、行政诉讼8件。</p>',
      '<p>因政府信息公开工作被提起行政诉讼和申请行政复议共8件。</p>',
    ]) {
      const f = factsOf(body);
      expect([f['f.reviews'], f['f.suits']], body).toEqual([undefined, undefined]);
    }
    // 有 or 为 before the figure, as some reports write it.
    const had = factsOf(
      '<p>2025年因政府信息公开问题被申请行政复议有3件。因政府信息公开被提起行政诉讼为0件。</p>',
    );
    expect([had['f.reviews']?.value, had['f.suits']?.value]).toEqual([3, 0]);
    // Together as none, each is none; not a jurisdiction's, nor a figure's tail (10件).
    for (const body of [
      '<p>本年度涉及政府信息公开的行政复议、行政诉讼案件为0件。</p>',
      '<p>因政府信息公开工作被申请行政复议、提起行政诉讼共0件。</p>',
      // As a county-level city's and a township's real reports word it.
      '<p>因政府信息公开被申请行政复议、行政诉讼数量为0件。</p>',
      '<p>未转结政府信息公开申请,进入行政复议程序和行政诉讼程序均为0件。</p>',
    ]) {
      const f = factsOf(body);
      expect([f['f.reviews']?.value, f['f.suits']?.value], body).toEqual([0, 0]);
    }
    for (const body of [
      '<p>全市因政府信息公开引起的行政复议、行政诉讼案件为0件。</p>',
      '<p>本年度涉及政府信息公开的行政复议、行政诉讼案件为10件。</p>',
    ]) {
      const f = factsOf(body);
      expect([f['f.reviews'], f['f.suits']], body).toEqual([undefined, undefined]);
    }
    // The parts given after such a total are read.
    const f = factsOf(
      '<p>因政府信息公开工作被申请行政复议和行政诉讼案件8件，其中行政复议5件，行政诉讼3件。</p>',
    );
    expect([f['f.reviews']?.value, f['f.suits']?.value]).toEqual([5, 3]);
  });

  it('passes over at most a few dozen counts of other years in a block, however many it holds', async () => {
    // Each candidate passed over costs a look back to its sentence's start: thousands in one sentence
    // made the second reading quadratic. Past the cap, none of them is taken.
    const { readFileSync } = await import('node:fs');
    const { audit } = await import('../../lib/audit');
    const junk = '2019年收到政府信息公开申请1件，'.repeat(5000);
    const html = readFileSync(new URL('../fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const at = '2020年，区政府共新收';
    const a = audit(sourceFromHtml(html.replace(at, `${junk}${at}`)));
    expect(a.report.facts.find((f) => f.key === 'f.applications_received')).toBeUndefined();
    const few = audit(sourceFromHtml(html.replace(at, `${junk.slice(0, 200)}${at}`)));
    expect(few.report.facts.find((f) => f.key === 'f.applications_received')?.value).toBe(56);
  });

  it('reads past a long run of spaces (Word’s &nbsp; padding, a hostile page) without searching it over and over', () => {
    // Two \s* with only optional words between them shared such a run out in every possible way: 800
    // spaces after 主动公开政府信息 took 4 s, 1600 took 25 s, and a longer run never finished.
    const run = '\u00a0'.repeat(1000);
    const words = [
      '主动公开政府信息共',
      '被申请行政复议',
      '收到政府信息公开申请',
      '办结',
      '制发规范性文件',
      // Reviews and suits together (行政复议、行政诉讼案件为0件), the figure first (收到1件…申请), 依申请….
      '行政复议、',
      '行政复议、行政诉讼案件',
      '收到了',
      '收到依申请公开事项',
      '主动公开总数',
      '依申请公开共受理',
    ];
    // And runs between the words of one count (行政复议 、 行政诉讼 …): 400 spaces each took the
    // together-as-none pattern 8 s, when its optional words did not each carry their own.
    const gap = '\u00a0'.repeat(400);
    const padded = `${words.map((w) => `<p>${w}${run}x。</p>`).join('')}<p>行政复议${gap}、${gap}行政诉讼${gap}x。</p>`;
    const t0 = performance.now();
    const f = factsOf(
      `${padded}<p>主动公开政府信息\u00a0\u00a012条，其中政策文件\u00a0\u00a05条。因政府信息公开工作被申请行政复议\u00a0共\u00a02件。</p>`,
    );
    // A guard against the search blowing up, not a speed target: the old patterns took over 4 s on
    // this page, these a few milliseconds.
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(f['f.proactive_total']?.value).toBe(12);
    expect(f['f.proactive_parts.1']).toMatchObject({ value: 5, label: '政策文件' });
    expect(f['f.reviews']?.value).toBe(2);
    // A kind's count with runs before the next (主动公开环境质量信息20篇；…58条), 其中 as a clause of its own.
    const t1 = performance.now();
    const g = factsOf(
      `<p>主动公开环境质量信息20篇${run};重点58条。</p><p>发布各类信息5489条，其中${run}，主动公开文件数232条。</p>`,
    );
    expect(performance.now() - t1).toBeLessThan(1000);
    expect(g['f.proactive_total']?.value).toBe(5489);
  });

  it('reads 全镇 (全乡) as the town government itself, and as a jurisdiction in anyone else’s report', async () => {
    const facts = (agency: string, body: string) => agencyFacts(agency, body);
    const said = '<p>2023年全乡主动公开信息共计70条。全乡共收到政府信息公开申请3件。</p>';
    expect(facts('某某乡人民政府', said)).toMatchObject({
      'f.proactive_total': 70,
      'f.applications_received': 3,
    });
    // 我镇人民政府 (我乡政府, 我街道办事处) is the body itself (a town's 2009: 我镇人民政府累计主动公开…28条).
    for (const [agency, who] of [
      ['崇武镇', '我镇人民政府'],
      ['某某乡人民政府', '我乡政府'],
      ['某某街道办事处', '我街道办事处'],
      // (A bank regulator's branch of 2018, under its publisher's short name: 我分局在…网站上共公开179条.)
      ['市银监局', '我分局'],
    ] as const)
      expect(facts(agency, `<p>2023年,${who}主动公开政府信息28条。</p>`)['f.proactive_total'], who).toBe(28);
    // A sentence opening on 全镇 carries no jurisdiction on to the next in the town's report.
    expect(
      facts('某某镇人民政府', '<p>2023年全镇主动公开信息45条。全年共收到政府信息公开申请3件。</p>')[
        'f.applications_received'
      ],
    ).toBe(3);
    const county = facts('某某县人民政府', said);
    expect([county['f.proactive_total'], county['f.applications_received']]).toEqual([undefined, undefined]);
    // 全镇各村…, and a count whose own subject is not 全镇 in a sentence that opens on it, stay the jurisdiction's.
    expect(
      facts('某某镇人民政府', '<p>2023年全镇各村共收到政府信息公开申请3件。</p>')['f.applications_received'],
    ).toBe(undefined);
  });

  it('reads 我区 (我县, 我市) as the place’s government, and a 其中 part as of the body its sentence opens on', async () => {
    const facts = (agency: string, body: string) => agencyFacts(agency, body);
    // A Guangzhou district government's words: its own in its report, the district's in a bureau's.
    const said =
      '<p>2023年我区共收到669份政府信息公开申请件,其中因信息公开申请引起的行政复议21宗、行政诉讼10宗。2023年我区主动公开政府信息906条。</p>';
    expect(facts('广州市荔湾区人民政府', said)).toMatchObject({
      'f.applications_received': 669,
      'f.reviews': 21,
      'f.suits': 10,
      'f.proactive_total': 906,
    });
    const bureau = facts('广州市荔湾区教育局', said);
    for (const key of ['f.applications_received', 'f.reviews', 'f.suits', 'f.proactive_total'])
      expect(bureau[key]).toBeUndefined();
    // The place by its name (a Shanghai district's words), or as 本区: the same.
    const named = '<p>2023年,杨浦区共受理政府信息公开申请1761件。本区主动公开政府信息300条。</p>';
    expect(facts('上海市杨浦区人民政府', named)).toMatchObject({
      'f.applications_received': 1761,
      'f.proactive_total': 300,
    });
    const education = facts('上海市杨浦区教育局', named);
    expect([education['f.applications_received'], education['f.proactive_total']]).toEqual([
      undefined,
      undefined,
    ]);
    // A zone, by its name or its kind, in its 管理委员会's report (a Shenzhen zone's, a Yunnan park's words).
    expect(
      facts(
        '深圳市深汕特别合作区管理委员会',
        '<p>2023年,深汕特别合作区共收到政府信息公开申请162件,办结159件。</p>',
      )['f.applications_received'],
    ).toBe(162);
    expect(
      facts('宜良工业园区管委会', '<p>2023年,园区共收到政府信息公开申请3件。</p>')['f.applications_received'],
    ).toBe(3);
    // A body whose name holds 公开 (区政务公开办公室): its applications are no 主动公开 total, and its
    // outcomes are not the bureau's.
    const office = facts(
      '某某区教育局',
      '<p>2023年区政务公开办公室共收到政府信息公开申请30件,其中予以公开20件,不予公开10件。</p>',
    );
    for (const key of ['f.proactive_total', 'f.applications_received', 'f.outcome.granted'])
      expect(office[key]).toBeUndefined();
    // A department's count and its 其中 in the district government's report: the department's.
    const department =
      '<p>2023年区教育局共收到政府信息公开申请30件,其中予以公开20件,因信息公开申请引起的行政复议2件。</p>';
    const government = facts('某某区人民政府', department);
    for (const key of ['f.applications_received', 'f.reviews', 'f.outcome.granted'])
      expect(government[key]).toBeUndefined();
    // Nor its claims: all closed, all natural persons, no reviews.
    const claimed = facts(
      '某某区人民政府',
      '<p>2023年区教育局共收到政府信息公开申请30件,均已按时办结,申请人均为自然人。区教育局共收到政府信息公开申请30件,未发生行政复议。</p>',
    );
    for (const key of ['f.claim.applications_all_closed', 'f.claim.all_natural', 'f.claim.no_reviews'])
      expect(claimed).not.toHaveProperty(key);
    // Its own 其中 still is its own.
    expect(facts('某某区人民政府', department.replace('区教育局', '我区'))).toMatchObject({
      'f.applications_received': 30,
      'f.reviews': 2,
      'f.outcome.granted': 20,
    });
  });

  it('passes over a count that a 其中 shares out between bodies, not one broken down by way or applicant', () => {
    const heading = '<p>（二）依申请公开情况</p>';
    const received = (text: string) => factsOf(`${heading}<p>${text}</p>`)['f.applications_received'];
    // A county government's words: the county's 57, of which its government's own 6.
    expect(
      received(
        '全年累计受理政府信息公开申请57件,同比增长71.9%;完成答复54件,转下一年度继续办理3件。其中,县级政府受理并完成申请答复6件。',
      ),
    ).toBeUndefined();
    expect(received('我局共收到政府信息公开申请30件,其中局机关20件、下属单位10件。')).toBeUndefined();
    for (const parts of ['其中通过政府网站申请20件,当面申请10件', '其中自然人20件,法人10件'])
      expect(received(`我局共收到政府信息公开申请30件,${parts}。`)).toMatchObject({ value: 30 });
  });

  it('passes over a bureau’s whole system’s counts (全系统, 系统内), not its own through a system', async () => {
    const heading = '<p>三、收到和处理政府信息公开申请情况</p>';
    for (const whole of ['全系统', '系统内', '全局系统'])
      expect(factsOf(`${heading}<p>2023年,${whole}共收到政府信息公开申请5件。</p>`)).not.toHaveProperty(
        'f.applications_received',
      );
    expect(
      factsOf(`${heading}<p>2023年,我局通过依申请公开系统共收到政府信息公开申请5件。</p>`)[
        'f.applications_received'
      ],
    ).toMatchObject({ value: 5 });
  });

  it('reads 全局 (全委, 全厅, 全办) in a body of that kind’s report as the body itself', async () => {
    const facts = (agency: string, body: string) => agencyFacts(agency, body, 2025);
    // A city bureau's words.
    const said = '<p>2025年,全局接收政府信息公开申请31件,依法依规办结政府信息公开申请29件。</p>';
    expect(facts('重庆市应急管理局', said)).toMatchObject({
      'f.applications_received': 31,
      'f.applications_closed': 29,
    });
    expect(facts('某某市发展和改革委员会', said.replace('全局', '全委'))['f.applications_received']).toBe(31);
    // Not in a body of another kind's report: a 委员会 is no 局.
    expect(facts('某某市发展和改革委员会', said)['f.applications_received']).toBeUndefined();
  });

  it("passes over another body's counts once the report's agency is known", async () => {
    const { readFileSync } = await import('node:fs');
    const { audit } = await import('../../lib/audit');
    const html = readFileSync(new URL('../fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const at = '2020年，区政府共新收';
    const facts = (lead: string, review = '') => {
      const page = html
        .replace(at, `${lead}${at}`)
        .replace('2020年，因政府信息公开工作被申请', `${review}2020年，因政府信息公开工作被申请`);
      const a = audit(sourceFromHtml(page));
      const value = (key: string) => a.report.facts.find((f) => f.key === key)?.value;
      return [value('f.applications_received'), value('f.reviews'), a.findings.length];
    };
    // 相山区人民政府's report: its own count is 区政府's, 56 (表三 agrees); 4 reviews (表四 agrees).
    expect(facts('2020年，区教育局收到政府信息公开申请30件，区卫健委收到政府信息公开申请10件；')).toEqual([
      56, 4, 0,
    ]);
    expect(facts('区教育局共收到政府信息公开申请30件。')).toEqual([56, 4, 0]);
    expect(facts('', '2020年，区住建局被申请行政复议2件。')).toEqual([56, 4, 0]);
    expect(facts('', '2020年，区教育局因政府信息公开工作被申请行政复议2件。')).toEqual([56, 4, 0]);
    // A count for this body with those under it, or for every township, is no count of its own.
    expect(facts('2020年，区政府及其部门共收到政府信息公开申请320件。')).toEqual([56, 4, 0]);
    expect(facts('2020年，各镇街共收到政府信息公开申请120件。')).toEqual([56, 4, 0]);
    // A level of the jurisdiction (区级, 县直单位) is more than this body; 本级 is this body.
    expect(facts('2020年，区级共新收政府信息公开申请560件。')).toEqual([56, 4, 0]);
    expect(facts('2020年，区直单位共收到政府信息公开申请300件。')).toEqual([56, 4, 0]);
    expect(facts('', '2020年，区级行政机关因政府信息公开工作被申请行政复议9件。')).toEqual([56, 4, 0]);
    expect(facts('2020年，区政府本级共新收政府信息公开申请58件。')).toEqual([58, 4, 1]);
  });

  it('reads this body’s part after 其中 of a whole jurisdiction’s count, not another body’s', async () => {
    const { readFileSync } = await import('node:fs');
    const { audit } = await import('../../lib/audit');
    const html = readFileSync(new URL('../fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const reviews = '2020年，因政府信息公开工作被申请行政复议4件，';
    const apps = '2020年，区政府共新收政府信息公开申请56件，';
    expect(html).toContain(reviews);
    expect(html).toContain(apps);
    const read = (from: string, to: string) => {
      const a = audit(sourceFromHtml(html.replace(from, to)));
      const value = (key: string) => a.report.facts.find((f) => f.key === key)?.value;
      return [value('f.applications_received'), value('f.reviews'), a.findings.map((f) => f.rule)];
    };
    const whole = '2020年，全区因政府信息公开工作被申请行政复议14件，';
    expect(read(reviews, `${whole}其中区政府被申请行政复议4件，`)).toEqual([56, 4, []]);
    expect(read(reviews, `${whole}其中本级被申请行政复议5件，`)).toEqual([56, 5, ['text-table-mismatch']]);
    // Another body's part, a kind of case, or a level: no count of this body's.
    expect(read(reviews, `${whole}其中区教育局被申请行政复议5件，`)[1]).toBeUndefined();
    expect(read(reviews, `${whole}其中涉及征收的行政复议5件，`)[1]).toBeUndefined();
    expect(read(reviews, `${whole}其中区直单位被申请行政复议5件，`)[1]).toBeUndefined();
    const all = '2020年，全区共收到政府信息公开申请560件，';
    expect(read(apps, `${all}其中区政府本级收到政府信息公开申请56件，`)).toEqual([56, 4, []]);
    expect(read(apps, `${all}其中区直各部门收到政府信息公开申请500件，`)[0]).toBeUndefined();
    // Applications named by whom they were made to (a district's real words): this body's, or another's.
    expect(read(apps, '2020年，共受理向区政府提出的政府信息公开申请56件，')).toEqual([56, 4, []]);
    expect(read(apps, '2020年，受理公民、法人或其他组织向区政府提出的政府信息依申请公开56件，')[0]).toBe(56);
    expect(read(apps, '2020年，共受理向市政府提出的政府信息公开申请56件，')[0]).toBeUndefined();
  });

  it('reads no count that one sentence splits between this body and its own office', async () => {
    const { readFileSync } = await import('node:fs');
    const { audit } = await import('../../lib/audit');
    const html = readFileSync(new URL('../fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const apps = '2020年，区政府共新收政府信息公开申请56件，';
    const docs = '全年制发规范性文件6件';
    const reviews = '2020年，因政府信息公开工作被申请行政复议4件';
    const read = (from: string, to: string) => {
      const page = html.replace(from, to);
      expect(page).not.toBe(html);
      const a = audit(sourceFromHtml(page));
      const value = (key: string) => a.report.facts.find((f) => f.key === key)?.value;
      return {
        values: [value('f.applications_received'), value('f.normative_made'), value('f.reviews')],
        findings: a.findings.map((f) => f.rule),
      };
    };
    // 区政府 and 区政府办公室 each with a part of 表三's 56, 表二's 6, 表四's 4: neither part is the table's.
    expect(
      read(apps, '2020年，区政府本级收到政府信息公开申请30件，区政府办公室收到政府信息公开申请26件，'),
    ).toEqual({
      values: [undefined, 6, 4],
      findings: [],
    });
    expect(read(docs, '区政府制发规范性文件4件，区政府办公室制发规范性文件2件')).toEqual({
      values: [56, undefined, 4],
      findings: [],
    });
    expect(read(reviews, '2020年，区政府被申请行政复议3件，区政府办公室被申请行政复议1件')).toEqual({
      values: [56, 6, undefined],
      findings: [],
    });
    // …in the words 以…名义 (in whose name they were issued) too.
    expect(read(docs, '以区政府名义制发规范性文件4件，以区政府办公室名义制发规范性文件2件')).toEqual({
      values: [56, undefined, 4],
      findings: [],
    });
    // Documents issued jointly with others are some of them: the body's own count after them is read.
    expect(read(docs, '与市级部门联合印发规范性文件2件，区政府制发规范性文件6件').values).toEqual([56, 6, 4]);
    // One body's count alone is still held to the table.
    expect(read(docs, '区政府制发规范性文件4件').findings).toEqual(['text-table-mismatch']);
    expect(read(docs, '以区政府名义制发规范性文件4件').findings).toEqual(['text-table-mismatch']);
  });

  it('tells the body a count is of from its own words for itself', async () => {
    const { otherBody } = await import('../../lib/recognise/facts');
    expect(otherBody('区政府', '相山区人民政府')).toBe(false);
    expect(otherBody('相山区人民政府', '相山区人民政府')).toBe(false);
    expect(otherBody('教育局', '某某县教育局')).toBe(false);
    expect(otherBody('区教育局', '相山区人民政府')).toBe(true);
    expect(otherBody('区教育局', null)).toBe(false);
    // The usual short forms of the body's own name are the body.
    expect(otherBody('区住建局', '相山区住房和城乡建设局')).toBe(false);
    expect(otherBody('区人社局', '相山区人力资源和社会保障局')).toBe(false);
    expect(otherBody('区教育局', '相山区住房和城乡建设局')).toBe(true);
    expect(otherBody('区建设局', '相山区住房和城乡建设委员会')).toBe(true);
    // The agency short (a real county bureau's title: 县人社局) and the text's name full.
    expect(otherBody('县人力社保局', '县人社局')).toBe(false);
    expect(otherBody('相山区住房和城乡建设局', '区住建局')).toBe(false);
    // 办 for 办公室, 委 for 委员会 (a city office's words for itself; a county committee's).
    expect(otherBody('市政府外办', '上海市人民政府外事办公室')).toBe(false);
    expect(otherBody('利辛县卫生健康委员会', '利辛县卫健委')).toBe(false);
    expect(otherBody('市政府研究室', '上海市人民政府外事办公室')).toBe(true);
    // Not a name that only adds words before the last character: another office, or left as another.
    expect(otherBody('区政府督查办', '区政府办')).toBe(true);
    expect(otherBody('区教育体育局', '区教育局')).toBe(true);
    // 本机关, 我局 are the body itself; a place alone (a title 2024年兴和县政府信息公开…) is its government.
    expect(otherBody('本机关', '兴和县人民政府')).toBe(false);
    expect(otherBody('我局', '某某县财政局')).toBe(false);
    expect(otherBody('县政府', '兴和县')).toBe(false);
    expect(otherBody('镇政府', '田黄镇')).toBe(false);
    expect(otherBody('苏木政府', '霍林郭勒市达来胡硕苏木')).toBe(false);
    expect(otherBody('街道办事处', '新下陆街道')).toBe(false);
    expect(otherBody('区教育局', '新下陆街道')).toBe(true);
    expect(otherBody('县教育局', '兴和县')).toBe(true);
    const { sourceFromHtml: html } = await import('../../lib/adapters/htmlparser2');
    // 本级政府 is the body itself.
    expect(
      findFacts(html('<p>2020年，本级政府共收到政府信息公开申请56件。</p>').blocks)[0]?.who,
    ).toBeUndefined();
    // hongze-district-gov-2024.pdf: 区政府办代表区政府受理政府信息公开申请17件 is the government's.
    const { sourceFromHtml: parse } = await import('../../lib/adapters/htmlparser2');
    const [f] = findFacts(parse('<p>区政府办代表区政府受理政府信息公开申请17件。</p>').blocks);
    expect(otherBody(f?.who, '洪泽区人民政府')).toBe(false);
  });

  it('takes a body with a second name in brackets for itself under either name', async () => {
    const { otherBody } = await import('../../lib/recognise/facts');
    // Real titles: a district's 2020 report (我区…主动公开…1338条 was passed over as another body's),
    // a prefecture's and a county's government with their offices.
    expect(otherBody('区政府', '高新区(新市区)')).toBe(false);
    expect(otherBody('州政府办公室', '黔东南州人民政府(州政府办公室)')).toBe(false);
    expect(otherBody('县政府', '黄平县人民政府（政府办公室）')).toBe(false);
    expect(otherBody('高港区卫生健康委员会', '泰州医药高新区(高港区)卫生健康委员会')).toBe(false);
    expect(otherBody('区政府办公室', '清远市清新区人民政府办公室(以下简称区政府办公室)')).toBe(false);
    expect(otherBody('高新区(新市区)', '高新区(新市区)')).toBe(false);
    expect(otherBody('高新区(新市区)管委会', '高新区管委会')).toBe(false);
    // Another body to both names is another body still.
    expect(otherBody('区教育局', '高新区(新市区)')).toBe(true);
    expect(otherBody('州教育局', '黔东南州人民政府(州政府办公室)')).toBe(true);
    expect(otherBody('区统计局', '泰州医药高新区(高港区)卫生健康委员会')).toBe(true);
  });

  it('reads figures set apart from their words by spaces, as a word processor spaces them', () => {
    // Real reports' sentences with spaces (or no-break ones) round each figure: 剩余 6 件 and 办结政府信息
    // 公开 312 件 went unread where 剩余6件 and 办结…312件 were read.
    const facts = agencyFacts(
      '某某局',
      '<p>2023年，我局新收政府信息公开申请 147 件，上年结转政府信息公开申请 5 件，共答复办结政府信息公开 146 件，剩余 6 件结转下年度继续办理。</p>',
    );
    expect(facts).toMatchObject({
      'f.applications_received': 147,
      'f.carried_in': 5,
      'f.applications_closed': 146,
      'f.carried_out': 6,
    });
    // And the year it is carried into: 结转至 2024 年答复 1 件 (31 corpus reports so spaced lost theirs).
    expect(
      agencyFacts(
        '某某局',
        '<p>2023年，我局共收到政府信息公开申请 12 件，已办结 11 件，结转至 2024 年答复 1 件。</p>',
      )['f.carried_out'],
    ).toBe(1);
  });

  it('reads the cases that arose under heading 依申请公开, and counts under a run-in heading', () => {
    // A county's words: the cases arose from the applications the paragraph is about.
    const arose = factsOf(
      '<p>（二）依申请公开情况</p><p>2022年,我县共收到政府信息公开申请21件,均在规定时间内按要求回复。2022年度发生行政复议案件1件,为其他结果;行政诉讼案件1件,为其他结果。</p>',
    );
    expect(arose['f.reviews']?.value).toBe(1);
    expect(arose['f.suits']?.value).toBe(1);
    // The heading run in, opening a long paragraph (a county office's words).
    const runIn = factsOf(
      '<p>(二)依申请公开情况。完善《政府信息公开指南》,规范依申请公开登记、审核、答复、送达、归档各个环节的办理流程。2024年共受理依申请公开14件。发生行政复议1件,申请人已撤回;发生行政诉讼1件,结果维持。</p>',
    );
    expect(runIn['f.reviews']?.value).toBe(1);
    expect(runIn['f.suits']?.value).toBe(1);
    // After the paragraph's indent (a district's 2025 report, set so as most pages set their text).
    for (const indent of ['\u3000\u3000', '\u00a0\u00a0', ' ']) {
      const indented = factsOf(
        `<p>${indent}(二)依申请公开。严格遵循依申请公开接收、登记、办理、答复、归档等各环节。2025年区政府办公室共收到政府信息公开申请32件,办结上年结转3件,今年共办结35件。办结件均严格按照法定程序,在规定时限内予以答复。今年发生行政复议5件,发生行政诉讼3件。</p>`,
      );
      expect([indented['f.reviews']?.value, indented['f.suits']?.value], JSON.stringify(indent)).toEqual([
        5, 3,
      ]);
    }
    const received = factsOf(
      '<p>(二)依申请公开方面。持续规范依申请公开办理流程,统一答复文书格式,建立健全协查、会商、提示工作机制。全年共收到公开申请32件,均在法定期限内予以答复。</p>',
    );
    expect(received['f.applications_received']?.value).toBe(32);
    // Led by 被 or 引起, and after a note in brackets that names another year (a county office's words).
    expect(
      factsOf('<p>（二）依申请公开情况</p><p>答复完毕15件。答复后被行政复议9件,全部维持。</p>')['f.reviews']
        ?.value,
    ).toBe(9);
    expect(
      factsOf(
        '<p>（二）依申请公开情况</p><p>规范办理答复完成24件,因不服答复引起行政复议3件,1件结果维持,2件结果纠正。</p>',
      )['f.reviews']?.value,
    ).toBe(3);
    const noted = factsOf(
      '<p>（二）依申请公开情况</p><p>2024年,共收到依申请公开件32件,办结31件,新发生行政复议案件2件(其中1件为2023年信息公开件),结果维持1件、被纠错1件;新发生行政诉讼案件1件,未审结1件。</p>',
      { years: [2024], agency: '淳安县人民政府办公室' },
    );
    expect([noted['f.reviews']?.value, noted['f.suits']?.value]).toEqual([2, 1]);
    // Cases the body handled (办理), or cases under another heading, stay unread.
    expect(
      factsOf('<p>（二）依申请公开情况</p><p>全年共收到政府信息公开申请21件。办理行政复议案件5件。</p>')[
        'f.reviews'
      ],
    ).toBeUndefined();
    expect(
      factsOf('<p>（三）政府信息管理情况</p><p>本年度发生行政复议案件3件。</p>')['f.reviews'],
    ).toBeUndefined();
  });

  it('does not take the reviews a body decided as the review authority for those brought against it', () => {
    const f = factsOf(
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>区政府作为复议机关共办理行政复议案件30件。区政府因政府信息公开工作被申请行政复议4件。</p>',
    );
    expect(f['f.reviews']?.value).toBe(4);
    expect(factsOf('<p>本年度共受理行政复议申请12件。</p>')['f.reviews']).toBeUndefined();
    // 收到 reviews 针对我 (a street's 2024, an office's 2009 report): brought against it.
    expect(
      factsOf(
        '<p>2024年，收到针对我街道信息公开事务的行政复议0件，收到针对我街道信息公开事务的行政诉讼0件。</p>',
      )['f.reviews']?.value,
    ).toBe(0);
    expect(factsOf('<p>答复6件，收到针对我办政府信息公开的行政复议3件。</p>')['f.reviews']?.value).toBe(3);
  });

  it("does not take the departments' 主动公开 count for this body's", () => {
    const f = factsOf('<p>区政府各部门主动公开政府信息30000条。</p><p>区政府主动公开政府信息12856条。</p>');
    expect(f['f.proactive_total']?.value).toBe(12856);
    // A city's counties and districts together (县区, 区县): a real city report's 35212 was taken.
    const city = factsOf(
      '<p>全市各级行政机关主动公开政府信息66551条，其中，市本级公开政府信息31339余条，县区公开政府信息35212条。</p>',
    );
    expect(city['f.proactive_total']).toBeUndefined();
    expect(
      factsOf('<p>各区县共收到政府信息公开申请300件。市政府收到政府信息公开申请20件。</p>')[
        'f.applications_received'
      ]?.value,
    ).toBe(20);
  });

  it('reads the applications closed, not the closed ones of a part of them', () => {
    const part = factsOf(
      '<p>共新收政府信息公开申请56件，上年结转4件；其中上年结转申请办结4件，本年新收申请办结53件。</p>',
    );
    expect(part['f.applications_closed']).toBeUndefined();
    const all = factsOf('<p>共新收政府信息公开申请56件、办结57件，其中上年结转申请办结4件。</p>');
    expect(all['f.applications_closed']?.value).toBe(57);
  });

  it('reads a count said to leave the carried-over applications out (不含上年结转)', () => {
    const f = factsOf('<p>共新收政府信息公开申请56件（不含上年结转4件），办结57件。</p>');
    expect(f['f.applications_received']?.value).toBe(56);
  });

  it('reads the new ones in the brackets of a count that folds in the carried-over ones, quoted with it', () => {
    for (const html of [
      '<p>共收到政府信息公开申请60件（本年新收56件，上年结转4件），办结57件。</p>',
      '<p>共收到政府信息公开申请60件（其中本年新收56件、上年结转4件），办结57件。</p>',
      '<p>共收到政府信息公开申请60件（其中：2021年新收申请56件，上年结转4件），办结57件。</p>',
    ]) {
      const f = factsOf(html);
      expect(f['f.applications_received'], html).toMatchObject({ value: 56 });
      expect(f['f.applications_received']?.quote, html).toMatch(/^共收到政府信息公开申请60件（.*4件）$/);
      expect(f['f.applications_closed']?.value, html).toBe(57);
    }
    // A 办结 inside the brackets is the new ones' alone: the whole's is the one after them.
    const part = factsOf(
      '<p>共收到政府信息公开申请60件（其中本年新收56件，办结53件；上年结转4件，办结4件），共办结57件。</p>',
    );
    expect(part['f.applications_received']?.value).toBe(56);
    expect(part['f.applications_closed']?.value).toBe(57);
    // Brackets that give no new ones, or not first: the count is passed over as before.
    for (const html of [
      '<p>共收到政府信息公开申请60件（含上年结转4件），办结57件。</p>',
      '<p>共收到政府信息公开申请60件（上年结转4件，本年新收56件），办结57件。</p>',
    ])
      expect(factsOf(html)['f.applications_received'], html).toBeUndefined();
  });

  it('passes over a count whose brackets give a body’s share of it: the table may count it in or not', () => {
    for (const [html, key] of [
      ['<p>全年出台规范性文件9件（含区政府办公室3件）。</p>', 'f.normative_made'],
      ['<p>全年出台规范性文件9件（其中区政府3件，区政府办公室6件）。</p>', 'f.normative_made'],
      ['<p>因政府信息公开工作被申请行政复议5件（含区政府办公室2件）。</p>', 'f.reviews'],
      ['<p>共收到政府信息公开申请56件（其中区政府办公室20件）。</p>', 'f.applications_received'],
      // Or a subject said to take one in.
      ['<p>区政府（含区政府办公室）共新收政府信息公开申请65件。</p>', 'f.applications_received'],
      ['<p>区政府（含所属单位）制发规范性文件9件。</p>', 'f.normative_made'],
    ] as const)
      expect(factsOf(html)[key], html).toBeUndefined();
    // Other words in the brackets leave the count as it is.
    for (const html of [
      '<p>全年出台规范性文件9件（含废止1件）。</p>',
      '<p>全年出台规范性文件9件（均已备案）。</p>',
    ])
      expect(factsOf(html)['f.normative_made']?.value, html).toBe(9);
    expect(
      factsOf('<p>共收到政府信息公开申请56件（含网上申请40件）。</p>')['f.applications_received']?.value,
    ).toBe(56);
  });

  it('passes over a count that the sentence corrects', () => {
    for (const html of [
      '<p>共收到政府信息公开申请58件，剔除重复申请2件后为56件。</p>',
      '<p>共收到政府信息公开申请61件，合并同一申请人的相同申请后计56件。</p>',
    ])
      expect(factsOf(html)['f.applications_received'], html).toBeUndefined();
    // Brackets that say nothing of them leave the count as it was.
    expect(
      factsOf('<p>共收到政府信息公开申请56件（其中网上申请40件，信函申请16件）。</p>')[
        'f.applications_received'
      ]?.value,
    ).toBe(56);
  });

  it("passes over one channel's count and a month's share, for the year's count after them", () => {
    const received = (html: string) => factsOf(html)['f.applications_received']?.value;
    expect(
      received('<p>通过网上申请平台收到政府信息公开申请30件，通过信函收到政府信息公开申请26件。</p>'),
    ).toBe(undefined);
    expect(received('<p>网上受理政府信息公开申请30件，当面受理政府信息公开申请26件。</p>')).toBe(undefined);
    expect(received('<p>月均收到政府信息公开申请5件，全年共新收政府信息公开申请56件。</p>')).toBe(56);
    expect(received('<p>单月最多收到政府信息公开申请12件，全年共新收政府信息公开申请56件。</p>')).toBe(56);
    // Channels listed together, and a total over them: all of them.
    expect(received('<p>通过网上、信函、当面等方式共收到政府信息公开申请56件。</p>')).toBe(56);
  });

  it('reads the statistics period and the publication date with their positions', () => {
    const f = factsOf(
      '<div>发布日期：2021-01-29</div><p>报告中所列数据的统计期限自2020年1月1日起至12月31日止。</p>',
    );
    expect(f['f.published']?.value).toBe(20210129);
    expect(f['f.period_year']?.value).toBe(2020);
    expect(f['f.period_year']?.pos).toMatchObject({ block: 1 });
  });

  it('reads a paragraph whose spans stand on lines of their own (an editor that indents its markup)', () => {
    // 451 real excerpts so set: 231 pages lost titles, years and counts, 3 their detection.
    const f = factsOf(`<p>
      <span style="font-size:16px">本报告所列数据的统计期限自2022年1月1日起至</span>
      <span style="font-size:16px">2022年12月31日止。全年主动公开</span>
      <span style="font-size:16px">政府信息120条，收到政府信息公开申请</span>
      <span style="font-size:16px">3件。</span>
    </p>`);
    expect(f['f.period_year']?.value).toBe(2022);
    expect(f['f.proactive_total']).toMatchObject({ value: 120, quote: '全年主动公开政府信息120条' });
    expect(f['f.applications_received']?.value).toBe(3);
  });

  it("reads an info bar's bare 时间: after a list's bullet, with no space between (a printed page)", () => {
    // A township's and a provincial bureau's info bars (• 时间:2020-01-23 14:59), as a PDF of the
    // page gives them: the bullet against the label, and the date was lost.
    expect(factsOf('<p>•时间:2020-01-23 14:59</p><p>一、总体情况</p>')['f.published']?.value).toBe(20200123);
    expect(factsOf('<p>• 时间: 2022-01-29 09:47</p>')['f.published']?.value).toBe(20220129);
    // Not a word's end that reads 时间 (办理时间:…): a bullet, a space or the line's start only.
    expect(factsOf('<p>办理时间:2020-01-23</p>')['f.published']).toBe(undefined);
  });

  it("passes over another year's counts once the report's year is known", () => {
    const body =
      '<p>2019年区政府新收政府信息公开申请48件；2020年，区政府共新收政府信息公开申请56件，办结57件。</p>' +
      '<p>上年度因政府信息公开被申请行政复议2件。2020年，因政府信息公开工作被申请行政复议4件，被提起行政诉讼3件，去年为1件。</p>' +
      '<p>2019年主动公开政府信息900条，2020年主动公开政府信息1200条。</p>';
    const src = sourceFromHtml(`<html><body>${body}</body></html>`);
    const read = (years?: number[]) =>
      Object.fromEntries(findFacts(src.blocks, years && { years, agency: null }).map((f) => [f.fact.key, f]));
    // Not knowing the year, the first of each is read, with the year its sentence names.
    const first = read();
    expect(first['f.applications_received']).toMatchObject({ fact: { value: 48 }, when: 2019 });
    expect(first['f.reviews']).toMatchObject({ fact: { value: 2 }, when: 'previous' });
    expect(first['f.proactive_total']).toMatchObject({ fact: { value: 900 }, when: 2019 });
    const own = read([2020]);
    expect(own['f.applications_received']?.fact).toMatchObject({
      value: 56,
      quote: '区政府共新收政府信息公开申请56件',
    });
    expect(own['f.applications_closed']?.fact.value).toBe(57);
    expect(own['f.reviews']?.fact.value).toBe(4);
    expect(own['f.suits']?.fact.value).toBe(3);
    expect(own['f.proactive_total']?.fact.value).toBe(1200);
    expect(Object.values(own).some((f) => 'when' in f)).toBe(false);
    // A report whose statistics period names another year than its title: both are its years.
    expect(read([2020, 2019])['f.applications_received']?.fact.value).toBe(48);
  });

  it('keeps the counts of a report whose title and statistics period name different years', async () => {
    const { readFileSync } = await import('node:fs');
    const { audit } = await import('../../lib/audit');
    // seed001-cms-year-mismatch: titled 2023, its statistics period 2022; its prose then says 2022.
    const html = readFileSync(new URL('../fixtures/seed001-cms-year-mismatch.html', import.meta.url), 'utf8');
    const said = '<p>2022年，本机关共收到政府信息公开申请9件，办结9件。</p>';
    const a = audit(sourceFromHtml(html.replace('</body>', `${said}</body>`)));
    expect(a.report.year).toBe(2023);
    expect(a.report.facts.find((f) => f.key === 'f.applications_received')?.value).toBe(9);
  });

  it('reads a report with another year in its prose through to its own figures', async () => {
    const { readFileSync } = await import('node:fs');
    const { audit } = await import('../../lib/audit');
    const html = readFileSync(new URL('../fixtures/district-gov-2020.html', import.meta.url), 'utf8')
      .replace('2020年，区政府共新收', '2019年区政府新收政府信息公开申请48件；2020年，区政府共新收')
      .replace('2020年，因政府信息公开工作被申请行政复议4件', '上年度被申请行政复议2件。$&');
    const a = audit(sourceFromHtml(html));
    expect(a.report.year).toBe(2020);
    const value = (key: string) => a.report.facts.find((f) => f.key === key)?.value;
    expect([value('f.applications_received'), value('f.reviews')]).toEqual([56, 4]);
    expect(a.findings.filter((f) => f.rule === 'text-table-mismatch')).toEqual([]);
  });
});

describe('counts of part of the year, of years up to now, or of others', () => {
  it('reads no kind, channel or column as the total where the text gave only the whole jurisdiction’s', () => {
    // 平潭综合实验区 2017 and 2018 (a zone's own reports): 全区主动公开政府信息2122条 (set aside, as every 全区
    // count), then each kind's work in a paragraph of its own, and the new-media accounts' counts.
    const zone = (body: string) => agencyFacts('平潭综合实验区', body, 2017)['f.proactive_total'];
    expect(
      zone(
        '<p>我区各部门共开设新媒体数量70个。其中微博29个，共发布信息1992条；微信公众号41个，共发布信息3404条。</p>',
      ),
    ).toBeUndefined();
    expect(
      zone(
        '<p>（2）推进财政资金信息公开。进一步规范栏目设置。</p><p>财政资金信息今年共发布348条信息，其中政府预决算公开19条。</p>',
      ),
    ).toBeUndefined();
    expect(
      zone(
        '<p>（4）推进国资国企信息公开。及时公开国有企业改革重组、人事变动等信息，今年共发布10条信息。</p>',
      ),
    ).toBeUndefined();
    expect(
      zone('<p>（5）推进安全生产信息公开。公开安全检查、事故调查处理等信息。全年共发布信息84条。</p>'),
    ).toBeUndefined();
    const whole = '<p>2017年全区主动公开政府信息2122条。</p>';
    expect(
      zone(`${whole}<p>（四）开展政策解读工作情况</p><p>2017年，共公开发布信息82条。</p>`),
    ).toBeUndefined();
    // Without the jurisdiction's total first, or under a heading of all information, 共 still says all.
    expect(zone('<p>（四）开展政策解读工作情况</p><p>2017年，共公开发布信息82条。</p>')).toBe(82);
    expect(zone('<p>（1）推进政府信息公开。全年共发布信息84条。</p>')).toBe(84);
    expect(zone('<p>政府信息今年共发布348条信息。</p>')).toBe(348);
  });

  it('reads no count of a work item the paragraph numbers in its text as the total where the item names a kind', () => {
    // 平潭综合实验区管委会办公室 2019: （三）把握重点，扎实推进。一是推进行政执法信息公开。…今年共公开632条信息。
    // 二是… — the law-enforcement column's count, not the office's 主动公开 (its 公文类 count, 33, is given earlier).
    const office = (body: string) =>
      agencyFacts('平潭综合实验区管委会办公室', body, 2019)['f.proactive_total'];
    const item =
      '在政府门户网站开设“行政执法公示”专栏，对行政执法事前、事后情况进行公示，今年共公开632条信息。二是推进规范性文件公开。';
    expect(office(`<p>（三）把握重点，扎实推进。一是推进行政执法信息公开。${item}</p>`)).toBeUndefined();
    expect(
      office(`<p>（三）把握重点。一是推进行政执法信息公开。开设专栏，今年共公开信息632条。</p>`),
    ).toBeUndefined();
    // An item of all the information (政务信息公开), or one that names no kind, still counts all of it.
    expect(office(`<p>（三）把握重点，扎实推进。一是推进政务信息公开。${item}</p>`)).toBe(632);
    expect(office(`<p>一是推进行政执法信息公开。二是加强平台建设，今年共公开信息632条。</p>`)).toBe(632);
  });

  const value = (body: string, key: string) => factsOf(body)[key]?.value;

  it.each([
    ['a quarter', '<p>第四季度新收政府信息公开申请20件。全年共新收政府信息公开申请56件。</p>'],
    ['a month', '<p>12月份收到政府信息公开申请10件。2020年，本机关共新收政府信息公开申请56件。</p>'],
    [
      'half a year',
      '<p>上半年收到政府信息公开申请30件，下半年收到26件，全年共新收政府信息公开申请56件。</p>',
    ],
    ['months up to November', '<p>1至11月收到政府信息公开申请50件。全年共新收政府信息公开申请56件。</p>'],
    [
      'years since the regulation',
      '<p>条例施行以来，累计收到政府信息公开申请1200件；本年度新收政府信息公开申请56件。</p>',
    ],
    [
      'a span of years ending in the report’s',
      '<p>2018年至2020年，区政府共新收政府信息公开申请156件；2020年新收政府信息公开申请56件。</p>',
    ],
    [
      'a span of years with a dash',
      '<p>2018—2020年共新收政府信息公开申请156件。全年共新收政府信息公开申请56件。</p>',
    ],
    [
      'a span of years in Chinese numerals',
      '<p>二〇一八年到二〇二〇年共新收政府信息公开申请156件。全年共新收政府信息公开申请56件。</p>',
    ],
    ['the last three years', '<p>三年来，共新收政府信息公开申请156件。全年共新收政府信息公开申请56件。</p>'],
  ])('passes over a count for %s to the year’s', (_, body) => {
    expect(value(body, 'f.applications_received')).toBe(56);
  });

  it('reads a count after a span of years that names the year again, and 一年来 as the year', () => {
    expect(
      value(
        '<p>2018年至2020年申请量逐年上升，2020年共新收政府信息公开申请56件。</p>',
        'f.applications_received',
      ),
    ).toBe(56);
    expect(value('<p>一年来，本机关共新收政府信息公开申请56件。</p>', 'f.applications_received')).toBe(56);
    // A date's span within the year is the year.
    expect(
      value('<p>2020年1月1日至2020年12月31日，共新收政府信息公开申请56件。</p>', 'f.applications_received'),
    ).toBe(56);
  });

  it('reads the year’s 办结 past a month’s, and 截至目前已办结 as the year’s so far', () => {
    const closed = (body: string) => value(body, 'f.applications_closed');
    expect(closed('<p>2020年共新收政府信息公开申请56件，12月份办结10件，全年办结57件。</p>')).toBe(57);
    expect(closed('<p>2020年共新收政府信息公开申请56件，上年结转4件，截至目前已办结20件。</p>')).toBe(20);
  });

  it('takes January to December, and a date’s month, as the year', () => {
    expect(value('<p>2020年1—12月，本机关共新收政府信息公开申请56件。</p>', 'f.applications_received')).toBe(
      56,
    );
    expect(
      value('<p>截至2020年12月31日，本机关共收到政府信息公开申请56件。</p>', 'f.applications_received'),
    ).toBe(56);
  });

  it('passes over a planned count for the one done', () => {
    expect(value('<p>全年计划制发规范性文件8件，实际制发规范性文件6件。</p>', 'f.normative_made')).toBe(6);
    expect(value('<p>年初计划制发规范性文件8件。全年制发规范性文件6件。</p>', 'f.normative_made')).toBe(6);
    // A body's old name is no plan.
    expect(value('<p>区卫生和计划生育委员会制发规范性文件6件。</p>', 'f.normative_made')).toBe(6);
  });

  it('passes over a count of the last few years for the year’s', () => {
    expect(value('<p>近三年来共制发规范性文件20件。全年制发规范性文件6件。</p>', 'f.normative_made')).toBe(6);
    // Since a five-year plan, a party congress or this government took office: years, not the year.
    for (const since of ['“十四五”以来', '十四五以来', '党的十八大以来', '本届政府以来'])
      expect(
        value(
          `<p>${since}共收到政府信息公开申请150件。2023年共新收政府信息公开申请56件。</p>`,
          'f.applications_received',
        ),
      ).toBe(56);
    expect(
      value(
        '<p>连续3年共收到政府信息公开申请150件。2020年共新收政府信息公开申请56件。</p>',
        'f.applications_received',
      ),
    ).toBe(56);
  });

  it('passes over documents made to date, and those of the departments once the agency is known', () => {
    expect(value('<p>截至目前，共制发规范性文件200件。全年制发规范性文件6件。</p>', 'f.normative_made')).toBe(
      6,
    );
    const src = sourceFromHtml(
      '<html><body><p>部门制发规范性文件23件。</p><p>全年制发规范性文件6件。</p></body></html>',
    );
    const made = (agency: string | null) =>
      findFacts(src.blocks, { years: [2020], agency }).find((f) => f.fact.key === 'f.normative_made');
    expect(made('XX区人民政府')?.fact.value).toBe(6);
    expect(findFacts(src.blocks).find((f) => f.fact.key === 'f.normative_made')?.who).toBe('部门');
  });

  it('passes over reviews carried over from last year', () => {
    const body =
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>上年度结转的行政复议案件2件已审结。2020年，因政府信息公开工作被申请行政复议4件。</p>';
    expect(value(body, 'f.reviews')).toBe(4);
  });

  it('passes over a count of cases that folds in the carried-over ones, or counts one kind of suit', () => {
    const head = '<p>四、政府信息公开行政复议、行政诉讼情况</p>';
    expect(value(`${head}<p>因政府信息公开工作被申请行政复议5件（含上年结转1件）。</p>`, 'f.reviews')).toBe(
      undefined,
    );
    expect(value(`${head}<p>因政府信息公开工作被申请行政复议4件（不含上年结转1件）。</p>`, 'f.reviews')).toBe(
      4,
    );
    // Last year's named after the count: 表四 may give the count with them or without them.
    const beside = `${head}<p>因政府信息公开工作被申请行政复议3件，另有上年结转的1件已审结；被提起行政诉讼4件。</p>`;
    expect(value(beside, 'f.reviews')).toBe(undefined);
    expect(value(beside, 'f.suits')).toBe(4);
    const suits = `${head}<p>因政府信息公开工作被申请行政复议4件，被提起行政诉讼3件，另有上年结转的行政诉讼1件。</p>`;
    expect(value(suits, 'f.reviews')).toBe(4);
    expect(value(suits, 'f.suits')).toBe(undefined);
    // The applications' carried over, in the same sentence, leave the cases' counts alone.
    const applications = `${head}<p>因政府信息公开工作被申请行政复议4件，被提起行政诉讼4件，上年结转申请4件均已办结。</p>`;
    expect(value(applications, 'f.suits')).toBe(4);
    const kinds = `${head}<p>因政府信息公开工作被申请行政复议4件，复议后提起行政诉讼1件，未经复议直接提起行政诉讼3件。</p>`;
    expect(value(kinds, 'f.suits')).toBe(undefined);
    expect(value(kinds, 'f.reviews')).toBe(4);
  });

  it('takes the suits said to be about 信息公开 over a count of all suits before them', () => {
    const body =
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>区政府作为被告的行政诉讼案件共120件。2020年，因政府信息公开工作被申请行政复议4件，被提起行政诉讼4件。</p>';
    expect(value(body, 'f.suits')).toBe(4);
  });
});

describe('who applied', () => {
  const value = (body: string, key: string) => factsOf(body)[key]?.value;

  it('reads natural and legal persons after the count, in its sentence or the next one opening with 其中', () => {
    const one =
      '<p>2020年，本机关共新收政府信息公开申请56件，其中自然人申请48件，法人或其他组织申请8件。</p>';
    expect([value(one, 'f.applicants.natural'), value(one, 'f.applicants.legal')]).toEqual([48, 8]);
    const two =
      '<p>2020年，本机关共新收政府信息公开申请56件。其中，公民申请48件，法人和其他组织申请8件。</p>';
    expect([value(two, 'f.applicants.natural'), value(two, 'f.applicants.legal')]).toEqual([48, 8]);
  });

  it('reads none beside a count that folds in the carried-over ones, nor in a later sentence', () => {
    const carried = '<p>共受理政府信息公开申请60件（含上年结转4件），其中自然人申请53件。</p>';
    expect(value(carried, 'f.applicants.natural')).toBeUndefined();
    const later = '<p>共新收政府信息公开申请56件。办结57件。自然人申请48件。</p>';
    expect(value(later, 'f.applicants.natural')).toBeUndefined();
  });
});

describe('report metadata', () => {
  it.each([
    ['相山区城市管理局2020年政府信息公开工作年度报告', '相山区城市管理局'],
    ['2022年度螅镇政府信息公开工作年度报告', '螅镇'],
    ['会仪镇人民政府2021年信息公开年度报告', '会仪镇人民政府'],
    ['2020年政府信息公开工作年度报告', null],
    ['北京市统计局政府信息公开工作2021年度报告', '北京市统计局'],
    ['关于XX县人民政府2021年政府信息公开工作年度报告', 'XX县人民政府'],
    ['关于公布相山区教育局2020年政府信息公开工作年度报告的通知', '相山区教育局'],
    ['关于印发相山区教育局2020年政府信息公开工作年度报告的通知', '相山区教育局'],
    // The report's name in brackets in a sentence or a notice (a city's 2023 report: the agency was
    // `按照《中华人民共和国政府信息公开条例》的要求,现向社会公开《渭南市人民政府`).
    [
      '按照《中华人民共和国政府信息公开条例》的要求,现向社会公开《渭南市人民政府2023年度政府信息公开工作年度报告》。',
      '渭南市人民政府',
    ],
    ['关于公开《渭南市人民政府2023年度政府信息公开工作年度报告》的通知', '渭南市人民政府'],
    ['渭南市教育局关于公开《2023年度政府信息公开工作年度报告》的通知', '渭南市教育局'],
    ['按照《条例》的要求,现向社会公开《2023年度政府信息公开工作年度报告》。', null],
    // The same sentence with no brackets around the report's name (谯城区医疗保障局 2020, its first line).
    [
      '按照《中华人民共和国政府信息公开条例》要求,特向社会公布谯城区医疗保障局2020年政府信息公开工作年度报告。',
      '谯城区医疗保障局',
    ],
    ['根据条例规定，现公布XX县民政局2020年度政府信息公开工作年度报告', 'XX县民政局'],
    ['按照条例要求，特向社会公布2020年度政府信息公开工作年度报告', null],
    // The year in brackets, before or after the name.
    ['【2020年】相山区人民政府政府信息公开工作年度报告', '相山区人民政府'],
    ['相山区财政局政府信息公开工作年度报告（2020年度）', '相山区财政局'],
    ['相山区政府信息公开工作年度报告（2020年）', '相山区'],
    ['相山区人民政府信息公开工作年度报告（2020年度）', '相山区人民政府'],
    // The body in brackets after the title (a Shanghai town's 2022); not what else may stand there.
    ['2022年政府信息公开工作年度报告(上海市嘉定区安亭镇人民政府)', '上海市嘉定区安亭镇人民政府'],
    ['2022年政府信息公开工作年度报告（全文）', null],
    ['2021年相山区财政局政府信息公开工作年度报告（全文）', '相山区财政局'],
    ['2020年相山区人民政府信息公开工作年度报告', '相山区人民政府'],
    // A portal's tag before the title (a city bureau's 2024 report).
    ['【文字】2024年丽水市林业局政府信息公开工作年度报告', '丽水市林业局'],
    // A flipbook page's title, its page named first.
    ['Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告', '威海市文登区信访局'],
    ['第8页 - 威海市文登区信访局2022年政府信息公开工作年度报告', '威海市文登区信访局'],
    // A bare year a portal sets before the name (a township's 2025 heading).
    ['2025湖口县大垅乡2025年度政府信息公开工作年度报告', '湖口县大垅乡'],
    // A portal's title for a body's own report names no body.
    ['2022年度本级政府信息公开年度报告', null],
    // Nor do titles by other words a body says itself by (three real portals' titles).
    ['2022年度本级政府(机关)信息公开工作年度报告', null],
    ['我局2021年度政府信息公开年度报告', null],
    ['2019年度我乡信息公开工作年度报告', null],
    // Nor does a notice's, whose words before the year are what it asks.
    ['关于认真做好2022年度政府信息公开工作年度报告', null],
    // Bodies whose names end otherwise than 局 or 政府: a forest farm, a park, a port.
    ['某某国有林场2023年政府信息公开工作年度报告', '某某国有林场'],
    ['某某市植物园2023年政府信息公开工作年度报告', '某某市植物园'],
    // A bureau's covering letter: the body named inside the brackets, not 报送《 before it.
    ['关于报送《平潭综合实验区公安局2016年 政府信息公开工作情况》的函', '平潭综合实验区公安局'],
    // A year without its 年 right before the report's name (a district commission's real 2021 title).
    ['东河区卫生健康委员会 2021政府信息公开工作年度报告', '东河区卫生健康委员会'],
  ])('agency of %s', (title, agency) => {
    expect(agencyOf(title)).toBe(agency);
  });

  it('reads a report titled with its year bare before 政府信息公开 (2021政府信息公开工作年度报告)', () => {
    // 东河区卫生健康委员会's 2021 report: no 年 after its year, so the page was no report at all.
    const title = '东河区卫生健康委员会 2021政府信息公开工作年度报告';
    const a = audit(
      sourceFromHtml(
        `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>一、总体情况</p><p>2021年我委主动公开政府信息79条。</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></body></html>`,
      ),
    );
    expect([a.report.agency, a.report.year]).toEqual(['东河区卫生健康委员会', 2021]);
    expect([a.detected, a.reason]).toEqual([true, null]);
    expect(titleYear(title)).toBe(2021);
    // Its words broken over two lines, as a title set so is read (泉港区…2022年政府信息 公开…).
    expect(titleYear('某某局2021政府信息 公开工作年度报告')).toBe(2021);
    expect(agencyOf('某某局2021政府信息 公开工作年度报告')).toBe('某某局');
    // Four figures before other words are no year of it (an index number, a document's).
    expect(titleYear('某某局第2021号政府文件')).toBeNull();
    expect(titleYear('政府信息公开指南（2021修订版）')).toBeNull();
  });

  it("names the body of a page titled for its year's disclosure work in other words than a report's", () => {
    // 平潭县人防办 2011 (信息工作公开) and 平潭综合实验区公安局 2016 (工作情况, in a covering letter):
    // not a report's title, but the page's own, naming its body.
    const page = (title: string) =>
      sourceFromHtml(
        `<html><head><meta name="ArticleTitle" content="${title}"><title>${title}_政府信息公开年报_某某管委会</title></head><body><p>一、概述</p></body></html>`,
      );
    expect(readMeta(page('平潭县人防办2011年度政府信息工作公开年度报告'), [])).toMatchObject({
      titled: false,
      agency: '平潭县人防办',
    });
    expect(readMeta(page('关于报送《平潭综合实验区公安局2016年 政府信息公开工作情况》的函'), []).agency).toBe(
      '平潭综合实验区公安局',
    );
    // A page whose title is not about a year's disclosure work names no body by it.
    expect(readMeta(page('平潭县人防办2011年度工作总结'), []).agency).toBeNull();
    // Its year, too, is the title's, not one made from its date.
    const letter = readMeta(page('关于报送《平潭综合实验区公安局2016年 政府信息公开工作情况》的函'), [
      { fact: { key: 'f.published', value: 20170124, quote: '2017-01-24' }, node: null },
    ]);
    expect(letter).toMatchObject({ year: 2016, yearFromDate: false });
  });

  it('says when the year was made from the publication date, for want of a title or a statistics period', () => {
    const page = sourceFromHtml(
      '<html><head><title>某某局政府信息公开工作年度报告</title></head><body><h1>某某局政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>',
    );
    const dated = [{ fact: { key: 'f.published', value: 20240119, quote: '2024-01-19' }, node: null }];
    expect(readMeta(page, dated)).toMatchObject({ year: 2023, yearFromDate: true });
    const period = [
      ...dated,
      { fact: { key: 'f.period_year', value: 2023, quote: '2023年1月1日至12月31日' }, node: null },
    ];
    expect(readMeta(page, period)).toMatchObject({ year: 2023, yearFromDate: false });
  });

  it("takes a title with its year in brackets after it for the report's title", () => {
    const title = '相山区财政局政府信息公开工作年度报告（2020年度）';
    const m = readMeta(sourceFromHtml(`<body><h1>${title}</h1><p>一、总体情况</p></body>`), []);
    expect(m).toMatchObject({ title, agency: '相山区财政局', year: 2020, titled: true });
  });

  it('takes a title with its body’s long name in brackets after it over an info box line', () => {
    // A Shanghai town's 2022 report, under a portal's document title naming no report.
    const title = '2022年政府信息公开工作年度报告(上海市嘉定区安亭镇人民政府)';
    const m = readMeta(
      sourceFromHtml(
        `<head><title>上海嘉定</title></head><body><p>发布机构: 安亭镇</p><p>${title}</p><p>一、总体情况</p></body>`,
      ),
      [],
    );
    expect(m).toMatchObject({ title, agency: '上海市嘉定区安亭镇人民政府', year: 2022, titled: true });
  });

  it('takes a title broken by a space inside its words (政府信息 公开: a district bureau’s, 2022)', () => {
    for (const title of [
      '泉港区文化体育和旅游局2022年政府信息 公开工作年度报告',
      '黄石港区文化和旅游局2025年度政务 公开工作年度报告',
    ]) {
      const m = readMeta(sourceFromHtml(`<body><h1>${title}</h1><p>一、总体情况</p></body>`), []);
      expect(m, title).toMatchObject({ title, titled: true });
      expect(m.agency, title).toMatch(/局$/);
    }
  });

  it('joins an agency set on its own line above the title', () => {
    const src = sourceFromHtml('<body><p>相山区商务局</p><p>2020年政府信息公开工作年度报告</p></body>');
    const m = readMeta(src, []);
    expect(m).toMatchObject({
      title: '相山区商务局2020年政府信息公开工作年度报告',
      agency: '相山区商务局',
      year: 2020,
    });
  });

  it('joins no line above a title that names its agency after its year, nor an info box’s label', () => {
    // A district bureau's page: its info box's last line, then the report's title.
    const title = '2024年度绍兴市上虞区经济和信息化局政府信息公开工作年度报告';
    const boxed = sourceFromHtml(`<body><p>发布单位: 绍兴市上虞区经济和信息化局</p><p>${title}</p></body>`);
    expect(readMeta(boxed, [])).toMatchObject({ title, agency: '绍兴市上虞区经济和信息化局' });
    const labelled = sourceFromHtml(
      '<body><p>发布单位：相山区商务局</p><p>2020年政府信息公开工作年度报告</p></body>',
    );
    expect(readMeta(labelled, [])).toMatchObject({
      title: '相山区商务局2020年政府信息公开工作年度报告',
      agency: '相山区商务局',
    });
  });

  it('reads an index box’s title wrapped in its cell as one line (…工作年 / 度报告)', () => {
    // A county office's 2025 page printed to PDF, its box's cell wrapped: the title was read with a
    // space, 工作年 度报告. (On the page, a <br> in the cell, as it already was.)
    const src = sourceFromHtml(
      '<head><title>高青县人民政府</title></head><body><table><tr><td>标题:</td><td>高青县人民政府办公室2025年政府信息公开工作年<br>度报告</td></tr><tr><td>索引号:</td><td>11370322004222241N/2026-55661</td></tr></table><p>一、总体情况</p></body>',
    );
    expect(readMeta(src, []).title).toBe('高青县人民政府办公室2025年政府信息公开工作年度报告');
    // As a PDF's table gives it: the cell's two lines.
    const cell = (text: string) => ({ text, rowspan: 1, colspan: 1, node: null });
    const pdf = {
      title: '',
      meta: {},
      blocks: [
        { kind: 'text' as const, text: '高青县人民政府', node: null },
        {
          kind: 'table' as const,
          table: {
            rows: [[cell('标题:'), cell('高青县人民政府办公室2025年政府信息公开工作年\n度报告')]],
            node: null,
          },
        },
        { kind: 'text' as const, text: '一、总体情况', node: null },
      ],
    };
    expect(readMeta(pdf, []).title).toBe('高青县人民政府办公室2025年政府信息公开工作年度报告');
  });

  it('reads an index box’s title line set as a list item, without its bullet or label', () => {
    // A district bureau's page (2025): • 标 题: … as its index box is printed in a list.
    // Also without a colon, as an index box of spans prints (名称 宿迁市水利局…, 标题水城区杨梅乡…), and a
    // bullet before the title alone (• 南京市溧水区人民政府办公室2025年度…).
    for (const lead of ['• 标 题: ', '- 标 题: ', '标 题: ', '标 题 ', '标题', '名称 ', '• ']) {
      const src = sourceFromHtml(
        `<body><p>${lead}福州市鼓楼区市场监督管理局2025年政府信息公开工作年度报告</p><p>一、总体情况</p></body>`,
      );
      expect(readMeta(src, []), lead).toMatchObject({
        title: '福州市鼓楼区市场监督管理局2025年政府信息公开工作年度报告',
        agency: '福州市鼓楼区市场监督管理局',
      });
    }
  });

  it('keeps the year of a title an attachment’s word opens without a colon (附件2023年…)', () => {
    const src = sourceFromHtml(
      '<body><p>附件2023年某某县教育局政府信息公开工作年度报告</p><p>一、总体情况</p></body>',
    );
    expect(readMeta(src, [])).toMatchObject({ year: 2023, titled: true });
  });

  it('reads a breadcrumb’s last step as the title where it is the report’s', () => {
    // A township's page (2024): its breadcrumb ends with the report's title.
    for (const crumb of [
      '您现在所在的位置: 网站首页 > 政府信息公开年度工作报告 > ',
      '当前位置：首页 » 年报 » ',
    ]) {
      const src = sourceFromHtml(
        `<body><p>${crumb}木塔乡人民政府2024年政府信息公开工作年度报告</p><p>一、总体情况</p></body>`,
      );
      expect(readMeta(src, []), crumb).toMatchObject({
        title: '木塔乡人民政府2024年政府信息公开工作年度报告',
        agency: '木塔乡人民政府',
      });
    }
  });

  it('reads a notice’s attachment line as the title, without its label', () => {
    // A ministry's notice publishing its 2020 report (as a mirror site carries it).
    const src = sourceFromHtml(
      '<body><p>按照《中华人民共和国政府信息公开条例》有关要求，我部编制了《应急管理部2020年政府信息公开工作报告》，现予公布。</p><p>附件：应急管理部2020年政府信息公开工作报告</p><p>应急管理部</p></body>',
    );
    expect(readMeta(src, [])).toMatchObject({
      title: '应急管理部2020年政府信息公开工作报告',
      agency: '应急管理部',
      year: 2020,
    });
  });

  it('falls back to the document title and the PubDate meta', () => {
    const src = sourceFromHtml(
      '<head><title>市城管执法局2020年政府信息公开工作年度报告_德阳市人民政府</title><meta name="PubDate" content="2021-01-29 10:00"></head><body><p>正文</p></body>',
    );
    expect(readMeta(src, [])).toMatchObject({
      title: '市城管执法局2020年政府信息公开工作年度报告',
      year: 2020,
      published: '2021-01-29',
    });
  });

  it('reads the title after a portal info bar that a PDF of the page ran into its line', () => {
    const src = sourceFromHtml(
      '<head><title>政府信息公开</title></head><body><p>发布时间：2022-01-18 来源：太平镇 浏览次数：3521 【字体：大 中 小】 【打印】 【关闭】2021年太平镇政府信息公开年度报告</p><p>一、总体情况</p></body>',
    );
    expect(readMeta(src, [])).toMatchObject({
      title: '2021年太平镇政府信息公开年度报告',
      agency: '太平镇',
      year: 2021,
    });
  });

  it('reads a title wrapped onto a short paragraph of its own (…信息公开工作 / 年度报告)', () => {
    // A county bureau's 2013 report: without its title the year was unknown, and the 2019 template's
    // tables were asked of it (three missing-table warnings).
    const src = sourceFromHtml(
      '<head><title>年度报告</title></head><body><p>道县文广新局2013年度信息公开工作</p><p>年度报告</p><p>一、主动公开政府信息的情况:</p><p>2013年度主动公开信息的有5条;</p></body>',
    );
    expect(readMeta(src, [])).toMatchObject({
      title: '道县文广新局2013年度信息公开工作年度报告',
      agency: '道县文广新局',
      year: 2013,
    });
    // Not a line that is a title by itself, nor one followed by a longer paragraph.
    const alone = sourceFromHtml(
      '<body><p>道县文广新局2013年度信息公开工作年度报告</p><p>年度报告</p></body>',
    );
    expect(readMeta(alone, []).title).toBe('道县文广新局2013年度信息公开工作年度报告');
  });

  it('reads a title set as the body and year over 政府信息公开工作年度报告, two paragraphs', () => {
    // Real pages of a street office, a township and a city office (2023, 2025): the second line is 12
    // characters, past the wrapped end read before, and under a title naming no body the page had no
    // title, no agency and no year (a sumu's report was read as no report).
    const page = (lines: string[], title = '政府信息公开年报') =>
      sourceFromHtml(
        `<head><title>${title}</title></head><body>${lines.map((l) => `<p>${l}</p>`).join('')}<p>一、总体情况</p></body>`,
      );
    expect(
      readMeta(page(['2023年上海市黄浦区人民政府打浦桥街道办事处', '政府信息公开工作年度报告']), []),
    ).toMatchObject({
      title: '2023年上海市黄浦区人民政府打浦桥街道办事处政府信息公开工作年度报告',
      agency: '上海市黄浦区人民政府打浦桥街道办事处',
      year: 2023,
    });
    expect(readMeta(page(['儋州市人民政府办公室2023年度', '政府信息公开工作年度报告']), [])).toMatchObject({
      title: '儋州市人民政府办公室2023年度政府信息公开工作年度报告',
      agency: '儋州市人民政府办公室',
    });
    // Not a date's line over it, nor a portal's column name over a title of its own.
    expect(readMeta(page(['发布日期:2024年01月30日', '政府信息公开工作年度报告']), []).titled).toBe(false);
    expect(readMeta(page(['政府信息公开年报', '2023年政府信息公开工作年度报告']), []).title).toBe(
      '2023年政府信息公开工作年度报告',
    );
  });

  it("reads the title after an index box's keyword label on its line (文 号: 关键字: …)", () => {
    // A real district's 2010 report: its index box's fields are spans on lines, and the page's title
    // names the site only. The title and the agency were read with the labels (文号:关键字:白银区).
    const src = sourceFromHtml(
      '<head><title>白银区人民政府</title></head><body><div><span>索 引 号: 234234234444444444/1970-172807</span> <span>生成日期: 2011-01-09</span></div><div><span>文 号: </span><span>关键字: 白银区2010年政府信息公开工作年度报告</span></div><div><span>所属机构: 白银区</span> <span>发布机构: 白银区</span></div><p>白银区2010年政府信息公开工作年度报告</p><p>一、概述</p></body>',
    );
    expect(readMeta(src, [])).toMatchObject({
      title: '白银区2010年政府信息公开工作年度报告',
      agency: '白银区',
      year: 2010,
    });
  });

  it("leaves the site's name out of a document title that joins it with a bare dash", () => {
    const meta = (title: string) =>
      readMeta(sourceFromHtml(`<head><title>${title}</title></head><body><p>正文</p></body>`), []);
    // A real department's page, as its PDF print's metadata gives it (test/fixtures/pdf/lo-shenzhen-…).
    expect(
      meta('深圳市龙岗区住房和建设局2024年政府信息公开工作年度报告--深圳市龙岗区政府门户网站'),
    ).toMatchObject({
      title: '深圳市龙岗区住房和建设局2024年政府信息公开工作年度报告',
      agency: '深圳市龙岗区住房和建设局',
    });
    expect(meta('2023年政府信息公开工作年度报告（全文）-青山县人民政府').title).toBe(
      '2023年政府信息公开工作年度报告（全文）',
    );
    // Figures after the dash are no site's name: left as they are.
    expect(meta('2023年政府信息公开工作年度报告-2024-01-18').title).toBe(
      '2023年政府信息公开工作年度报告-2024-01-18',
    );
  });
});

describe('text copied from a PDF whose font gave radicals for ideographs', () => {
  it('is read as the ideographs: ⽹上申请 and 当⾯申请 are ways of applying, quoted as the page has them', () => {
    const f = factsOf(
      '<p>2023年共收到政府信息公开申请15件，其中⽹上申请10件，信函申请4件，当⾯申请1件。</p>',
    );
    expect(channelValues(f)).toEqual([10, 4, 1]);
    expect(Object.values(f).map((x) => x.quote)).toContain('当⾯申请1件');
  });
});
