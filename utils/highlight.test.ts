import { afterEach, describe, expect, it } from 'vitest';
import {
  blockText,
  clearRanges,
  HIGHLIGHT_HOST,
  hasHighlightApi,
  markHosts,
  paintRanges,
  quoteRange,
} from './highlight';
import { addMarkStyle, removeMarkStyle } from './mark-style';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('text-fact marks without the CSS Custom Highlight API (the fallback wrapper)', () => {
  it('wraps exactly the quoted text, keeps the text and the layout boxes, and unwraps back', () => {
    expect(hasHighlightApi()).toBe(false);
    document.body.innerHTML = '<p id="p">本年新收申请<b>56</b>件，办结57件。</p>';
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const range = document.createRange();
    // From inside the first text node (新收) to the middle of the bold figure's node (5 of 56).
    range.setStart(p.firstChild!, 2);
    range.setEnd(p.querySelector('b')!.firstChild!, 1);
    const wrappers = paintRanges(document, [{ range, tone: 'error' }]);
    expect(wrappers).toHaveLength(2);
    expect(wrappers.map((w) => w.textContent)).toEqual(['新收申请', '5']);
    expect(wrappers.every((w) => w.getAttribute('data-audit-fact-mark') === 'error')).toBe(true);
    expect(p.textContent).toBe('本年新收申请56件，办结57件。');
    clearRanges(wrappers);
    expect(p.innerHTML).toBe(before);
    expect(p.querySelectorAll('[data-audit-fact-mark]')).toHaveLength(0);
  });
});

describe('quoteRange', () => {
  it('finds each quote of one paragraph from one read of its text, as from its own', () => {
    document.body.innerHTML = '<p id="p">本年新收申请<b>56</b>件，办结57件。<script>x</script></p>';
    const p = document.getElementById('p')!;
    const read = blockText(p);
    expect(read.text).toBe('本年新收申请56件，办结57件。');
    for (const [start, end, quote] of [
      [2, 9, '新收申请56件'],
      [12, 15, '57件'],
      [0, 3, '办结57'],
    ] as const) {
      const shared = quoteRange(p, start, end, quote, read);
      const own = quoteRange(p, start, end, quote);
      expect(shared?.toString()).toBe(quote);
      expect(own?.toString()).toBe(quote);
    }
  });
});

describe('quoteRange where the markup wraps a line mid-sentence', () => {
  it('finds the quote the core read without the line end (lib/adapters/walk.ts)', () => {
    // Word's HTML export: a line end in the source between 新 and 收, which the core drops.
    document.body.innerHTML = '<p id="p">2020年，我局全年新\n收政府信息公开申请<span>78</span>件。</p>';
    const p = document.getElementById('p')!;
    const quote = '全年新收政府信息公开申请78件';
    // The core's offsets are its own text's (no line end); the page's text has one more character.
    const range = quoteRange(p, 8, 8 + quote.length, quote);
    expect(range?.toString()).toBe('全年新\n收政府信息公开申请78件');
  });
  it('finds the quote the core read without the zero-width space a word processor left in it', () => {
    document.body.innerHTML = '<p id="p">2020年，我局全年新收政府信息公开申请7\u200b8件。</p>';
    const p = document.getElementById('p')!;
    const quote = '全年新收政府信息公开申请78件';
    const range = quoteRange(p, 8, 8 + quote.length, quote);
    expect(range?.toString()).toBe('全年新收政府信息公开申请7\u200b8件');
  });
});

describe('highlight hosts: the ::highlight() rules apply to the elements around highlighted text only', () => {
  it('marks the parent of every text node the range touches, and nothing else', () => {
    document.body.innerHTML =
      '<div id="d"><p id="a">前文</p><p id="p">本年新收申请<b>56</b>件，<i>办结</i>57件。</p><p id="c">后文</p></div>';
    const p = document.getElementById('p')!;
    const range = document.createRange();
    range.setStart(p.firstChild!, 2);
    range.setEnd(p.querySelector('b')!.firstChild!, 1);
    markHosts(range);
    const hosts = () => Array.from(document.querySelectorAll(`[${HIGHLIGHT_HOST}]`)).map((e) => e.localName);
    expect(hosts()).toEqual(['p', 'b']);
    // One text node: its parent alone.
    const inner = document.createRange();
    inner.selectNodeContents(p.querySelector('i')!.firstChild!);
    markHosts(inner);
    expect(hosts()).toEqual(['p', 'b', 'i']);
    expect(document.getElementById('d')!.hasAttribute(HIGHLIGHT_HOST)).toBe(false);
  });

  it('marks the same elements as a walk of the whole common ancestor, for ranges across many nodes', () => {
    // Nested inline markup as a Word export writes it; every pair of text positions as a range.
    document.body.innerHTML =
      '<div id="d"><p>甲<span>乙<b>丙</b></span>丁</p><p><span>戊</span><i>己<b>庚</b>辛</i></p>壬<p>癸</p></div>';
    const d = document.getElementById('d')!;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(d, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    const hosts = () => Array.from(document.querySelectorAll(`[${HIGHLIGHT_HOST}]`));
    for (let a = 0; a < texts.length; a++)
      for (let b = a; b < texts.length; b++)
        for (const [from, to] of [
          [0, 1],
          [1, 0],
          [1, 1],
        ] as const) {
          if (a === b && to < from) continue;
          for (const e of hosts()) e.removeAttribute(HIGHLIGHT_HOST);
          const range = document.createRange();
          range.setStart(texts[a]!, from);
          range.setEnd(texts[b]!, to);
          markHosts(range);
          const expected = texts.filter((t) => range.intersectsNode(t)).map((t) => t.parentElement);
          expect(new Set(hosts()), `${a}:${from}–${b}:${to}`).toEqual(new Set(expected));
        }
    // Boundaries in elements rather than text (a range from a selection, or around whole nodes).
    for (let a = 0; a < texts.length; a++)
      for (let b = a; b < texts.length; b++) {
        for (const e of hosts()) e.removeAttribute(HIGHLIGHT_HOST);
        const range = document.createRange();
        range.setStartBefore(texts[a]!);
        range.setEndAfter(texts[b]!);
        markHosts(range);
        const expected = texts.filter((t) => range.intersectsNode(t)).map((t) => t.parentElement);
        expect(new Set(hosts()), `before ${a} – after ${b}`).toEqual(new Set(expected));
      }
  });

  it('scopes every ::highlight() rule of the mark stylesheet to them', () => {
    addMarkStyle(document);
    const css = document.getElementById('gra-audit-marks')!.textContent ?? '';
    removeMarkStyle(document);
    const rules = css.split('\n').filter((l) => l.includes('::highlight('));
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of rules) expect(rule.startsWith(`[${HIGHLIGHT_HOST}]::highlight(`)).toBe(true);
  });
});
