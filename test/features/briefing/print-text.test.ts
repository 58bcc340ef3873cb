import { describe, expect, it } from 'vitest';
import {
  cssString,
  filterFields,
  filterLine,
  runningFoot,
  runningHead,
} from '../../../src/features/briefing/print-text';
import { DEFAULT_VIEW_STATE } from '../../../src/view-state/view-state';

describe('cssString', () => {
  it('quotes text for a CSS content value, escaping quotes, backslashes and line breaks', () => {
    expect(cssString('总览')).toBe('"总览"');
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
  });
});

describe('filterFields', () => {
  it('names the metric with its unit and says all 39 counties when nothing is chosen', () => {
    expect(filterFields(DEFAULT_VIEW_STATE, 'zh')).toEqual(['指标：示范区面积（万亩）', '全部 39 个重点县']);
  });

  it('lists every dimension in use, the farm group left out and the open detail', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      view: 'counties' as const,
      cities: ['哈尔滨市', '绥化市'],
      zones: ['水田'],
      counties: ['宾县'],
      farm: false,
      detail: '宾县',
    };
    expect(filterFields(state, 'zh')).toEqual([
      '指标：示范区面积（万亩）',
      '市：哈尔滨市、绥化市',
      '类型区：水田',
      '县：宾县',
      '不含北大荒农垦集团',
      '详情：宾县',
    ]);
  });

  it('writes English names in English', () => {
    const fields = filterFields({ ...DEFAULT_VIEW_STATE, cities: ['哈尔滨市'] }, 'en');
    expect(fields[0]).toMatch(/^Metric: .+ \(.+\)$/);
    expect(fields[1]).toBe('City: Harbin');
  });
});

describe('filterLine', () => {
  it('gives the county filters on the counties view and "no filters" elsewhere', () => {
    expect(filterLine({ ...DEFAULT_VIEW_STATE, view: 'counties', cities: ['哈尔滨市'] }, 'zh')).toBe(
      '筛选条件：指标：示范区面积（万亩） · 市：哈尔滨市',
    );
    expect(filterLine({ ...DEFAULT_VIEW_STATE, view: 'credit', cities: ['哈尔滨市'] }, 'zh')).toBe(
      '筛选条件：无筛选（全部数据）',
    );
  });
});

describe('running head and foot', () => {
  it('put the view, the app and the filters at the top; the sources and data version at the bottom', () => {
    expect(runningHead('总览', '目标看板', '筛选条件：无筛选（全部数据）')).toBe(
      '总览 · 目标看板 · 筛选条件：无筛选（全部数据）',
    );
    expect(
      runningFoot('《黑土地》（黑政办规〔2021〕40号，2021-12-31）附件1', '内置数据 · 2021-12-31', 'zh'),
    ).toBe('来源：《黑土地》（黑政办规〔2021〕40号，2021-12-31）附件1 · 内置数据 · 2021-12-31');
    expect(runningFoot('《x》', '', 'en')).toBe('Source: 《x》');
  });
});
