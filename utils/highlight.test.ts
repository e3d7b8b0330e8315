import { afterEach, describe, expect, it } from 'vitest';
import { clearRanges, hasHighlightApi, paintRanges } from './highlight';

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
