import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { variantFindings } from '../../test/unit/page-variants';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import type { Fact } from '../model';
import { fact, makeCtx, makeReport, sampleT3 } from './testing';
import { textPartSum } from './text-part-sum';

const run = (facts: Fact[]) => textPartSum.run(makeReport({ facts }), makeCtx());
const part = (i: number, value: number | null, label: string) =>
  fact(`f.proactive_parts.${i}`, value, `${label}${value ?? ''}条`, label);

/** district-gov-2020 with its 主动公开 sentence replaced by `text`, audited. */
const withProactive = (text: string) =>
  audit(
    sourceFromHtml(
      readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8').replace(
        /区政府通过门户网站主动公开政府信息12856条[^。]*。/,
        text,
      ),
    ),
  );
/** The parts read from that page: name, figure, and ` some` where the list may leave parts out. */
const partsRead = (text: string) =>
  withProactive(text)
    .report.facts.filter((f) => f.key.startsWith('f.proactive_parts'))
    .map((f) => `${f.label} ${f.value}${f.partial ? ' some' : ''}`);
/** Its text-part-sum findings' messages. */
const partSums = (text: string) =>
  withProactive(text)
    .findings.filter((f) => f.rule === 'text-part-sum')
    .map((f) => f.message);

describe('text-part-sum', () => {
  it('fires when the stated total differs from its parts, naming them all', () => {
    const found = run([
      fact('f.proactive_total', 361, '主动公开政府信息361条'),
      part(2, 10, '政策文件'),
      part(1, 100, '领导活动'),
      part(3, 182, '工作动态'),
    ]);
    expect(found).toMatchObject([
      {
        rule: 'text-part-sum',
        severity: 'warning',
        message:
          '正文称「主动公开政府信息361条」，但所列各项 领导活动 100 + 政策文件 10 + 工作动态 182 = 292',
        cells: ['f.proactive_total', 'f.proactive_parts.1', 'f.proactive_parts.2', 'f.proactive_parts.3'],
      },
    ]);
  });

  it('sums no total or part the text gives as an estimate (12800余条, 约12800条, 200多条)', () => {
    // 主动公开政府信息12856条，其中政策文件1025条、…、重点领域信息10984条: the parts add up to 12856. The
    // key areas, which may run across the other kinds, made 其他信息 here: a sum past the total then
    // contradicts it.
    const page = readFileSync(
      new URL('../../test/fixtures/district-gov-2020.html', import.meta.url),
      'utf8',
    ).replace('重点领域信息10984条', '其他信息10984条');
    const total = '区政府通过门户网站主动公开政府信息12856条';
    const part = '政策解读312条';
    expect(page).toContain(total);
    expect(page).toContain(part);
    const rules = (html: string) => audit(sourceFromHtml(html)).findings.map((f) => f.rule);
    for (const rough of ['12800余条', '12800多条', '约12800条', '12800条以上'])
      expect(rules(page.replace(total, total.replace('12856条', rough))), rough).toEqual([]);
    expect(rules(page.replace(total, total.replace('12856条', '12800条')))).toEqual(['text-part-sum']);
    // A part given roughly: the parts add up to no exact sum.
    const shifted = page.replace(total, total.replace('12856', '12800'));
    expect(rules(shifted)).toEqual(['text-part-sum']);
    expect(rules(shifted.replace(part, '政策解读300余条'))).toEqual([]);
  });

  it('after 其中 or 包括 (some of the parts), fires only on parts that add up past the total', () => {
    const some = (i: number, value: number, label: string): Fact => ({
      ...part(i, value, label),
      partial: true,
    });
    // 全年主动公开政府信息52310条，其中政策文件567件，政策解读320篇: two of its kinds, named.
    expect(
      run([fact('f.proactive_total', 52310), some(1, 567, '政策文件'), some(2, 320, '政策解读')]),
    ).toEqual([]);
    const [past] = run([fact('f.proactive_total', 500), some(1, 567, '政策文件'), some(2, 320, '政策解读')]);
    expect(past?.message).toBe('正文称「…500…」，但所列各项 政策文件 567 + 政策解读 320 = 887');
  });

  it('reads 其中 and 包括 lists as some of the parts, 分别 lists as all of them', () => {
    // district-gov-2020 with its 主动公开 sentence replaced.
    const page = readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const said = /区政府通过门户网站主动公开政府信息12856条[^。]*。/;
    const partial = (text: string) =>
      audit(sourceFromHtml(page.replace(said, text)))
        .report.facts.filter((f) => f.key.startsWith('f.proactive_parts'))
        .map((f) => f.partial ?? false);
    expect(partial('全年主动公开政府信息52310条，其中政策文件567件，政策解读320篇。')).toEqual([true, true]);
    expect(partial('主动公开政府信息361条，分别是领导活动100条、政策法规10条。')).toEqual([false, false]);
    expect(partial('主动公开政府信息361条，包括领导活动100条、政策法规10条。')).toEqual([true, true]);
  });

  it('reads kinds listed straight after the total down to the others as all of it, channels not', () => {
    // 平潭综合实验区行政审批局 2022: 主动公开政府信息364条，人事信息17条，…其他应主动公开的政府信息19条 (353).
    const listed =
      '全年主动公开政府信息364条，人事信息17条，国民经济和社会发展规划类信息1条，重大建设项目类信息308条，公共服务类信息8条，其他应主动公开的政府信息19条。';
    expect(partsRead(listed)).toEqual([
      '人事信息 17',
      '国民经济和社会发展规划类信息 1',
      '重大建设项目类信息 308',
      '公共服务类信息 8',
      '其他应主动公开的政府信息 19',
    ]);
    expect(partSums(listed)).toEqual([
      '正文称「全年主动公开政府信息364条」，但所列各项 人事信息 17 + 国民经济和社会发展规划类信息 1 + 重大建设项目类信息 308 + 公共服务类信息 8 + 其他应主动公开的政府信息 19 = 353',
    ]);
    expect(partSums(listed.replace('364条', '353条'))).toEqual([]);
    // No others' closing the list, or a count that is no kind of information: what follows is no list.
    expect(partsRead(listed.replace('其他应主动公开的政府信息19条', '公开指南19条'))).toEqual([]);
    expect(partsRead(listed.replace('公共服务类信息8条', '政策解读8篇'))).toEqual([]);
    // 州公安局通过政府网站公开政府信息754条，通过政务新媒体公开政府信息2808条，通过其他方式公开政府信息54条
    // (a prefecture's police, 2022): channels, each its own count.
    expect(
      partsRead(
        '全年通过政府网站公开政府信息754条，通过政务新媒体公开政府信息2808条，通过其他方式公开政府信息54条。',
      ),
    ).toEqual([]);
  });

  it('reads such a list on where a 。 cuts off its last item, the others’ alone in the next sentence', () => {
    // 平潭综合实验区行政审批局 2023: …行政许可类信息3条。其他应主动公开的政府信息24条。 (312 exactly).
    const cut =
      '全年主动公开政府信息312条，重大建设项目类信息280条，规范性文件类信息5条，行政许可类信息3条。其他应主动公开的政府信息24条。';
    expect(partsRead(cut)).toEqual([
      '重大建设项目类信息 280',
      '规范性文件类信息 5',
      '行政许可类信息 3',
      '其他应主动公开的政府信息 24',
    ]);
    expect(partSums(cut)).toEqual([]);
    expect(partSums(cut.replace('24条', '20条'))).toEqual([
      '正文称「全年主动公开政府信息312条」，但所列各项 重大建设项目类信息 280 + 规范性文件类信息 5 + 行政许可类信息 3 + 其他应主动公开的政府信息 20 = 308',
    ]);
    // The next sentence is another statement (a channel's count, or more than the others' item): no list.
    expect(partsRead(cut.replace('其他应主动公开的政府信息24条', '通过其他渠道发布信息24条'))).toEqual([]);
    expect(
      partsRead(cut.replace('其他应主动公开的政府信息24条', '其他信息24条，政务新媒体发布信息1022条')),
    ).toEqual([]);
  });

  it('ends a list at the applications handled on request, which are no kind of it', () => {
    // 平潭综合实验区自然资源与生态环境局 2022: its kinds make 54 of 64; 办理依申请公开30件 read as an eighth
    // made 84, past the total: a false warning.
    const said =
      '全年政府信息主动公开64条，其中政策及规范性文件类2条，财政预算、决算1条，环境保护8条，征地信息31条，土地划拨2条，其他类9条；办理依申请公开30件。';
    expect(partsRead(said).at(-1)).toBe('其他类 9 some');
    expect(partSums(said)).toEqual([]);
  });

  it('reads a kind whose name holds 、 in a list joined by 、 (安全生产、应急管理类信息)', () => {
    // 平潭综合实验区交通与建设局 2020 (141 exactly).
    const listed =
      '全年主动公开政府信息141条，公开类别主要涉及政策规范性文件信息2条、行政许可类信息3条、重大建设项目信息9条、为民办实事类信息9条、民政扶贫救灾社会保障就业类信息5条、国土资源城乡建设环保能源类信息26条、安全生产、应急管理类信息38条、其他类信息49条。';
    expect(partsRead(listed).slice(-2)).toEqual(['安全生产、应急管理类信息 38', '其他类信息 49']);
    expect(partSums(listed)).toEqual([]);
    expect(partSums(listed.replace('49条', '40条'))).toHaveLength(1);
    // The others joined by 和 (交通与建设局 2022: …安全生产和应急管理类信息44条和其他类信息36条) close it too.
    const joined = listed.replace(
      '、安全生产、应急管理类信息38条、其他类信息49条',
      '、安全生产和应急管理类信息38条和其他类信息49条',
    );
    expect(partsRead(joined).slice(-1)).toEqual(['其他类信息 49']);
    expect(partSums(joined.replace('49条', '40条'))).toHaveLength(1);
    // An item whose figure is missing is one of its own (text-blank-number's), no name's head.
    expect(
      partsRead('全年主动公开政府信息100条，其中工作动态类信息29条、部门概况类信息条、政策文件类信息14条。'),
    ).toEqual(['工作动态类信息 29 some', '部门概况类信息 null some', '政策文件类信息 14 some']);
  });

  it('reads a kind whose name holds 、 in a list joined by ; or , (机构设置、主要职能、办事程序类信息)', () => {
    // 平潭综合实验区财政金融局 2019 (93 listed of 90).
    const closed =
      '全年主动公开信息数共90条，机构设置、主要职能、办事程序类信息共1条；地方性法规、政府规章和规范性文件类信息10条；财政资金管理使用情况等信息52条；财政预决算报告信息5条；工作进展动态和其他应主动公开的政府信息25条。';
    expect(partsRead(closed)).toEqual([
      '机构设置、主要职能、办事程序类信息 1',
      '地方性法规、政府规章和规范性文件类信息 10',
      '财政资金管理使用情况等信息 52',
      '财政预决算报告信息 5',
      '工作进展动态和其他应主动公开的政府信息 25',
    ]);
    expect(partSums(closed)).toHaveLength(1);
    expect(partSums(closed.replace('25条', '22条'))).toEqual([]);
    // A town's, 2014: 59 + 1 + 5 + 8 + 22 + 45 + 28 + 2 = 170 listed after 其中 of 160.
    const some =
      '全年主动公开政府信息数160条,其中,综合政务59条;人事工作信息1条;财政信息5条;教育8条;重要工作会议22条;安全监管45条;人口计划和生育、妇女儿童28条;监察信息2条。';
    expect(partsRead(some)).toHaveLength(8);
    expect(partSums(some)).toHaveLength(1);
    // Words that open a part's own parts (包括…) are no name: the list ends there.
    expect(
      partsRead('全年主动公开政府信息100条，其中政策文件10条，包括通知、公告、决定共5条，工作动态20条。'),
    ).toEqual(['政策文件 10 some']);
  });

  it('reads a name that holds 、 as the first item, after a colon, or with 公共 in it', () => {
    // 平潭综合实验区金井片区管理局 2023 (66 exactly): the first item right after 其中, and 公共 (as 共计's 共 is
    // no name's) in two more; before, its list was read as three some parts.
    const town =
      '全年累计主动公开政府信息66条，其中国民经济和社会发展规划、专项规划、区域规划及相关政策7条，财政预算、决算信息2条，扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况2条，突发公共事件的应急预案、预警信息及应对情况3条，环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况17条，其他应主动公开的政府信息35条。';
    expect(partsRead(town)).toEqual([
      '国民经济和社会发展规划、专项规划、区域规划及相关政策 7',
      '财政预算、决算信息 2',
      '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况 2',
      '突发公共事件的应急预案、预警信息及应对情况 3',
      '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况 17',
      '其他应主动公开的政府信息 35',
    ]);
    expect(partSums(town)).toEqual([]);
    expect(partSums(town.replace('35条', '45条'))).toHaveLength(1);
    // 综合执法与应急管理局 2019: after 包括：, its first item's head.
    const bureau =
      '主动公开政府信息38条，包括：机构设置、主要职能、办事程序类6条，财政预算、决算报告8条，环境保护、公共卫生、安全生产类信息5条，工作信息19条。';
    expect(partsRead(bureau)).toEqual([
      '机构设置、主要职能、办事程序类 6 some',
      '财政预算、决算报告 8 some',
      '环境保护、公共卫生、安全生产类信息 5 some',
      '工作信息 19 some',
    ]);
  });

  it('reads a name that holds 、 and runs on past the 24 characters a name is read by', () => {
    // 平潭综合实验区行政审批局 2017 (739 exactly, its others named 其他应公开信息类文件: some parts): before,
    // the list stopped at its third item, 期限 before the 24 characters read, and held 383 + 213 alone.
    const long =
      '在主动公开的739条政府信息中，重大建设项目的批准和实施情况383条，工程招投标信息213条，行政许可的事项、依据、条件、数量、程序、期限以及申请行政许可需要提交的全部材料目录及办理情况6条，部门预决算4条,其他应公开信息类文件133条。';
    expect(partsRead(`主动公开政府信息739条。${long}`)).toEqual([
      '重大建设项目的批准和实施情况 383 some',
      '工程招投标信息 213 some',
      '行政许可的事项、依据、条件、数量、程序、期限以及申请行政许可需要提交的全部材料目录及办理情况 6 some',
      '部门预决算 4 some',
      '其他应公开信息类文件 133 some',
    ]);
    expect(partSums(`主动公开政府信息739条。${long}`)).toEqual([]);
    expect(partSums(`主动公开政府信息739条。${long.replace('133条', '143条')}`)).toHaveLength(1);
    // Words that open another count stay no name's head, however long the name after them.
    expect(
      partsRead(
        '主动公开政府信息30条，其中政策文件10条，工作动态20条，另、依据条例发布行政许可的事项和申请需要提交的全部材料目录5条。',
      ),
    ).toEqual(['政策文件 10 some', '工作动态 20 some']);
  });

  it('reads the kinds under their heading after a total taken from what the body made, and what a kind all is', () => {
    // 平潭县财政局 2013 (26 exactly): the total is the 主动公开 part beside the other attributes, taken after
    // every block was read; its kinds, two blocks on, were not looked for then. And 均为会计科信息 says what
    // the kind all is, no end of the list.
    const page = (kinds: string) =>
      audit(
        sourceFromHtml(
          `<html><head><title>平潭县财政局2013年度政府信息公开工作年度报告</title></head><body><h1>平潭县财政局2013年度政府信息公开工作年度报告</h1><p>一、概述</p><p>二、主动公开政府信息情况</p><p>（一）主动公开政府信息的数量</p><p>2013年制作、获取政府信息总数26条，其中主动公开政府信息26条，作为依申请公开信息数0条，不予公开信息数0。</p><p>（二）主动公开政府信息的主要类别</p><p>${kinds}</p></body></html>`,
        ),
      );
    const kinds =
      '2013年，在主动公开的26条政府信息中，机构职能、主要职能、办事程序信息共2条，均为会计科信息；为民办实事类信息20条（其中村级公益事业一事一议奖补项目8条；家电下乡进度通报12条）；规划计划类信息4条，均为季度财政收支公示信息。';
    const read = (a: ReturnType<typeof page>) =>
      a.report.facts.filter((f) => f.key.startsWith('f.proactive_parts')).map((f) => `${f.label} ${f.value}`);
    expect(read(page(kinds))).toEqual([
      '机构职能、主要职能、办事程序信息 2',
      '为民办实事类信息 20',
      '规划计划类信息 4',
    ]);
    expect(page(kinds).findings.filter((f) => f.rule === 'text-part-sum')).toEqual([]);
    expect(
      page(kinds.replace('规划计划类信息4条', '规划计划类信息14条')).findings.map((f) => f.rule),
    ).toContain('text-part-sum');
    // Words that do more than say what it all is still end the list.
    expect(read(page(kinds.replace('均为会计科信息', '另发布会计科信息')))).toEqual([
      '机构职能、主要职能、办事程序信息 2',
    ]);
  });

  it('takes the count its kinds are of as the total where no sentence states one', () => {
    // 平潭综合实验区农业农村局 2020 (162 exactly): its only count of the 主动公开 information.
    const page = (text: string) =>
      audit(
        sourceFromHtml(
          `<html><head><title>某某局2020年政府信息公开工作年度报告</title></head><body><h1>某某局2020年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>${text}</p><p>二、主动公开政府信息情况</p></body></html>`,
        ),
      );
    const kinds =
      '2020年我局主动公开的162条信息中，公示公告类97条，部门文件类（含同步重点领域）46条，政策解读类10条，财政资金类4条，扶贫脱贫类4条，农业机械购置补贴类1条。';
    const a = page(kinds);
    expect(a.report.facts.find((f) => f.key === 'f.proactive_total')).toMatchObject({ value: 162 });
    expect(a.report.facts.filter((f) => f.key.startsWith('f.proactive_parts'))).toHaveLength(6);
    expect(a.findings.filter((f) => f.rule === 'text-part-sum')).toEqual([]);
    // (Its 部门文件类（含同步重点领域） names the key areas, which run across the kinds: a sum past the total is
    // held only without them.)
    expect(
      page(kinds.replace('97条', '107条').replace('（含同步重点领域）', '')).findings.map((f) => f.rule),
    ).toContain('text-part-sum');
    // Another year's count of them is no total of this one.
    expect(
      page(kinds.replace('2020年我局主动公开', '2019年我局主动公开')).report.facts.find(
        (f) => f.key === 'f.proactive_total',
      ),
    ).toBeUndefined();
  });

  it('reads the kinds counted after a sentence that names them with no count', () => {
    // 平潭综合实验区市场监督管理局 2015 (158 exactly): before, no part was read.
    const named =
      '我局全年共主动公开政府信息158条，全部信息通过门户网站信息公开专栏进行公开。主动公开类别有七类，分别是机构职能、政策规范性文件、规划计划、行政许可、为民办实事、科教文体卫生、安全生产应急管理等政府信息。其中机构职能类信息30条，政策规范性文件类信息9条，规划计划类信息6条，行政许可类信息12条，为民办实事类信息71条，科教文体卫生类信息10条，安全生产、应急管理类信息20条。';
    expect(partsRead(named)).toHaveLength(7);
    expect(partsRead(named)[6]).toBe('安全生产、应急管理类信息 20 some');
    expect(partSums(named)).toEqual([]);
    expect(partSums(named.replace('71条', '81条'))).toHaveLength(1);
    // A sentence between that counts something else is no naming of the kinds: its 其中 is its own.
    expect(
      partsRead(named.replace('主动公开类别有七类，分别是', '依申请公开类别有2类共3条，分别是')),
    ).toEqual([]);
  });

  it('reads the kinds after 信息类别包括 as some of the parts', () => {
    // 平潭综合实验区海坛片区管理局 2020: twelve kinds make 244 of 254, a column's 10 after them.
    const said =
      '全年我局共公开政府信息254条，信息类别包括行政法规、规章和规范性文件1条；财政预算、决算信息4条；其他应主动公开的政府信息239条；在“基层政务公开标准化规范化建设”专题专栏公开信息10条。';
    expect(partsRead(said)).toEqual([
      '行政法规、规章和规范性文件 1 some',
      '财政预算、决算信息 4 some',
      '其他应主动公开的政府信息 239 some',
    ]);
    expect(partSums(said)).toEqual([]);
    expect(partSums(said.replace('239条', '259条'))).toHaveLength(1);
  });

  it('reads the kinds a total names (公开类别主要涉及, 涵盖, 具体包括) as some of its parts', () => {
    // 平潭综合实验区交通与建设局 2021 (1 + 2 + 12 + 5 + 32 + 34 + 10 = 96).
    const named =
      '全年我局主动公开政府信息96条，公开类别主要涉及机构职能类信息1条、重大建设项目信息2条、为民办实事类信息12条、民政扶贫救灾社会保障就业类信息5条、国土资源城乡建设环保能源类信息32条、安全生产和应急管理类信息34条、其他类信息10条。';
    expect(partsRead(named)).toHaveLength(7);
    // (Its last item the others', it names every part: short of the total too, it contradicts it.)
    expect(partsRead(named)[0]).toBe('机构职能类信息 1');
    expect(partSums(named)).toEqual([]);
    expect(partSums(named.replace('34条', '44条'))).toHaveLength(1);
    expect(partSums(named.replace('34条', '24条'))).toHaveLength(1);
    // Without the others, some of the parts: only a sum past the total.
    const some = named.replace('、其他类信息10条', '');
    expect(partsRead(some)[0]).toBe('机构职能类信息 1 some');
    expect(partSums(some.replace('34条', '24条'))).toEqual([]);
    expect(
      partsRead('全年主动公开信息共计1103条，涵盖信息公开目录103条、概况类信息34条、政务动态323条。'),
    ).toHaveLength(3);
    // Fields with no count named: the next clause's count is another channel's, no part.
    expect(
      partsRead(
        '全年通过政府门户网站公开信息50条，涵盖社会福利、社会救助、社会组织管理等多个领域；通过微信公众号发布信息170条。',
      ),
    ).toEqual([]);
    // 平潭县民政局 2012 (54 exactly) and 2013 (43): 主要类别包括：其中…, the shares between.
    const main =
      '全年我局共主动公开政府信息54条，主要类别包括：其中综合工作类信息7条，占13%；社会组织管理类信息2条，占3%；社会救助类信息17条，占31%；优抚安置类信息14条，占26%；社会福利类信息3条，占6%；社会事务类信息10条，占19%；基层政权类信息1条，占2%。';
    expect(partsRead(main)).toHaveLength(7);
    expect(partsRead(main)[0]).toBe('综合工作类信息 7 some');
    expect(partSums(main)).toEqual([]);
    expect(partSums(main.replace('17条', '27条'))).toHaveLength(1);
  });

  it('reads a list after 其中 that ends on the others as every part, and no figure without a name', () => {
    // 平潭综合实验区社会事业局 2020 (227 listed of 228), a zone's 2021 (694 of 977).
    const listed =
      '全年公开政府信息共228条，其中为民办实事类信息1条，民政扶贫救灾社会保障就业类信息65条，科教文体卫生类信息144条，安全生产、应急管理类信息5条，其他应主动公开的政府信息12条。';
    expect(partsRead(listed).every((p) => !p.endsWith(' some'))).toBe(true);
    expect(partSums(listed)).toHaveLength(1);
    expect(partSums(listed.replace('12条', '13条'))).toEqual([]);
    // Not where the others are not last, or 等 leaves more out.
    expect(partSums(listed.replace('12条。', '12条等。'))).toEqual([]);
    expect(partsRead(listed.replace('12条。', '12条等。')).every((p) => p.endsWith(' some'))).toBe(true);
    // 动态类信息263 7条 (a Word page's number broken across its lines, shown as 263 7): no part named 7.
    const broken = '全年主动公开各类信息6452条，其中发布动态类信息263 7条、政策文件47条，其他信息3768条。';
    expect(partsRead(broken)).toEqual([]);
    expect(partSums(broken)).toEqual([]);
  });

  it('leaves out a part of a part (括号里的其中), and ends the list at a comparison or at channels', () => {
    const page = readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const said = /区政府通过门户网站主动公开政府信息12856条[^。]*。/;
    const audited = (text: string) => audit(sourceFromHtml(page.replace(said, text)));
    const labels = (text: string) =>
      audited(text)
        .report.facts.filter((f) => f.key.startsWith('f.proactive_parts'))
        .map((f) => `${f.label} ${f.value}`);
    const fired = (text: string) => audited(text).findings.filter((f) => f.rule === 'text-part-sum');
    const kinds = ['政策文件 100', '政策解读 300', '人事信息 200', '其他信息 600'];
    for (const text of [
      '主动公开政府信息1200条，分别为：政策文件100条（其中规范性文件6件），政策解读300条，人事信息200条，其他信息600条。',
      '主动公开政府信息1200条，分别为政策文件100条，政策解读300条，人事信息200条，其他信息600条，较上年增加200条。',
      '主动公开政府信息1200条，分别为政策文件100条、政策解读300条、人事信息200条、其他信息600条；通过政务微博发布信息3000条。',
    ]) {
      expect(labels(text), text).toEqual(kinds);
      expect(fired(text), text).toEqual([]);
    }
  });

  it('reads a hostile sentence of 60,000 parts, half of them in brackets, in one pass', () => {
    // Each part once looked back over the whole sentence for an open bracket, and for the year it
    // is in: 214 s on this page.
    const page = readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const kind = (i: number) => `${'甲乙丙丁戊己庚辛壬癸'[i % 10]}类信息`;
    const parts = Array.from({ length: 60_000 }, (_, i) => (i % 2 ? `(${kind(i)}1条)` : `${kind(i)}1条`));
    const a = audit(sourceFromHtml(page.replace('其中政策文件1025条', `其中${parts.join('、')}`)));
    const read = a.report.facts.filter((f) => f.key.startsWith('f.proactive_parts'));
    expect(read).toHaveLength(30_000 + 4);
    expect(read.slice(0, 2).map((f) => f.label)).toEqual(['甲类信息', '丙类信息']);
  });

  it('holds the outcomes the text lists after its 办结 total to it: past it, they contradict it', () => {
    // district-gov-2020 with 表三 shown only as a picture: the prose is all there is to check.
    let page = readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const start = page.indexOf('<table', page.indexOf('三、收到和处理'));
    page = `${page.slice(0, start)}<p><img src="t3.png"></p>${page.slice(page.indexOf('</table>', start) + 8)}`;
    const fired = (html: string) =>
      audit(sourceFromHtml(html)).findings.filter((f) => f.rule === 'text-part-sum');
    expect(fired(page)).toEqual([]);
    const [f] = fired(page.replace('予以公开22件', '予以公开25件'));
    expect(f?.message).toBe(
      '正文称「办结57件」，但其后所列办理结果 予以公开 25 + 部分公开 7 + 不予公开 3 + 无法提供 21 + 不予处理 4 = 60，多于这一总数',
    );
    expect(f?.cells).toEqual([
      'f.applications_closed',
      'f.outcome.granted',
      'f.outcome.partial',
      'f.outcome.denied',
      'f.outcome.unable',
      'f.outcome.refused',
    ]);
    // Short of the total, a list may leave out outcomes of 0: no contradiction.
    expect(fired(page.replace('予以公开22件', '予以公开12件'))).toEqual([]);
    // Unless it lists every outcome down to 其他处理 (上海市人民政府办公厅 2019: 答复805件, then
    // 予以公开及部分公开258件 … 其他处理0件, 716 in all): then short of it contradicts it too.
    const every = page.replace('不予处理4件。', '不予处理4件，其他处理0件。');
    expect(fired(every)).toEqual([]);
    expect(fired(every.replace('予以公开22件', '予以公开12件')).map((x) => x.message)).toEqual([
      '正文称「办结57件」，但其后所列办理结果 予以公开 12 + 部分公开 7 + 不予公开 3 + 无法提供 21 + 不予处理 4 + 其他处理 0 = 47，与这一总数不符',
    ]);
    expect(
      fired(every.replace('予以公开22件，部分公开7件', '予以公开及部分公开19件')).map((x) => x.message),
    ).toEqual([
      '正文称「办结57件」，但其后所列办理结果 予以公开及部分公开 19 + 不予公开 3 + 无法提供 21 + 不予处理 4 + 其他处理 0 = 47，与这一总数不符',
    ]);
    // A count given by one reason and 等 may be that reason's alone (上海市人民政府办公厅 2019's
    // 因本机关不掌握等原因无法提供265件, 表三's 不掌握 row): short of the total is no contradiction then;
    // past it still is.
    const reason = every.replace('无法提供21件', '因本机关不掌握等原因无法提供11件');
    expect(fired(reason)).toEqual([]);
    expect(fired(reason.replace('予以公开22件', '予以公开42件')).map((x) => x.message)).toEqual([
      '正文称「办结57件」，但其后所列办理结果 予以公开 42 + 部分公开 7 + 不予公开 3 + 无法提供 11 + 不予处理 4 + 其他处理 0 = 67，多于这一总数',
    ]);
    // The check ran, and held, on the page as written.
    const check = audit(sourceFromHtml(page)).checks.find((c) => c.rule === 'text-part-sum');
    expect(check?.status).toBe('passed');
  });

  it('does not add up counts by publication channel, which overlap, unless they do add up', () => {
    const some = (i: number, value: number, label: string): Fact => ({
      ...part(i, value, label),
      partial: true,
    });
    const channels = [some(1, 1000, '门户网站公开'), some(2, 800, '政务新媒体公开')];
    expect(run([fact('f.proactive_total', 1200), ...channels])).toEqual([]);
    const skip = (facts: Fact[]) => textPartSum.skip?.(makeReport({ facts }), makeCtx());
    expect(skip([fact('f.proactive_total', 1200), ...channels])).toMatch(/发布渠道/);
    // suijiang-huiyizhen-2021: 门户网站 31 + 公众号 138 + 公示公告栏 861 = 1030, as its text says.
    expect(skip([fact('f.proactive_total', 1800), ...channels])).toBeNull();
  });

  it('does not add up the key areas with the kinds they run across, unless they do add up', () => {
    const listed = [part(1, 300, '重点领域信息'), part(2, 250, '政策文件')];
    expect(run([fact('f.proactive_total', 500, '主动公开政府信息500条'), ...listed])).toEqual([]);
    const skip = (facts: Fact[]) => textPartSum.skip?.(makeReport({ facts }), makeCtx());
    expect(skip([fact('f.proactive_total', 500), ...listed])).toMatch(/重点领域/);
    expect(skip([fact('f.proactive_total', 550), ...listed])).toBeNull();
    // The key areas alone past the total still contradict it.
    expect(
      run([
        fact('f.proactive_total', 500, '主动公开政府信息500条'),
        part(1, 600, '重点领域信息'),
        listed[1]!,
      ]),
    ).toMatchObject([{ rule: 'text-part-sum', cells: ['f.proactive_total', 'f.proactive_parts.1'] }]);
    // Kinds that do not run across each other are still summed.
    expect(
      run([fact('f.proactive_total', 500, '主动公开政府信息500条'), part(1, 300, '政务动态'), listed[1]!]),
    ).toHaveLength(1);
  });

  it('does not add up original or reposted items with the kinds they run across', () => {
    // A city bureau's (2023): 共发布各类信息705条，其中新闻类信息188条，原创信息698条 was told 886.
    const listed = [part(1, 188, '新闻类信息'), part(2, 698, '原创信息')];
    expect(
      run([fact('f.proactive_total', 705, '通过市生态环境局子站共发布各类信息705条'), ...listed]),
    ).toEqual([]);
    const skip = (facts: Fact[]) => textPartSum.skip?.(makeReport({ facts }), makeCtx());
    expect(skip([fact('f.proactive_total', 705), ...listed])).toMatch(/原创或转载/);
    // One of them past the total still contradicts it.
    expect(
      run([fact('f.proactive_total', 705, '共发布各类信息705条'), listed[0]!, part(2, 800, '原创信息')]),
    ).toHaveLength(1);
  });

  it('does not add up a list whose first part is the total itself', () => {
    // A town's (2023): 共发布政府信息公开28条。其中法定主动公开信息28条,财政信息3条,政府信息公开指南2条,
    // 政府信息公开年度报告1条 was told 34.
    const listed = [
      part(1, 28, '法定主动公开信息'),
      part(2, 3, '财政信息'),
      part(3, 2, '政府信息公开指南'),
      part(4, 1, '政府信息公开年度报告'),
    ];
    expect(run([fact('f.proactive_total', 28, '我镇共发布政府信息公开28条'), ...listed])).toEqual([]);
    const skip = (facts: Fact[]) => textPartSum.skip?.(makeReport({ facts }), makeCtx());
    expect(skip([fact('f.proactive_total', 28), ...listed])).toMatch(/第一项即为总数/);
    // A later part equal to the total is still summed with the others.
    expect(
      run([fact('f.proactive_total', 28, '共发布信息28条'), part(1, 3, '财政信息'), part(2, 28, '工作动态')]),
    ).toHaveLength(1);
  });

  it('holds one channel alone to a total that names no channel (其中门户网站 past 主动公开)', () => {
    // A county government's real words: the site alone past all there is.
    const site = part(1, 3758, '“彝良县人民政府门户网站”发布信息');
    const wechat = part(2, 506, '“彝良县人民政府微信公众号”发布信息');
    expect(
      run([fact('f.proactive_total', 3747, '彝良县主动公开政府信息3747条'), site, wechat]),
    ).toMatchObject([
      {
        rule: 'text-part-sum',
        message:
          '正文称「彝良县主动公开政府信息3747条」，但其中「“彝良县人民政府门户网站”发布信息」一项即有 3758，多于这一总数',
        cells: ['f.proactive_total', 'f.proactive_parts.1'],
      },
    ]);
    // A total that is itself a channel's (a prefecture police bureau's): the other channels after it are
    // no part of it.
    expect(
      run([fact('f.proactive_total', 754, '州公安局通过政府网站公开政府信息754条'), site, wechat]),
    ).toEqual([]);
    // Each channel within the total, however they add up: nothing.
    expect(run([fact('f.proactive_total', 3800, '彝良县主动公开政府信息3800条'), site, wechat])).toEqual([]);
  });

  it('orders parts by number, not as text (2 before 10)', () => {
    const parts = Array.from({ length: 10 }, (_, i) => part(10 - i, 1, `第${10 - i}项`));
    const [f] = run([fact('f.proactive_total', 11), ...parts]);
    expect(f?.cells.slice(1, 4)).toEqual([
      'f.proactive_parts.1',
      'f.proactive_parts.2',
      'f.proactive_parts.3',
    ]);
    expect(f?.cells.at(-1)).toBe('f.proactive_parts.10');
  });

  it('is silent when the parts add up, with fewer than two parts, or with a blank', () => {
    expect(run([fact('f.proactive_total', 110), part(1, 100, '领导活动'), part(2, 10, '政策文件')])).toEqual(
      [],
    );
    expect(run([fact('f.proactive_total', 110), part(1, 100, '领导活动')])).toEqual([]);
    expect(run([fact('f.proactive_total', null), part(1, 100, 'a'), part(2, 10, 'b')])).toEqual([]);
    expect(run([fact('f.proactive_total', 500), part(1, 100, 'a'), part(2, null, 'b')])).toEqual([]);
    expect(run([part(1, 100, 'a'), part(2, 10, 'b')])).toEqual([]);
  });

  it('compares decimals with a tolerance', () => {
    expect(run([fact('f.proactive_total', 0.3), part(1, 0.1, 'a'), part(2, 0.2, 'b')])).toEqual([]);
  });

  it('is skipped when there is no total, fewer than two parts, or a part without its number', () => {
    const skip = (facts: Fact[]) => textPartSum.skip?.(makeReport({ facts }), makeCtx());
    const total = fact('f.proactive_total', 361);
    expect(skip([])).toBe('正文未陈述主动公开总数 / the text states no proactive-disclosure total');
    expect(skip([total, part(1, 100, '领导活动')])).toBe(
      '正文未列出分项 / the text lists no parts of the total',
    );
    expect(skip([total, part(1, 100, '领导活动'), part(2, null, '政策文件')])).toBe(
      '正文数字缺失 / a figure is missing from the text',
    );
    expect(skip([total, part(1, 100, '领导活动'), part(2, 10, '政策文件')])).toBeNull();
  });
});

