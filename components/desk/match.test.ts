import { describe, expect, it } from 'vitest';
import { expand, inOrder, termMatches } from './match';

const hay = (s: string) => s.toLowerCase();

describe('agency matcher', () => {
  it('writes out the short forms of bureau names', () => {
    expect(expand('卫滨区住建局')).toBe('卫滨区住房和城乡建设局');
    expect(expand('发改委')).toBe('发展和改革委');
    expect(expand('人社局')).toBe('人力资源和社会保障局');
    expect(expand('市监局')).toBe('市场监督管理局');
    expect(expand('卫健委')).toBe('卫生健康委');
    expect(expand('环保局')).toBe('生态环境局');
    expect(expand('卫滨区统计局')).toBe('卫滨区统计局');
  });

  it('finds a long official name from its short form, and from its characters in order', () => {
    const name = hay('卫滨区住房和城乡建设局');
    expect(termMatches(name, name, '卫滨区住建局')).toBe(true);
    expect(termMatches(name, name, '住建')).toBe(true);
    expect(termMatches(name, name, '卫滨住建')).toBe(true);
    expect(termMatches(hay('新乡市市场监督管理局'), hay('新乡市市场监督管理局'), '新乡市监局')).toBe(true);
  });

  it('does not match names that only share scattered characters', () => {
    const other = hay('卫滨区统计局');
    expect(termMatches(other, other, '卫滨区住建局')).toBe(false);
    // Two characters never match out of order or scattered: 区局 is every district's every bureau.
    const name = hay('卫滨区住房和城乡建设局');
    expect(termMatches(name, name, '区局')).toBe(false);
    // Characters in order, but spread over a long title, are too far apart.
    const long = hay('某某县人民政府办公室关于印发2023年度全县住房保障和农村危房改造工作要点的通知及建设局');
    expect(inOrder(long, '县住建局')).toBe(false);
  });

  it('keeps plain substrings working: years, portals, Latin text', () => {
    const h = hay('卫滨区住房和城乡建设局\u0001标题\u00012022\u00012021\u0001weibin.gov.cn');
    expect(termMatches(h, '', '2022')).toBe(true);
    expect(termMatches(h, '', 'weibin')).toBe(true);
    expect(termMatches(h, '', 'wbq')).toBe(false);
  });
});
