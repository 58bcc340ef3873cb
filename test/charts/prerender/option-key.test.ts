import fc from 'fast-check';
import { optionKey } from '../../../src/charts/prerender/option-key';

describe('optionKey', () => {
  it('is the same for equal options built twice', () => {
    const build = () => ({
      series: [{ type: 'bar', data: [1.5, 2, 3] }],
      yAxis: { data: ['宾县', '巴彦县', '依兰县'] },
    });
    expect(optionKey(build())).toBe(optionKey(build()));
  });

  it('changes with any number, name or formatter the chart is drawn from', () => {
    const base = {
      series: [{ type: 'bar', data: [1.5, 2], label: { formatter: (v: number) => `${v} 万亩` } }],
    };
    const other = { series: [{ type: 'bar', data: [1.5, 2.1], label: base.series[0]?.label }] };
    const otherFormatter = {
      series: [{ type: 'bar', data: [1.5, 2], label: { formatter: (v: number) => `${v} 亩` } }],
    };
    expect(optionKey(other)).not.toBe(optionKey(base));
    expect(optionKey(otherFormatter)).not.toBe(optionKey(base));
  });

  it('gives two data arrays one key exactly when they are equal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 40 }),
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 40 }),
        (a, b) => {
          const same = JSON.stringify(a) === JSON.stringify(b);
          expect(optionKey({ series: [{ data: a }] }) === optionKey({ series: [{ data: b }] })).toBe(same);
        },
      ),
    );
  });
});
