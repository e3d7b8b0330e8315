import { describe, expect, it } from 'vitest';
import { quoteBox } from './quote-box';

const line = (text: string, x: number, y: number, w: number) => ({ text, box: { x, y, w, h: 10 } });
const PARA = { x: 50, y: 100, w: 400, h: 40 };

describe('quoteBox', () => {
  it('finds a quote inside one line, in proportion to its characters', () => {
    const items = [
      line('二、依申请公开情况。区政府受理', 50, 100, 300),
      line('申请17件，均已答复。', 50, 115, 200),
    ];
    const box = quoteBox(items, PARA, '答复')!;
    // 答复 are characters 8–9 of the 11 in the second line's item.
    expect(box.y).toBeCloseTo(114);
    expect(box.x).toBeCloseTo(50 + (200 * 8) / 11 - 1);
    expect(box.w).toBeCloseTo((200 * 2) / 11 + 2);
  });

  it('spans the lines a quote runs over, whitespace and full-width forms aside', () => {
    const items = [line('区政府受理', 50, 100, 300), line('申请１７ 件', 50, 115, 200)];
    const box = quoteBox(items, PARA, '受理申请17件')!;
    expect(box.y).toBeCloseTo(99);
    expect(box.h).toBeCloseTo(27);
  });

  it('reads only the paragraph, and gives up when the items do not spell the quote', () => {
    const items = [line('申请17件', 50, 300, 100)];
    expect(quoteBox(items, PARA, '申请17件')).toBeNull();
    expect(quoteBox([line('申请18件', 50, 100, 100)], PARA, '申请17件')).toBeNull();
  });
});