describe('text-part-sum: who applied', () => {
  const at = (f: Fact, block: number, start: number): Fact => ({
    ...f,
    pos: { block, start, end: start + 4 },
  });
  const received = at(fact('f.applications_received', 56, '区政府共新收政府信息公开申请56件'), 3, 0);
  const natural = (v: number) => at(fact('f.applicants.natural', v, `其中自然人申请${v}件`), 3, 20);
  const legal = (v: number) => at(fact('f.applicants.legal', v, `法人或其他组织申请${v}件`), 3, 30);

  it('fires when the two kinds of applicant do not add up to the applications received', () => {
    expect(run([received, natural(50), legal(8)])).toMatchObject([
      {
        rule: 'text-part-sum',
        message:
          '正文称「区政府共新收政府信息公开申请56件」，但其后所列申请人 自然人 50 + 法人或其他组织 8 = 58，与这一总数不符',
        cells: ['f.applications_received', 'f.applicants.natural', 'f.applicants.legal'],
      },
    ]);
    expect(run([received, natural(46), legal(8)])[0]?.message).toContain('= 54，与这一总数不符');
    expect(run([received, natural(48), legal(8)])).toEqual([]);
  });

  it('fires on one kind alone only past the total', () => {
    expect(run([received, natural(60)])[0]?.message).toBe(
      '正文称「区政府共新收政府信息公开申请56件」，但其后所列申请人 自然人 60，多于这一总数',
    );
    expect(run([received, natural(50)])).toEqual([]);
  });
});

