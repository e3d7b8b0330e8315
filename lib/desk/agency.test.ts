import { describe, expect, it } from 'vitest';
import {
  type AgencyLinks,
  agencyKey,
  agencyResolver,
  link,
  namesPlace,
  resolveAgency,
  unlink,
} from './agency';

describe('agencyKey', () => {
  it.each([
    ['某某区统计局', '某某区统计局'],
    [' 某某区　统计局 ', '某某区统计局'],
    ['ＡＢ市统计局', 'AB市统计局'],
    ['某某區統計局', '某某区统计局'],
    ['《某某区统计局》', '某某区统计局'],
    ['某某区统计局2021年度', '某某区统计局'],
    ['某某区统计局2021年政府信息公开工作年度报告', '某某区统计局'],
  ])('%j → %j', (name, key) => expect(agencyKey(name)).toBe(key));

  it('gives null for no name or a name that is only trailing words', () => {
    expect(agencyKey(null)).toBeNull();
    expect(agencyKey('  ')).toBeNull();
    expect(agencyKey('2021年度')).toBeNull();
  });
});

describe('agency links', () => {
  const none: AgencyLinks = { pairs: [] };

  it('resolves a linked group to its smallest key whatever the order of links', () => {
    const l1 = link(link(none, 'c局', 'b局'), 'b局', 'a局');
    const l2 = link(link(none, 'a局', 'b局'), 'c局', 'a局');
    for (const l of [l1, l2]) {
      const r = agencyResolver(l);
      expect([r('a局'), r('b局'), r('c局'), r('d局')]).toEqual(['a局', 'a局', 'a局', 'd局']);
    }
    expect(resolveAgency('c局', l1)).toBe('a局');
  });

  it('is pure and adds nothing for a link that already holds', () => {
    const l = link(none, 'a', 'b');
    expect(none.pairs).toEqual([]);
    expect(link(l, 'b', 'a')).toBe(l);
    expect(link(l, 'a', 'a')).toBe(l);
  });

  it('unlinks a direct pair, and detaches b when a and b are joined through others', () => {
    const l = link(link(link(none, 'a', 'b'), 'b', 'c'), 'c', 'd');
    const direct = unlink(l, 'b', 'a');
    expect(resolveAgency('a', direct)).toBe('a');
    expect(resolveAgency('d', direct)).toBe('b');
    const through = unlink(l, 'a', 'c');
    expect(resolveAgency('a', through)).not.toBe(resolveAgency('c', through));
    expect(resolveAgency('b', through)).toBe('a');
    expect(resolveAgency('d', through)).toBe('d');
    expect(l.pairs).toHaveLength(3);
  });
});

describe('namesPlace', () => {
  it.each([
    '沭阳县人民政府办公室',
    '某某区统计局',
    'XX市城市管理局',
    '淮北市相山区市场监督管理局',
    '卫滨区住房和城乡建设局',
    '城关镇人民政府',
    '红旗街道办事处',
    '中共某某县委办公室',
    '江苏省统计局',
    '柞水縣鳳凰鎮人民政府',
    '阿拉善盟生态环境局',
    '某某旗教育局',
    '某某州民政局',
    '相山区商务局',
    '烈山区应急管理局',
    '两城镇人民政府',
    '神农架林区统计局',
    '某某经济开发区管委会',
    '某某社区居委会',
  ])('%s says where it is', (name) => expect(namesPlace(name)).toBe(true));

  it.each([
    '政府办公室',
    '人民政府办公室',
    '区统计局',
    '县财政局',
    '市场监督管理局',
    '区市场监督管理局',
    '住房和城乡建设局',
    '城市管理局',
    '县乡村振兴局',
    '经济开发区管委会',
    '镇人民政府',
    '街道办事处',
    '团县委',
    '社区居委会',
    '市城管执法局',
    '景区管理处',
  ])('%s does not', (name) => expect(namesPlace(name)).toBe(false));

  it('is false for no name', () => expect(namesPlace(null)).toBe(false));
});
