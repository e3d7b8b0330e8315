import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { fact, makeCtx, makeReport } from './testing';
import { textBlankNumber } from './text-blank-number';

const run = (facts: ReturnType<typeof fact>[]) => textBlankNumber.run(makeReport({ facts }), makeCtx());

describe('text-blank-number', () => {
  it('fires once per fact without a number, quoting it and naming its key', () => {
    const found = run([
      fact('f.proactive_total', null, '2020年通过政府门户网站公开信息共条'),
      fact('f.reviews', 0, '未发生行政复议'),
      fact('f.suits', null, '行政诉讼共 件'),
    ]);
    expect(found).toMatchObject([
      {
        rule: 'text-blank-number',
        severity: 'error',
        message: '正文「2020年通过政府门户网站公开信息共条」承诺了数字却没有给出',
        cells: ['f.proactive_total'],
      },
      {
        rule: 'text-blank-number',
        severity: 'error',
        message: '正文「行政诉讼共 件」承诺了数字却没有给出',
        cells: ['f.suits'],
      },
    ]);
  });

  it('fires on an item of a list whose number is missing, on a real county bureau’s words', () => {
    const page = `<html><head><title>某县应急管理局2021年政府信息公开工作年度报告</title></head><body><h1>某县应急管理局2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>主动公开情况:今年度,主动公开政府信息80条,其中通知公告类信息20条、工作动态类信息29条、部门概况类信息条、政策文件类信息14条、规划类信息1条。</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></body></html>`;
    const a = audit(sourceFromHtml(page));
    expect(a.findings.filter((f) => f.rule === 'text-blank-number')).toMatchObject([
      {
        severity: 'error',
        message: '正文「部门概况类信息条」承诺了数字却没有给出',
        cells: ['f.proactive_parts.3'],
      },
    ]);
  });

  it('shortens a long quote, keeping its end', () => {
    const [f] = run([fact('f.proactive_total', null, `${'很长的句子'.repeat(20)}共条`)]);
    expect(f?.message).toMatch(/^正文「….*共条」承诺了数字却没有给出$/);
    expect(f?.message.length).toBeLessThan(80);
  });

  it('is silent when every fact has its number', () => {
    expect(run([fact('f.proactive_total', 361), fact('f.reviews', 0)])).toEqual([]);
    expect(run([])).toEqual([]);
  });

  it('does not take a claim without a number for a missing one, and is skipped with no figure read', () => {
    const claim = { key: 'f.claim.no_applications', value: null, claim: '未收到申请', quote: '未收到申请' };
    expect(run([claim])).toEqual([]);
    const ctx = makeCtx();
    const skip = (facts: ReturnType<typeof fact>[]) => textBlankNumber.skip?.(makeReport({ facts }), ctx);
    expect(skip([claim, fact('f.published', 20210120)])).toBe(
      '正文未读出数字 / no figures read from the text',
    );
    expect(skip([fact('f.outcome.granted', null, '予以公开 件')])).toBeNull();
  });

  it("has nothing to check where the only figures are the statistics table's, not the text's", () => {
    const table = [fact('f.stat.proactive_total', 58, '58', '统计表·主动公开信息数')];
    expect(textBlankNumber.skip?.(makeReport({ facts: table }), makeCtx())).toBe(
      '正文未读出数字 / no figures read from the text',
    );
  });
});
