/**
 * Plough-layer depth targets by zone type, each drawn as the band of depths that meets it:
 * "≥ 30 厘米" a band from 30 that fades out towards the axis end (open upwards), "20–25 厘米"
 * (水田) a closed band between its bounds — a range shown as a range, not as one bar. A
 * transparent bar up to the lower bound places each band; the label sits at its start.
 */
import { unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import type { DepthZone } from './black-soil-province-model';
import { escapeHtml, formatValue } from '../format';
import { formatTarget } from '../format-indicator';
import { barLabelLook, baseOption, plotGrid, rowAxis, rowTooltip, valueAxis } from '../base-option';
import type { ChartOption } from '../chart-option';
import { paletteColor, type ChartSettings } from '../theme';

export interface PloughDepthInput {
  readonly unit: string;
  readonly decimals: number;
  readonly zones: readonly DepthZone[];
}

/** Room above the deepest bound for the open bands to fade into, rounded up to a step of 5. */
export function depthAxisMax(zones: readonly DepthZone[]): number {
  const deepest = Math.max(0, ...zones.map((z) => z.upper ?? z.lower));
  return Math.ceil((deepest * 1.25) / 5) * 5 || 5;
}

export function depthLabel(zone: DepthZone, unit: string, decimals: number, lang: Lang): string {
  const comparator = zone.upper === null ? (zone.comparator ?? '以上') : '区间';
  return formatTarget(
    { value: zone.lower, upper: zone.upper ?? undefined, unit, comparator },
    decimals,
    lang,
  );
}

function tooltipHtml(zone: DepthZone, input: PloughDepthInput, lang: Lang): string {
  const meaning =
    zone.upper === null
      ? pick(lang, '（达到即可，越深越好）', ' (at least this deep)')
      : pick(lang, '（区间内为达标）', ' (within this range)');
  const rows = [`${depthLabel(zone, input.unit, input.decimals, lang)}${meaning}`, zone.text ?? ''].filter(
    Boolean,
  );
  return [`<strong>${escapeHtml(zone.label)}</strong>`, ...rows.map(escapeHtml)].join('<br/>');
}

/** The colour at zero opacity: fading to 'transparent' passes through black in SVG renderers. */
function clear(hex: string): string {
  const digits = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!digits) return 'rgba(0,0,0,0)';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `rgba(${r ?? 0},${g ?? 0},${b ?? 0},0)`;
}

export function buildPloughDepthOption(input: PloughDepthInput, settings: ChartSettings): ChartOption {
  const { lang, theme, type } = settings;
  const max = depthAxisMax(input.zones);
  const color = paletteColor(theme, 0);
  // Open bands fade from the bound to nothing: "and deeper" without inventing an upper limit.
  const fade = {
    type: 'linear' as const,
    x: 0,
    y: 0,
    x2: 1,
    y2: 0,
    colorStops: [
      { offset: 0, color },
      { offset: 1, color: clear(color) },
    ],
  };
  return {
    ...baseOption(settings),
    grid: plotGrid({ right: Math.round(type.axis * 3), top: Math.round(type.axis * 1.5) }),
    tooltip: rowTooltip(input.zones, (zone) => tooltipHtml(zone, input, lang)),
    xAxis: {
      min: 0,
      max,
      name: unitLabel(lang, input.unit),
      ...valueAxis(settings, { formatter: (v: number) => formatValue(v) }),
    },
    yAxis: { ...rowAxis(settings), data: input.zones.map((z) => z.label) },
    series: [
      {
        type: 'bar',
        name: pick(lang, '下限', 'Lower bound'),
        stack: 'depth',
        silent: true,
        itemStyle: { color: 'transparent' },
        barMaxWidth: Math.round(type.label * 2.2),
        data: input.zones.map((z) => z.lower),
        label: {
          ...barLabelLook(settings),
          position: 'insideRight',
          formatter: (p: { dataIndex: number }) => {
            const zone = input.zones[p.dataIndex];
            return zone ? depthLabel(zone, input.unit, input.decimals, lang) : '';
          },
        },
      },
      {
        type: 'bar',
        name: pick(lang, '达标范围', 'Depths meeting the target'),
        stack: 'depth',
        barMaxWidth: Math.round(type.label * 2.2),
        data: input.zones.map((z) => ({
          value: (z.upper ?? max) - z.lower,
          itemStyle: z.upper === null ? { color: fade } : { color, borderColor: theme.text, borderWidth: 1 },
        })),
      },
    ],
  };
}
