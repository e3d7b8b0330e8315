/** Fires only when the page has five of the template's six sections (a heading, or for 二–四 their table) and lacks the sixth. */
import { msg } from '../i18n/format';
import type { TableId } from '../model';
import { finding, PAGED, TRUNCATED } from './helpers';
import type { AuditContext, Rule } from './types';

/** The template's section names, as report-model.md lists them. */
export const SECTION_NAMES = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

// Sections 二–四 are their tables: a table found under some other heading is the section present.
const TABLE_OF: (TableId | null)[] = [null, 't2', 't3', 't4', null, null];

/** Which sections the page has, counting a found table as its section. */
function present(ctx: AuditContext & { sections: boolean[] }): boolean[] {
  return ctx.sections.map((s, i) => {
    const t = TABLE_OF[i];
    return s || (t !== null && t !== undefined && ctx.found[t]);
  });
}

/** One warning naming the one section the report lacks. */
export const missingSection: Rule = {
  id: 'missing-section',
  severity: 'warning',
  template: true,
  title: '缺少章节 / Section missing',
  explain:
    '年度报告模板规定六个部分：总体情况、主动公开、收到和处理申请、行政复议和行政诉讼、存在的主要问题及改进情况、其他需要报告的事项。标题的编号和措辞可以不同，但报告有其余五部分而缺少其中一部分时，往往是漏写了该部分。',
  skip(_report, ctx) {
    if (!ctx.sections) return '未查找章节标题 / sections were not looked for';
    if (ctx.truncated) return TRUNCATED;
    if (ctx.paged) return PAGED;
    const n = present({ ...ctx, sections: ctx.sections }).filter(Boolean).length;
    // Two or more missing is a page cut short, or a report not laid out in the template's parts.
    if (n < 5) return `只找到 ${n} 个部分，无法判断 / only ${n} of the six sections found: cannot tell`;
    return null;
  },
  run(_report, ctx) {
    if (!ctx.sections) return [];
    const has = present({ ...ctx, sections: ctx.sections });
    if (has.filter(Boolean).length !== 5) return [];
    const i = has.indexOf(false);
    return [
      finding(
        missingSection,
        msg('missingSection.missing', { section: msg(`missingSection.s${i + 1}`) }),
        [],
      ),
    ];
  },
};
