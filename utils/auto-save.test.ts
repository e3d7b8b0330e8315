import { describe, expect, it } from 'vitest';
import { AutoSaveLimits, PAGE_INTERVAL_MS, pageKey, resultPrint, TAB_SAVES_PER_MINUTE } from './auto-save';

const result = (year: number, cell = 12, title = `某局${year}年政府信息公开工作年度报告`) => ({
  report: { title, year, cells: { 't3.new.total': { value: cell } }, facts: [] },
  findings: [],
});

describe('auto-save limits', () => {
  it('writes a page again only when what was read changed, and keys pages without #hash', () => {
    const l = new AutoSaveLimits();
    const url = 'http://www.example.gov.cn/r.html';
    const p = resultPrint(result(2023));
    expect(l.decide(1, url, p, 0)).toEqual({ kind: 'save' });
    l.saved(1, url, p, 0);
    expect(l.decide(1, `${url}#t3`, p, 120_000)).toEqual({ kind: 'same' });
    expect(pageKey(`${url}#x`)).toBe(url);
  });

  it('a page whose year changes every second is written at most once a minute', () => {
    const l = new AutoSaveLimits();
    const url = 'http://www.example.gov.cn/live.html';
    let writes = 0;
    for (let t = 0; t < 5 * 60_000; t += 1000) {
      const p = resultPrint(result(2020 + t / 1000));
      const d = l.decide(7, url, p, t);
      if (d.kind === 'later') expect(d.at).toBeGreaterThan(t);
      if (d.kind !== 'save') continue;
      l.saved(7, url, p, t);
      writes++;
    }
    expect(writes).toBe(5);
    expect(PAGE_INTERVAL_MS).toBe(60_000);
  });

  it('a tab is held to a few saves a minute across pages', () => {
    const l = new AutoSaveLimits();
    let writes = 0;
    for (let i = 0; i < 50; i++) {
      const url = `http://www.example.gov.cn/${i}.html`;
      const p = resultPrint(result(2023, i));
      const d = l.decide(3, url, p, i * 100);
      if (d.kind !== 'save') {
        expect(d).toEqual({ kind: 'later', at: 60_000 });
        continue;
      }
      l.saved(3, url, p, i * 100);
      writes++;
    }
    expect(writes).toBe(TAB_SAVES_PER_MINUTE);
    // Another tab has its own allowance.
    expect(l.decide(4, 'http://www.example.gov.cn/x.html', 'p', 5000)).toEqual({ kind: 'save' });
  });

  it('the print moves with the title, the year or any cell', () => {
    const base = resultPrint(result(2023));
    expect(resultPrint(result(2023))).toBe(base);
    expect(resultPrint(result(2024))).not.toBe(base);
    expect(resultPrint(result(2023, 13))).not.toBe(base);
    expect(resultPrint(result(2023, 12, '另一个标题'))).not.toBe(base);
  });
});
