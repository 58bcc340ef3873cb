import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildNameIndex, isUnitText, matchIndicatorName, normalizeIndicatorName, suggestionText, type IndicatorRef,
} from '../../src/data/indicator-names';
import { DATASETS } from '../../src/data/registry';
import { loadEmbedded } from './helpers';

describe('normalizeIndicatorName', () => {
  it('takes the unit out of the gazette’s full-width brackets', () => {
    expect(normalizeIndicatorName('有效注册商标数量（万件）')).toEqual({ key: '有效注册商标数量', name: '有效注册商标数量', unit: '万件', subItem: false });
  });

  it('reads half-width, square and lenticular brackets and 单位：', () => {
    expect(normalizeIndicatorName('森林覆盖率(%)').unit).toBe('%');
    expect(normalizeIndicatorName('森林覆盖率（％）').unit).toBe('%');
    expect(normalizeIndicatorName('技术合同成交额【单位：亿元】').unit).toBe('亿元');
    expect(normalizeIndicatorName('人均可支配收入〔元/人〕').unit).toBe('元/人');
    expect(normalizeIndicatorName('粮食产量 ( 亿斤 )').unit).toBe('亿斤');
  });

  it('keeps brackets that are part of the name, not a unit', () => {
    const n = normalizeIndicatorName('开展自然人诚信积分应用的县（市、区）');
    expect(n.unit).toBeNull();
    expect(n.name).toBe('开展自然人诚信积分应用的县（市、区）');
    expect(n.key).toBe('开展自然人诚信积分应用的县(市、区)');
  });

  it('ignores stray spaces of any width and quotes of any kind', () => {
    const a = normalizeIndicatorName('“信易贷”工作');
    expect(normalizeIndicatorName('"信易贷" 工作').key).toBe(a.key);
    expect(normalizeIndicatorName('信　易　贷工作').key).toBe(a.key);
    expect(normalizeIndicatorName('‘信易贷’工作').key).toBe(a.key);
    expect(normalizeIndicatorName(' 每万人口 高价值发明专利拥有量 （ 件 ） ').name).toBe('每万人口高价值发明专利拥有量');
  });

  it('keeps one space between Latin words and none next to Chinese', () => {
    expect(normalizeIndicatorName('R&D  经费 投入强度（%）').name).toBe('R&D经费投入强度');
    expect(normalizeIndicatorName('5G base  stations').name).toBe('5G base stations');
  });

  it('treats 其中： as a part of the row above without changing identity', () => {
    const sub = normalizeIndicatorName('其中：高标准农田面积（万亩）');
    expect(sub).toEqual({ key: '高标准农田面积', name: '高标准农田面积', unit: '万亩', subItem: true });
    expect(normalizeIndicatorName('其中: 高标准农田面积').key).toBe(sub.key);
    expect(normalizeIndicatorName('其中 高标准农田面积').subItem).toBe(true);
    // Without a separator 其中 is kept: it cannot be told from a word that begins with it.
    expect(normalizeIndicatorName('其中心城区人口').subItem).toBe(false);
  });

  it('unit recognition: units with magnitudes and ratios, not words', () => {
    for (const u of ['万件', '%', '‰', '亿元', '万亩次', '个', '元/人', '千克/亩', '万吨标准煤', '单位：家']) expect(isUnitText(u)).toBe(true);
    for (const u of ['市、区', '含港澳台', '2020年', '', '试行']) expect(isUnitText(u)).toBe(false);
  });
});

const REFS: IndicatorRef[] = [
  { id: 'ip-indicators.tech_contract_value', name: '技术合同成交额', unit: '亿元', aliases: ['技术市场合同交易额'] },
  { id: 'ip-indicators.valid_trademarks', name: '有效注册商标数量', unit: '万件' },
  { id: 'ip-indicators.gi_trademarks', name: '地理标志商标', unit: '件' },
  { id: 'credit-indicators.xinyidai_entities', name: '入驻“信易贷”平台市场主体数量', unit: '万户' },
];