describe('text-part-sum: the applications handled, as the text states them', () => {
  const at = (key: string, value: number, quote: string, start: number): Fact => ({
    ...fact(key, value, quote),
    pos: { block: 3, start, end: start + quote.length },
  });
  const four = (
    received: number,
    carriedOut: number,
    receivedQuote = `共新收政府信息公开申请${received}件`,
  ) => [
    at('f.applications_received', received, receivedQuote, 0),
    at('f.carried_in', 4, '上年结转4件', 30),
    at('f.applications_closed', 57, '办结57件', 40),
    at('f.carried_out', carriedOut, `结转下年度继续办理${carriedOut}件`, 50),
  ];

  it('fires where new and carried-in do not make closed and carried-out', () => {
    expect(run(four(56, 5))).toMatchObject([
      {
        rule: 'text-part-sum',
        message:
          '正文称新收 56 件、上年结转 4 件（共 60 件），办结 57 件、结转下年度 5 件（共 62 件）：两者应相等（表三的勾稽关系）',
        cells: ['f.applications_received', 'f.carried_in', 'f.applications_closed', 'f.carried_out'],
      },
    ]);
    expect(run(four(56, 3))).toEqual([]);
  });

  it('without 结转下年度, fires only where more were closed than there were', () => {
    const three = (closed: number) =>
      four(56, 3)
        .slice(0, 2)
        .concat(at('f.applications_closed', closed, `办结${closed}件`, 40));
    expect(run(three(65))).toMatchObject([
      {
        message: '正文称新收 56 件、上年结转 4 件（共 60 件），却办结 65 件，多于这一总数',
        cells: ['f.applications_received', 'f.carried_in', 'f.applications_closed'],
      },
    ]);
    expect(run(three(57))).toEqual([]);
    expect(run(three(60))).toEqual([]);
  });

  it('takes a count received that does not say 新收 as holding the carried-in ones, where it then agrees', () => {
    expect(run(four(60, 3, '共受理政府信息公开申请60件'))).toEqual([]);
    expect(run(four(60, 3))).toHaveLength(1);
  });

  it('holds a whole of the new and the carried-in ones to its two parts, in brackets or after them', () => {
    const said = '区政府共新收政府信息公开申请56件，上年结转4件；';
    const found = variantFindings('district-gov-2020.html', said, 'text-part-sum');
    // 表三's 56 and 4 agree with the parts; the whole says 62.
    expect(found('区政府共受理政府信息公开申请62件（其中本年新收56件，上年结转4件），')).toEqual([
      '正文称「区政府共受理政府信息公开申请62件（其中本年新收56件，上年结转4件）」：新收 56 件加上年结转 4 件为 60 件，与所称共 62 件不符',
    ]);
    expect(found('区政府本年新收政府信息公开申请56件，加上上年结转4件，共计62件；')).toHaveLength(1);
    expect(found('区政府本年新收政府信息公开申请56件，上年结转4件，共计办理62件；')).toHaveLength(1);
    for (const right of [
      '区政府共受理政府信息公开申请60件（其中本年新收56件，上年结转4件），',
      '区政府本年新收政府信息公开申请56件，加上上年结转4件，共计60件；',
      '区政府本年新收政府信息公开申请56件，上年结转4件，合计60件；',
      // Not a whole of applications: a count of persons, another sentence.
      '区政府本年新收政府信息公开申请56件，上年结转4件，共计涉及62人；',
      '区政府本年新收政府信息公开申请56件，上年结转4件。共计62件。',
    ])
      expect(found(right), right).toEqual([]);
  });

  it('holds the four counts as a real report words them (结转上年度办理, 答复依申请公开政府信息) to each other', () => {
    const text =
      '<p>新收到依申请公开政府信息78件,结转上年度办理3件。其中,答复依申请公开政府信息75件,均在法定期限内予以答复,结转下年度继续办理3件。</p>';
    const messages = (body: string) =>
      audit(
        sourceFromHtml(
          `<html><head><title>某区政府办公室2025年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p><p>（二）依申请公开情况</p>${body}<p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`,
        ),
      )
        .findings.filter((f) => f.rule === 'text-part-sum')
        .map((f) => f.message);
    expect(messages(text)).toEqual([
      '正文称新收 78 件、上年结转 3 件（共 81 件），答复 75 件、结转下年度 3 件（共 78 件）：两者应相等（表三的勾稽关系）',
    ]);
    expect(messages(text.replace('75件', '78件'))).toEqual([]);
  });

  it('leaves it to the table where 表三 gives all four totals', () => {
    const report = makeReport({ facts: four(56, 5), cells: sampleT3() });
    expect(textPartSum.run(report, makeCtx())).toEqual([]);
    const noT3 = makeCtx({ found: { t2: true, t3: false, t4: true } });
    expect(textPartSum.run(report, noT3)).toHaveLength(1);
  });
});

