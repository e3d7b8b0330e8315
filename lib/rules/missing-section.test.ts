import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { missingSection } from './missing-section';
import { makeCtx, makeReport } from './testing';
import type { AuditContext } from './types';

const fixture = (name: string) =>
  audit(sourceFromHtml(readFileSync(new URL(`../../test/fixtures/${name}.html`, import.meta.url), 'utf8')));
const bits = (s: string) => [...s].map((c) => c === '1');
const check = (over: Partial<AuditContext>) => {
  const ctx = makeCtx(over);
  const reason = missingSection.skip?.(makeReport(), ctx) ?? null;
  return reason ?? missingSection.run(makeReport(), ctx).map((f) => f.message);
};

describe('missing-section', () => {
  it('fires when five sections are there and one is not', () => {
    expect(check({ sections: bits('111101') })).toEqual([
      '报告缺少「五、存在的主要问题及改进情况」部分：其余五个部分都在，这一部分的标题（按宽松的措辞匹配）没有找到',
    ]);
    expect(check({ sections: bits('011111') })).toEqual([expect.stringContaining('「一、总体情况」')]);
  });

  it('counts a table found under another heading as its section', () => {
    expect(check({ sections: bits('110111') })).toEqual([]);
    expect(check({ sections: bits('110111'), found: { t2: true, t3: false, t4: true } })).toEqual([
      expect.stringContaining('「三、收到和处理政府信息公开申请情况」'),
    ]);
  });

  it('is silent with all six', () => {
    expect(check({ sections: bits('111111') })).toEqual([]);
  });

  it('is skipped when sections were not looked for, the text stops short, or too few were found to tell', () => {
    expect(check({})).toBe('未查找章节标题 / sections were not looked for');
    expect(check({ sections: bits('111101'), truncated: true })).toBe(
      '正文不完整 / the text stops short of the whole report',
    );
    expect(check({ sections: bits('100001'), found: { t2: true, t3: true, t4: false } })).toBe(
      '只找到 4 个部分，无法判断 / only 4 of the six sections found: cannot tell',
    );
  });

  it('fires on the page without its section 五, silent on its twin', () => {
    const cut = fixture('seed004-cms-no-section5');
    expect(cut.findings.filter((f) => f.rule === 'missing-section').map((f) => f.message)).toEqual([
      expect.stringContaining('「五、存在的主要问题及改进情况」'),
    ]);
    const whole = fixture('seed004-cms');
    expect(whole.findings.filter((f) => f.rule === 'missing-section')).toEqual([]);
    expect(whole.checks.find((c) => c.rule === 'missing-section')?.status).toBe('passed');
  });
});
