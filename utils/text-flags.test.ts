import { afterEach, describe, expect, it } from 'vitest';
import type { Flag } from '../lib/model';
import { nearest, offsetInPage, quoteAnchor, selectionAnchor, textFlagRanges } from './text-flags';

afterEach(() => {
  document.body.innerHTML = '';
});

const flag = (quote: string, at?: number): Flag => ({
  id: quote,
  address: null,
  quote,
  note: 'n',
  created: '2026-01-01T00:00:00Z',
  ...(at === undefined ? {} : { at }),
});

/** A page that says the same sentence twice, laid out with different spaces each time. */
const PAGE = `<h1>2023年 年报</h1><script>var s = "共收到申请58件";</script>
  <p id="a">本年 共收到申请<b>58</b>件。</p><p>其他内容</p>
  <p id="b">共收到
  申请58件，办结57件。</p>`;

describe('text flags: a quote and its place in the page text (spaces removed)', () => {
  it('gives a selection its place, skipping scripts and spaces', () => {
    document.body.innerHTML = PAGE;
    const b = document.getElementById('b')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(b, 0);
    range.setEnd(b, b.data.length);
    // 2023年年报 (7) + 本年共收到申请58件。(11) + 其他内容 (4): the script's text is not counted.
    expect(offsetInPage(document, range)).toBe(22);
    expect(selectionAnchor(document, range, '  共收到\n  申请58件 ')).toEqual({
      quote: '共收到\n  申请58件',
      at: 22,
    });
    expect(selectionAnchor(document, range, ' \n ')).toBeNull();
  });

  it('re-anchors each flag at the occurrence of its quote nearest its place', () => {
    document.body.innerHTML = PAGE;
    const [second] = textFlagRanges(document, [flag('共收到申请58件', 23)]);
    expect(second?.toString().replace(/\s+/g, '')).toBe('共收到申请58件');
    expect(document.getElementById('b')!.contains(second!.startContainer)).toBe(true);
    // The first occurrence spans the <b>: the range ends after 58, inside the bold text.
    const [first] = textFlagRanges(document, [flag('共收到申请58件', 9)]);
    expect(document.getElementById('a')!.contains(first!.startContainer)).toBe(true);
    expect(first?.toString()).toBe('共收到申请58件');
    // A flag saved without a place takes the first; a quote the page lacks gets no range.
    expect(textFlagRanges(document, [flag('共收到申请58件'), flag('驳回')])).toHaveLength(1);
    // The same place flagged twice is one range (the page learns no count).
    expect(textFlagRanges(document, [flag('申请58件', 23), flag('申请 58件', 26)])).toHaveLength(1);
    // Cell flags are not text flags.
    expect(textFlagRanges(document, [{ ...flag('共收到'), address: 't3.new.total' }])).toEqual([]);
  });

  it('finds the quote the context menu gives near the element right-clicked', () => {
    document.body.innerHTML = PAGE;
    const b = document.getElementById('b')!;
    expect(quoteAnchor(document, '共收到申请58件', b)).toEqual({ quote: '共收到申请58件', at: 22 });
    expect(quoteAnchor(document, '共收到申请58件', null)).toEqual({ quote: '共收到申请58件', at: 9 });
    expect(quoteAnchor(document, '没有这句话', b)).toBeNull();
  });

  it('nearest: the closest occurrence, or null', () => {
    expect(nearest('abcabcabc', 'abc', 4)).toBe(3);
    expect(nearest('abcabcabc', 'abc', 100)).toBe(6);
    expect(nearest('abcabcabc', 'x', 0)).toBeNull();
  });
});
