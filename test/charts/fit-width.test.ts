import { fitToWidth, NARROW_WIDTH } from '../../src/charts/fit-width';

type Part = Record<string, unknown>;

describe('fitting an option to a narrow chart', () => {
  const option = {
    legend: { top: 0, left: 0 },
    grid: { left: 300, right: 200, top: 44 },
    xAxis: { type: 'value', axisLabel: { fontSize: 14 } },
    yAxis: {
      type: 'category',
      data: ['一个很长很长的指标名称'],
      axisLabel: { overflow: 'break', width: 168 },
    },
    series: [
      { type: 'bar', label: { show: true, position: 'right' } },
      { type: 'map', top: 8, bottom: 8 },
    ],
    tooltip: { trigger: 'axis' },
  };

  it('leaves a wide chart as it is', () => {
    expect(fitToWidth(option, NARROW_WIDTH)).toBe(option);
    expect(fitToWidth(option, 0)).toBe(option);
  });

  it('gives a phone chart one scrolling legend row, capped margins, one-line names, fewer ticks', () => {
    const fitted = fitToWidth(option, 360) as Part;
    expect(fitted.legend).toMatchObject({ type: 'scroll', top: 0 });
    expect(fitted.grid).toMatchObject({ left: 124, right: 108, top: 44 });
    expect(fitted.yAxis).toMatchObject({ axisLabel: { width: 108, overflow: 'truncate' } });
    expect(fitted.xAxis).toMatchObject({ splitNumber: 3, axisLabel: { hideOverlap: true, fontSize: 14 } });
    const [bar, map] = fitted.series as Part[];
    expect(bar).toMatchObject({ label: { show: true, overflow: 'break', width: 100 } });
    expect(map).toMatchObject({ left: 4, right: 4 });
    expect(fitted.tooltip).toMatchObject({ confine: true, trigger: 'axis' });
    // The builder's option is not touched.
    expect(option.legend).toEqual({ top: 0, left: 0 });
  });

  it('keeps the shape of an option with several grids (lists stay lists)', () => {
    const multi = { xAxis: [{ type: 'value' }, { type: 'value' }], grid: [{ right: 900 }, { right: 10 }] };
    const fitted = fitToWidth(multi, 400) as Part;
    expect(fitted.xAxis).toHaveLength(2);
    expect(fitted.grid).toEqual([{ right: 120 }, { right: 10 }]);
  });
});
