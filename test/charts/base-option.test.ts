import {
  axisText,
  barLabelLook,
  baseOption,
  hollowBar,
  legend,
  mutedText,
  perAxis,
  perItem,
  plotGrid,
  rowAxis,
  rowTooltip,
  valueAxis,
} from '../../src/charts/base-option';
import {
  DARK_THEME,
  DEFAULT_SETTINGS,
  FONT_FAMILY,
  WALL_TYPE,
  type ChartSettings,
} from '../../src/charts/theme';
import { params } from './option-access';

const WALL: ChartSettings = { lang: 'zh', theme: DARK_THEME, type: WALL_TYPE };

describe('baseOption', () => {
  it('sets aria and the chart font in the theme’s text colour, per settings', () => {
    expect(baseOption(DEFAULT_SETTINGS)).toEqual({
      aria: { enabled: true },
      textStyle: { fontFamily: FONT_FAMILY, color: DEFAULT_SETTINGS.theme.text },
    });
    expect(baseOption(WALL).textStyle).toEqual({ fontFamily: FONT_FAMILY, color: DARK_THEME.text });
    expect(DARK_THEME.text).not.toBe(DEFAULT_SETTINGS.theme.text);
  });
});

describe('plotGrid', () => {
  it('keeps axis labels inside the box, 8 px from the left, 8 px from the bottom unless told', () => {
    expect(plotGrid({ right: 96, top: 44 })).toEqual({
      left: 8,
      right: 96,
      top: 44,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    });
    expect(plotGrid({ right: 24, top: 10, bottom: 40 }, 'all')).toMatchObject({
      bottom: 40,
      outerBoundsContain: 'all',
    });
  });
});

describe('text, axes, legend and labels follow the type scale and theme', () => {
  it.each([
    ['desktop', DEFAULT_SETTINGS],
    ['wall', WALL],
  ] as const)('%s', (_, settings) => {
    const { theme, type } = settings;
    expect(axisText(settings)).toEqual({ fontSize: type.axis, color: theme.text });
    expect(mutedText(settings)).toEqual({ fontSize: type.axis, color: theme.muted });
    expect(legend(settings)).toEqual({ top: 0, left: 0, textStyle: axisText(settings) });
    expect(legend(settings, { bottom: 0 })).toEqual({ bottom: 0, textStyle: axisText(settings) });
    expect(barLabelLook(settings)).toEqual({
      show: true,
      position: 'right',
      fontSize: type.label,
      color: theme.text,
    });
    expect(valueAxis(settings)).toEqual({
      type: 'value',
      nameTextStyle: mutedText(settings),
      axisLabel: mutedText(settings),
      splitLine: { lineStyle: { color: theme.gridLine } },
    });
    expect(rowAxis(settings)).toEqual({
      type: 'category',
      inverse: true,
      axisTick: { show: false },
      axisLabel: axisText(settings),
    });
  });

  it('adds a builder’s own tick settings to the shared look without losing it', () => {
    const format = (v: number): string => `${v}%`;
    expect(valueAxis(DEFAULT_SETTINGS, { formatter: format, hideOverlap: true }).axisLabel).toEqual({
      ...mutedText(DEFAULT_SETTINGS),
      formatter: format,
      hideOverlap: true,
    });
    expect(rowAxis(WALL, { interval: 0, width: 260, overflow: 'break' }).axisLabel).toEqual({
      ...axisText(WALL),
      interval: 0,
      width: 260,
      overflow: 'break',
    });
  });

  it('draws a hollow bar as a dashed outline in the given colour', () => {
    expect(hollowBar('#0072B2')).toEqual({
      color: 'transparent',
      borderColor: '#0072B2',
      borderWidth: 2,
      borderType: 'dashed',
    });
  });
});

describe('tooltip formatters', () => {
  it('perItem reads one item, or the first of a list, and gives nothing for an empty list', () => {
    const html = perItem((p) => `#${p.dataIndex}`);
    expect(html(params({ dataIndex: 3 }))).toBe('#3');
    expect(html([params({ dataIndex: 4 }), params({ dataIndex: 5 })])).toBe('#4');
    expect(html([])).toBe('');
  });

  it('perAxis always gets a list', () => {
    const html = perAxis((list) => list.map((p) => p.dataIndex).join(','));
    expect(html([params({ dataIndex: 1 }), params({ dataIndex: 2 })])).toBe('1,2');
    expect(html(params({ dataIndex: 7 }))).toBe('7');
  });

  it('rowTooltip shows the hovered row and nothing past the end', () => {
    const tooltip = rowTooltip(['a', 'b'], (row) => `<b>${row}</b>`);
    expect(tooltip.trigger).toBe('item');
    const formatter = tooltip.formatter;
    if (typeof formatter !== 'function') throw new Error('no formatter');
    expect(formatter(params({ dataIndex: 1 }), '')).toBe('<b>b</b>');
    expect(formatter(params({ dataIndex: 2 }), '')).toBe('');
  });
});
