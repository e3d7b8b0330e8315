import { describe, expect, it } from 'vitest';
import type { Flag } from '../lib/model';
import { FLAGGED_CLASS } from './mark-style';
import { PageMarks } from './marks';

/** A row of three cells, one of them carrying the page's own class. */
async function marked() {
  document.body.innerHTML =
    '<table><tr><td id="a">1</td><td id="b" class="num">2</td><td id="c">3</td></tr></table>';
  const el = (id: string) => document.getElementById(id)!;
  const marks = new PageMarks(document);
  const cellNodes = new Map<string, Element>([
    ['t3.new.natural', el('a')],
    ['t3.new.commercial', el('b')],
    ['t3.new.total', el('c')],
  ]);
  await marks.apply({ findings: [], cellNodes, factNodes: new Map(), facts: [] });
  return { marks, el };
}

const flag = (id: string, address: string | null, note: string): Flag => ({
  id,
  address,
  quote: '',
  note,
  created: '2026-11-30T00:00:00.000Z',
});

describe('flag marks', () => {
  it('mark a flagged cell with one class: no count and no note, however many flags it has', async () => {
    const { marks, el } = await marked();
    marks.setFlags([
      flag('1', 't3.new.total', '信源称43'),
      flag('2', 't3.new.total', '第二条'),
      flag('3', 't3.new.commercial', '核对'),
      flag('4', null, '正文'),
    ]);
    expect(el('c').getAttribute('class')).toBe(FLAGGED_CLASS);
    expect(el('b').getAttribute('class')).toBe(`num ${FLAGGED_CLASS}`);
    expect(el('a').hasAttribute('class')).toBe(false);
    const html = document.body.innerHTML;
    expect(html).not.toMatch(/信源|第二条|核对|data-audit-flag/);
    expect(html).not.toMatch(/="?2"?[ >]/);
  });

  it('take the class off when the flags go, leaving the page its own classes', async () => {
    const { marks, el } = await marked();
    marks.setFlags([flag('1', 't3.new.total', 'x'), flag('2', 't3.new.commercial', 'y')]);
    marks.setFlags([flag('2', 't3.new.commercial', 'y')]);
    expect(el('c').hasAttribute('class')).toBe(false);
    expect(el('b').getAttribute('class')).toBe(`num ${FLAGGED_CLASS}`);
    marks.clear();
    expect(el('b').getAttribute('class')).toBe('num');
    expect(document.getElementsByClassName(FLAGGED_CLASS)).toHaveLength(0);
  });

  it('take every class off when only flags on text are left', async () => {
    const { marks, el } = await marked();
    marks.setFlags([flag('1', 't3.new.total', 'x'), flag('2', 't3.new.commercial', 'y')]);
    marks.setFlags([flag('3', null, '正文')]);
    expect(el('c').hasAttribute('class')).toBe(false);
    expect(el('b').getAttribute('class')).toBe('num');
    expect(document.getElementsByClassName(FLAGGED_CLASS)).toHaveLength(0);
  });
});

describe('clearing marks copied or left elsewhere', () => {
  const stale = (html: string) => {
    document.head.innerHTML = '';
    document.body.innerHTML = html;
  };

  it('remove copies of our marks a page saved with marks on came with (its stylesheet came too)', async () => {
    stale(
      '<style id="gra-audit-marks"></style><p id="old" data-audit-address="t1.a" data-audit-severity="error" class="gra-audit-flagged">x</p><table><tr><td id="a">1</td></tr></table>',
    );
    const marks = new PageMarks(document);
    const a = document.getElementById('a')!;
    await marks.apply({
      findings: [],
      cellNodes: new Map([['t3.new.total', a]]),
      factNodes: new Map(),
      facts: [],
    });
    const old = document.getElementById('old')!;
    expect(old.hasAttribute('data-audit-address')).toBe(false);
    expect(old.hasAttribute('data-audit-severity')).toBe(false);
    expect(old.hasAttribute('class')).toBe(false);
    expect(a.getAttribute('data-audit-address')).toBe('t3.new.total');
  });

  it('remove marks the page copied onto new elements while ours were on', async () => {
    const { marks, el } = await marked();
    // The page rewrites its body from its own markup: the copies carry our attributes.
    document.body.innerHTML = document.body.innerHTML.replace('id="a"', 'id="a2"');
    const copy = document.getElementById('a2')!;
    expect(copy.hasAttribute('data-audit-address')).toBe(true);
    marks.clear();
    expect(copy.hasAttribute('data-audit-address')).toBe(false);
    expect(el('b').hasAttribute('data-audit-address')).toBe(false);
  });
});
