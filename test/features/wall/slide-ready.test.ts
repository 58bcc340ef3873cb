import { slideReady, type SlideModel } from '../../../src/features/wall/slide-model';

const numbersOnly: SlideModel = {
  id: 'ip',
  title: '知识产权',
  groups: [],
  chart: null,
  source: '来源：…',
  freshness: '数据截至 2021-12-31',
};
const withChart: SlideModel = { ...numbersOnly, chart: { kind: 'option', option: {}, label: '图' } };

describe('slideReady', () => {
  it('is not ready before its data is in, whatever the chart says', () => {
    expect(slideReady(null, true)).toBe(false);
  });

  it('waits for the chart host to report its chart drawn', () => {
    expect(slideReady(withChart, false)).toBe(false);
    expect(slideReady(withChart, true)).toBe(true);
  });

  it('has nothing to wait for when the slide has no chart', () => {
    expect(slideReady(numbersOnly, false)).toBe(true);
  });
});