describe('text-part-sum: one case’s result said in words', () => {
  it('is no sum to check: its figure is the count’s by construction (no ✓ for it)', () => {
    // shenzhen-longgang-dept-2024: 我局因政府信息公开工作被申请行政复议1件，复议结果为维持。
    const page = readFileSync(
      new URL('../../test/fixtures/shenzhen-longgang-dept-2024.html', import.meta.url),
      'utf8',
    );
    const a = audit(sourceFromHtml(page));
    expect(a.report.facts.find((f) => f.key === 'f.reviews.upheld')?.value).toBe(1);
    expect(a.checks.find((c) => c.rule === 'text-part-sum')?.status).toBe('skipped');
  });
});

describe('text-part-sum: the reasons listed after an outcome', () => {
  it('fires where they add up past its count, not where they leave some out', () => {
    const said = '不予公开3件，无法提供21件';
    const found = variantFindings('district-gov-2020.html', said, 'text-part-sum');
    expect(found('不予公开3件（其中涉及第三方合法权益2件，属于过程性信息2件），无法提供21件')).toEqual([
      '正文称「不予公开3件」，但其后所列原因 不予公开·保护第三方合法权益 2 + 不予公开·属于四类过程性信息 2 = 4，多于这一总数',
    ]);
    expect(found('不予公开3件（其中属于过程性信息5件），无法提供21件')).toHaveLength(1);
    expect(found('不予公开3件（其中涉及第三方合法权益1件，属于过程性信息2件），无法提供21件')).toEqual([]);
    expect(found('不予公开3件（其中属于过程性信息2件），无法提供21件')).toEqual([]);
  });
});

