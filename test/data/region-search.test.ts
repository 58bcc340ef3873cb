import { pinyinInitials, searchRegions } from '../../src/data/region-search';
import { COUNTIES } from '../../src/data/regions';

describe('pinyinInitials', () => {
  it.each([
    ['Binxian', 'bx'], ['Wudalianchi', 'wdlc'], ['Huanan', 'hn'], ['Gannan', 'gn'], ['Fangzheng', 'fz'],
    ['Qinggang', 'qg'], ["Yi'an", 'ya'], ["Ning'an", 'na'], ['Huachuan', 'hc'], ['Nenjiang', 'nj'], ['Shuangcheng', 'sc'],
  ])('%s → %s', (pinyin, initials) => {
    expect(pinyinInitials(pinyin)).toBe(initials);
  });

  it('gives every key county as many initials as its Chinese name has characters before the suffix', () => {
    // 宾县 → bx (2), 五大连池市 → wdlc (4 + 市 not in pinyin): the pinyin omits the 县/市/区 suffix
    // except for one-character names, whose suffix is part of the name (宾县 = Binxian).
    for (const county of COUNTIES) {
      const stem = county.name.length === 2 ? county.name : county.name.slice(0, -1);
      expect(pinyinInitials(county.en), county.name).toHaveLength(stem.length);
    }
  });
});

describe('searchRegions', () => {
  it('finds by Chinese prefix, pinyin prefix and initials', () => {
    expect(searchRegions('宾', COUNTIES).map((r) => r.name)).toEqual(['宾县']);
    expect(searchRegions('bin', COUNTIES).map((r) => r.name)).toEqual(['宾县']);
    expect(searchRegions('BX', COUNTIES).map((r) => r.name)).toEqual(['宾县']);
    expect(searchRegions('wdlc', COUNTIES).map((r) => r.name)).toEqual(['五大连池市']);
  });

  it('ranks prefixes before substrings and returns nothing for an empty or hostile query', () => {
    const names = searchRegions('安', COUNTIES).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['依安县', '宁安市', '北安市', '庆安县']));
    expect(searchRegions('   ', COUNTIES)).toEqual([]);
    expect(searchRegions('<img src=x onerror=alert(1)>', COUNTIES)).toEqual([]);
  });
});
