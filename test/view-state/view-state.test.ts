import { COUNTY_METRICS } from '../../src/data/county-metrics';
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../src/view-state/view-state';

describe('parseViewState', () => {
  it('gives the default view for an empty query', () => {
    expect(parseViewState('')).toEqual({ state: DEFAULT_VIEW_STATE, problems: [] });
  });

  it('resolves county names through the region aliases and keeps them canonical', () => {
    const { state, problems } = parseViewState('?view=counties&county=宾 县,Bayan,哈尔滨市呼兰区,嫩江县');
    expect(problems).toEqual([]);
    expect(state.view).toBe('counties');
    expect(state.counties).toEqual(['宾县', '巴彦县', '呼兰区', '嫩江市']);
  });

  it('accepts full-width commas and drops repeats', () => {
    expect(parseViewState('?county=宾县，宾县、巴彦县').state.counties).toEqual(['宾县', '巴彦县']);
  });

  it('refuses a city where a county is expected, and the reverse', () => {
    const parsed = parseViewState('?county=绥化市&city=宾县');
    expect(parsed.state.counties).toEqual([]);
    expect(parsed.state.cities).toEqual([]);
    expect(parsed.problems.map((p) => p.param)).toEqual(['county', 'city']);
  });

  it('reports a hostile value as not found, shortened, without failing', () => {
    const payload = `<script>alert(1)</script>${'x'.repeat(5000)}`;
    const { state, problems } = parseViewState(`?county=${encodeURIComponent(payload)}&view=counties`);
    expect(state.counties).toEqual([]);
    expect(state.view).toBe('counties');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.value.startsWith('<script>alert(1)</script>')).toBe(true);
    expect(problems[0]?.value.length).toBeLessThan(80);
  });

  it('caps a pasted list of thousands of names', () => {
    const many = Array.from({ length: 2000 }, () => '宾县').join(',');
    const { state, problems } = parseViewState(`?county=${many}`);
    expect(state.counties).toEqual(['宾县']);
    expect(problems.length).toBe(2000 - 60);
  });

  it('reports unknown enum values and unknown parameters, keeping the defaults', () => {
    const { state, problems } = parseViewState(
      '?view=nope&metric=__proto__&farm=yes&color=red&foo=1&lang=fr',
    );
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(problems.map((p) => p.param).sort()).toEqual(['color', 'farm', 'foo', 'lang', 'metric', 'view']);
  });

  it('takes a region task table and a column of it (code or printed name), in any order', () => {
    const { state, problems } = parseViewState('?metric=m0abc123&view=counties&table=plan-0abc123');
    expect(problems).toEqual([]);
    expect(state.table).toBe('plan-0abc123');
    expect(state.metric).toBe('m0abc123');
    expect(serializeViewState(state)).toBe('?view=counties&table=plan-0abc123&metric=m0abc123');
    const named = parseViewState(`?table=plan-0abc123&metric=${encodeURIComponent('其中：高效节水灌溉')}`);
    expect(named.state.metric).toBe('其中：高效节水灌溉');
    expect(parseViewState(serializeViewState(named.state)).state).toEqual(named.state);
  });

  it('refuses a column name without a table, and a table id that is not one', () => {
    const { state, problems } = parseViewState('?metric=m0abc123&table=Plan%20X');
    expect(state.table).toBeNull();
    expect(state.metric).toBe(DEFAULT_VIEW_STATE.metric);
    expect(problems.map((p) => p.param).sort()).toEqual(['metric', 'table']);
  });

  it('leaves the wall-screen parameters to wall mode', () => {
    expect(parseViewState('?mode=wall&seconds=30').problems).toEqual([]);
  });

  it('accepts a metric by short key or indicator id', () => {
    const metric = COUNTY_METRICS[COUNTY_METRICS.length - 1]!;
    expect(parseViewState(`?metric=${metric.indicator}`).state.metric).toBe(metric.key);
    expect(parseViewState(`?metric=${metric.key}`).state.metric).toBe(metric.key);
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('round-trips every field', () => {
    const state: ViewState = {
      view: 'counties',
      lang: 'en',
      metric: 'hsf_2021',
      table: null,
      panel: 'multiples',
      colorBy: 'zone',
      farm: false,
      counties: ['宾县', '巴彦县'],
      cities: ['绥化市'],
      zones: ['水田', '坡耕地'],
      detail: '宾县',
      plan: 'plan-0abc123',
    };
    const search = serializeViewState(state);
    expect(parseViewState(search)).toEqual({ state, problems: [] });
  });

  it('canonicalises an alias-laden link', () => {
    const { state } = parseViewState('?county=Binxian&view=counties');
    expect(decodeURIComponent(serializeViewState(state))).toBe('?view=counties&county=宾县');
  });
});

describe('county metrics', () => {
  it('come from the county tables of the registry, with units and unique keys', () => {
    const keys = COUNTY_METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'demo_area',
        'tillage_annual',
        'tillage_5y',
        'organic_2021',
        'organic_2025',
        'organic_5y',
        'hsf_2021',
        'hsf_2021_standard',
      ]),
    );
    expect(COUNTY_METRICS.every((m) => m.unit !== '')).toBe(true);
  });
});