describe('text-part-sum: the ways applications came in', () => {
  const at = (f: Fact, start: number): Fact => ({ ...f, pos: { block: 3, start, end: start + 4 } });
  const received = at(fact('f.applications_received', 56, '区政府共新收政府信息公开申请56件'), 0);
  const way = (i: number, label: string, v: number) =>
    at(fact(`f.application_channels.${i}`, v, `${label}申请${v}件`, label), 20 + i * 10);

  it('fires only where the ways add up past the count (a list may leave a way out)', () => {
    expect(run([received, way(1, '网络', 30), way(2, '信函', 20), way(3, '当面', 10)])).toMatchObject([
      {
        message:
          '正文称「区政府共新收政府信息公开申请56件」，但其后所列申请方式 网络 30 + 信函 20 + 当面 10 = 60，多于这一总数',
        cells: [
          'f.applications_received',
          'f.application_channels.1',
          'f.application_channels.2',
          'f.application_channels.3',
        ],
      },
    ]);
    expect(run([received, way(1, '网络', 30), way(2, '信函', 20), way(3, '当面', 5)])).toEqual([]);
    expect(run([received, way(1, '网络', 60)])).toEqual([]);
  });
});

describe('text-part-sum: the parts of the applications after their whole with last year’s', () => {
  // A city bureau's 2025 report: 新受理…41件,上年结转7件,共计48件。其中网站受理13件,信函受理34件,现场受理1件
  // (13 + 34 + 1 = 48: the whole's parts, not the 41 new ones').
  const said = '区政府共新收政府信息公开申请56件，上年结转4件；';
  const found = variantFindings('district-gov-2020.html', said, 'text-part-sum');

  it('holds the ways and the applicants listed after the whole to the whole', () => {
    for (const right of [
      '区政府新受理政府信息公开申请56件，上年结转4件，共计60件。其中网站受理30件，信函受理26件，现场受理4件；',
      '区政府新受理政府信息公开申请56件，上年结转4件，共计60件。其中自然人申请50件，法人或其他组织申请10件；',
    ])
      expect(found(right), right).toEqual([]);
    // Past the whole, or listed before it (the new ones' parts), they still contradict it.
    expect(
      found(
        '区政府新受理政府信息公开申请56件，上年结转4件，共计60件。其中网站受理30件，信函受理26件，现场受理6件；',
      ),
    ).toHaveLength(1);
    expect(
      found(
        '区政府新受理政府信息公开申请56件，其中网站受理30件，信函受理26件，现场受理4件，上年结转4件，共计60件；',
      ),
    ).toHaveLength(1);
  });

  it('holds the parts listed after the count and last year’s, with no whole said, to either', () => {
    // A county bureau's 2024 report: 本机关共收到政府信息公开申请12件，上年结转政府信息公开申请1件，其中：当面申请4件，
    // 邮寄申请1件，网络申请8件 (13: the count with last year's).
    for (const right of [
      '区政府共新收政府信息公开申请56件，上年结转4件，其中网站受理30件，信函受理26件，现场受理4件；',
      '区政府共新收政府信息公开申请56件，上年结转4件，其中网站受理30件，信函受理26件；',
      '区政府共新收政府信息公开申请56件，上年结转4件，其中自然人申请50件，法人或其他组织申请10件；',
      '区政府共新收政府信息公开申请56件，上年结转4件，其中自然人申请46件，法人或其他组织申请10件；',
    ])
      expect(found(right), right).toEqual([]);
    // Past both, they contradict the count; so they do past a count that holds last year's (其中上年结转).
    for (const wrong of [
      '区政府共新收政府信息公开申请56件，上年结转4件，其中网站受理30件，信函受理26件，现场受理6件；',
      '区政府共新收政府信息公开申请56件，上年结转4件，其中自然人申请50件，法人或其他组织申请12件；',
      '区政府共新收政府信息公开申请56件，其中上年结转4件，网站受理30件，信函受理26件，现场受理4件；',
    ])
      expect(found(wrong), wrong).toHaveLength(1);
  });

  it('reads the whole after 新受理 as after 新收 (新 before the verb)', () => {
    expect(found('区政府新受理政府信息公开申请56件，上年结转4件，共计62件；')).toHaveLength(1);
  });
});