describe('matchIndicatorName', () => {
  const index = buildNameIndex(REFS);

  it('matches the printed name with its unit bracket, and says which unit it had', () => {
    expect(matchIndicatorName(index, '技术合同成交额（亿元）')).toEqual({ kind: 'exact', ref: REFS[0], via: 'name', unit: '亿元' });
  });

  it('matches aliases', () => {
    const m = matchIndicatorName(index, '技术市场合同交易额');
    expect(m.kind === 'exact' && m.via === 'alias' && m.ref.id).toBe('ip-indicators.tech_contract_value');
  });

  it('suggests near misses as 是否为…？ and never matches them silently', () => {
    const m = matchIndicatorName(index, '技术合同成交金额');
    expect(m.kind).toBe('none');
    expect(m.kind === 'none' && m.suggestions.map((r) => r.id)).toEqual(['ip-indicators.tech_contract_value']);
    expect(suggestionText(m).zh).toBe('是否为“技术合同成交额”？');
    expect(suggestionText(matchIndicatorName(index, '完全无关的东西')).zh).toBe('');
  });

  it('reports a name two indicators share as ambiguous', () => {
    const twice = buildNameIndex([...REFS, { id: 'other.x', name: '地理标志 商标' }]);
    const m = matchIndicatorName(twice, '地理标志商标（件）');
    expect(m.kind === 'ambiguous' && m.refs.map((r) => r.id)).toEqual(['ip-indicators.gi_trademarks', 'other.x']);
  });

  it('does not spend time on pasted text', () => {
    expect(matchIndicatorName(index, '技'.repeat(50_000))).toEqual({ kind: 'none', suggestions: [] });
  });

  it('finds every embedded indicator by its own name, printed with its unit in brackets', () => {
    const refs: IndicatorRef[] = [];
    for (const spec of DATASETS) {
      const { records } = loadEmbedded(spec.id);
      for (const r of records) if (!refs.some((x) => x.id === r.indicator)) refs.push({ id: r.indicator, name: r.indicatorName, unit: r.unit });
    }
    const idx = buildNameIndex(refs);
    const unique = refs.filter((r) => refs.filter((x) => normalizeIndicatorName(x.name).key === normalizeIndicatorName(r.name).key).length === 1);
    expect(unique.length).toBeGreaterThan(30);
    for (const r of unique) {
      const printed = r.unit ? `${r.name}（${r.unit}）` : r.name;
      const m = matchIndicatorName(idx, printed);
      expect(m.kind === 'exact' ? m.ref.id : m.kind, printed).toBe(r.id);
    }
  });
});

const CJK = fc.constantFrom(...'技术合同成交额有效注册商标数量地理标志粮食产量信用覆盖率'.split(''));
const nameArb = fc.array(CJK, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
const unitArb = fc.constantFrom('万件', '%', '亿元', '件', '万亩', '元/人');
const spaceArb = fc.constantFrom('', ' ', '\u3000', '  ', '\t');
const bracketArb = fc.constantFrom<[string, string]>(['（', '）'], ['(', ')'], ['【', '】'], ['〔', '〕'], ['[', ']']);

/** The same name with spaces sprinkled between characters. */
function sprinkle(text: string, spaces: readonly string[]): string {
  return Array.from(text).map((c, i) => c + (spaces[i % spaces.length] ?? '')).join('');
}

describe('properties', () => {
  it('the key of a key is itself, also when folding makes a unit bracket (fast-check counterexample)', () => {
    const once = normalizeIndicatorName('#(%"]');
    expect(normalizeIndicatorName(once.key).key).toBe(once.key);
    expect(normalizeIndicatorName(once.name).key).toBe(once.key);
  });

  it('normalising is idempotent on key and name', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (raw) => {
      const once = normalizeIndicatorName(raw);
      const twice = normalizeIndicatorName(once.name);
      expect(twice.key).toBe(once.key);
      expect(twice.name).toBe(once.name);
      expect(normalizeIndicatorName(once.key).key).toBe(once.key);
    }), { numRuns: 500 });
  });

  it('matching is invariant under bracket width and spaces', () => {
    fc.assert(fc.property(nameArb, unitArb, bracketArb, fc.array(spaceArb, { minLength: 1, maxLength: 5 }), (name, unit, [open, close], spaces) => {
      const index = buildNameIndex([{ id: 'x.a', name }]);
      const variant = `${sprinkle(name, spaces)}${spaces[0] ?? ''}${open}${sprinkle(unit, spaces)}${close}`;
      const m = matchIndicatorName(index, variant);
      expect(m.kind === 'exact' && m.ref.id).toBe('x.a');
      expect(m.kind === 'exact' && m.unit).toBe(unit);
    }), { numRuns: 300 });
  });
});
