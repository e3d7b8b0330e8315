import { describe, expect, it } from 'vitest';
import { squash } from '../../utils/text-flags';
import { findNodes, holds } from './read';

describe('holds: a node text checked against the squashed text the background read', () => {
  // Each case against the plain rule: squash(raw) === text for a cell, squash(raw).includes(text) for a block.
  const cases: [string, string][] = [
    ['56', '56'],
    [' 56 ', '56'],
    ['5 6', '56'],
    ['57', '56'],
    ['5', '56'],
    ['560', '56'],
    ['\u00a056', '56'],
    ['本年 新收 56 件', '本年新收56件'],
    ['本年新收56件，办结57件', '新收56件'],
    ['本年新收 56件', '新收56件'],
    ['新收5', '新收56件'],
    ['', ''],
    ['  ', ''],
  ];
  it('agrees with squashing every time, cell or block', () => {
    for (const [raw, text] of cases) {
      expect(holds(raw, text, true), `cell ${JSON.stringify(raw)} ${text}`).toBe(squash(raw) === text);
      expect(holds(raw, text, false), `block ${JSON.stringify(raw)} ${text}`).toBe(
        squash(raw).includes(text),
      );
    }
  });
});

describe('findNodes', () => {
  it('finds the named nodes by tag and place, and gives up when a text or a count disagrees', () => {
    document.body.innerHTML = '<p>本年新收 56 件。</p><table><tr><td> 1 </td><td>2</td></tr></table>';
    const located = {
      tags: ['td', 'p'],
      counts: [2, 1],
      nodes: [
        [0, 1, '2', 1],
        [0, 0, '1', 1],
        [1, 0, '新收56件', 0],
      ] as [number, number, string, 0 | 1][],
    };
    const nodes = findNodes(document, located);
    expect(nodes?.map((n) => n.textContent)).toEqual(['2', ' 1 ', '本年新收 56 件。']);
    expect(findNodes(document, { ...located, counts: [3, 1] })).toBeNull();
    expect(findNodes(document, { ...located, nodes: [[0, 0, '2', 1]] })).toBeNull();
    expect(findNodes(document, { ...located, nodes: [[0, 2, '2', 1]] })).toBeNull();
    expect(findNodes(document, { ...located, nodes: [[1, 0, '新收57件', 0]] })).toBeNull();
  });
});