describe('text-part-sum: the reviews and suits, as the text breaks them down', () => {
  // district-gov-2020: 被申请行政复议4件，其中结果维持2件、结果纠正1件、尚未审结1件；被提起行政诉讼4件，
  // 其中未经复议直接起诉3件、复议后起诉1件 (表四 agrees).
  const fired = (from: string, to: string) =>
    variantFindings('district-gov-2020.html', from, 'text-part-sum')(to);

  it('fires where the results listed add up past the count, or all four do not make it', () => {
    expect(fired('尚未审结1件；', '尚未审结1件；')).toEqual([]);
    expect(fired('尚未审结1件；', '尚未审结2件；')).toEqual([
      '正文称「因政府信息公开工作被申请行政复议4件」，但其后所列复议结果 结果维持 2 + 结果纠正 1 + 尚未审结 2 = 5，多于这一总数',
    ]);
    // Short of the count, a list may leave out results of 0.
    expect(fired('、尚未审结1件；', '；')).toEqual([]);
    // All four given: they must make the count.
    expect(fired('、尚未审结1件；', '、其他结果0件、尚未审结0件；')).toEqual([
      '正文称「因政府信息公开工作被申请行政复议4件」，但其后所列复议结果 结果维持 2 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 3，与这一总数不符',
    ]);
  });

  it('holds both ways of coming to court to the suits’ count, one alone only past it', () => {
    expect(fired('复议后起诉1件', '复议后起诉2件')).toEqual([
      '正文称「被提起行政诉讼4件」，但其后所列起诉方式 未经复议直接起诉 3 + 复议后起诉 2 = 5，与这一总数不符',
    ]);
    expect(fired('其中未经复议直接起诉3件、复议后起诉1件', '其中未经复议直接起诉2件')).toEqual([]);
    expect(fired('其中未经复议直接起诉3件、复议后起诉1件', '其中未经复议直接起诉5件')).toEqual([
      '正文称「被提起行政诉讼4件」，但其后所列起诉方式 未经复议直接起诉 5，多于这一总数',
    ]);
  });
});
