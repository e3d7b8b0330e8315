import { afterEach, describe, expect, it } from 'vitest';
import { renderTooltip, tipRoom } from './tooltip';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the page tooltip keeps off the panel', () => {
  // happy-dom's window is 1024 px wide.
  it('takes the room on the side of the panel where the marked thing starts', () => {
    expect(window.innerWidth).toBe(1024);
    const panel = { left: 676, right: 1016 };
    expect(tipRoom(300, panel)).toEqual({ from: 4, to: 668 });
    expect(tipRoom(300, { left: 8, right: 348 })).toEqual({ from: 356, to: 1016 });
    expect(tipRoom(300, null)).toEqual({ from: 4, to: 1016 });
    // No room beside a panel over the thing itself (a cell focused under it): the whole window.
    expect(tipRoom(700, panel)).toEqual({ from: 4, to: 1016 });
  });

  it('places the card left of a panel docked right, narrowed to the room there', () => {
    const box = document.createElement('div');
    document.body.append(box);
    const tip = { rect: { left: 600, top: 100, bottom: 120 }, label: 'x', lines: [], flagged: false };
    renderTooltip(box, tip, { left: 676, right: 1016 });
    const card = box.querySelector<HTMLElement>('.tip')!;
    const left = Number.parseFloat(card.style.left);
    const width = Number.parseFloat(card.style.maxWidth);
    expect(width).toBe(380);
    expect(left + width).toBeLessThanOrEqual(668);
    // A wide panel leaves less than the card's 380 px: the card narrows to fit beside it.
    renderTooltip(box, { ...tip, rect: { ...tip.rect, left: 250 } }, { left: 300, right: 1016 });
    const narrow = box.querySelector<HTMLElement>('.tip')!;
    expect(Number.parseFloat(narrow.style.maxWidth)).toBe(288);
    expect(Number.parseFloat(narrow.style.left)).toBe(4);
  });
});
