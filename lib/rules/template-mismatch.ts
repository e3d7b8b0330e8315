/** Fires only when the report's year (2019 on) and the template its tables follow are both known and do not match. */
import { msg } from '../i18n/format';
import type { Template } from '../model';
import { finding, noTableReason } from './helpers';
import type { Rule } from './types';

const _DOCS: Record<Template, string> = {
  '2019': '国办公开办函〔2019〕60号',
  '2021': '国办公开办函〔2021〕30号',
};

/** 2019 and 2020 reports use the 2019 template; 2021 onward the 2021 one. */
export const templateMismatch: Rule = {
  id: 'template-mismatch',
  severity: 'warning',
  template: true,
  title: '模板与年度不符 / Wrong template for the year',
  explain:
    '2019、2020 年度报告应使用国办公开办函〔2019〕60号的表格，2021 年度起应使用国办公开办函〔2021〕30号的新表格。用错模板会缺少或多出统计项。',
  skip(report, ctx) {
    if (!ctx.found.t2 && !ctx.found.t3 && !ctx.found.t4) return noTableReason(ctx);
    if (report.year === null) return '年度未识别 / report year not found';
    if (report.template === null) return '表格模板未识别 / the tables follow neither template recognisably';
    if (report.year < 2019) return '2019 年以前没有统一模板 / no national template before 2019';
    return null;
  },
  run(report) {
    const { year, template } = report;
    // Before 2019 neither template existed; without a year or a template there is nothing to compare.
    if (year === null || template === null || year < 2019) return [];
    const expected: Template = year >= 2021 ? '2021' : '2019';
    if (template === expected) return [];
    return [
      finding(
        templateMismatch,
        msg('templateMismatch.mismatch', {
          year,
          expected,
          expectedDoc: msg(`templateMismatch.doc${expected}`),
          template,
          templateDoc: msg(`templateMismatch.doc${template}`),
        }),
        [],
      ),
    ];
  },
};
