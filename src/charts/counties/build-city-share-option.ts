/**
 * City subtotals of a county metric: each city's sum of its key counties and its share of the
 * province (合计). The farm group is a part of the province total too, so it is drawn, but
 * set apart in the neutral colour and named as what it is.
 */
import { regionLabel, unitLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import { FARM_GROUP } from '../../data/regions';
import { cityColor } from './county-colors';
import type { CountyMetricModel } from './county-model';
import { escapeHtml } from '../format';
import { formatFixed } from '../format-indicator';
import { barLabelLook, baseOption, plotGrid, rowAxis, rowTooltip, valueAxis } from '../base-option';
import type { ChartOption } from '../chart-option';
import type { ChartSettings } from '../theme';

export interface CityShare {
  readonly region: string;
  readonly isFarmGroup: boolean;
  readonly value: number;
  /** Share of the province total, 0–1; null without a total. */
  readonly share: number | null;
  readonly countyCount: number;
}

export function toCityShares(model: CountyMetricModel, includeFarmGroup: boolean): CityShare[] {
  const share = (value: number): number | null => (model.total ? value / model.total : null);
  const cities = [...model.cityTotals].map(([region, value]) => ({
    region,
    isFarmGroup: false,
    value,
    share: share(value),
    countyCount: model.counties.filter((c) => c.city === region).length,
  }));
  const farm =
    includeFarmGroup && model.farmGroup !== null
      ? [
          {
            region: FARM_GROUP.name,
            isFarmGroup: true,
            value: model.farmGroup,
            share: share(model.farmGroup),
            countyCount: 0,
          },
        ]
      : [];
  return [...cities, ...farm].sort((a, b) => b.value - a.value);
}

function shareText(share: number | null): string {
  return share === null ? '' : ` · ${(share * 100).toFixed(1)}%`;
}

export function buildCityShareOption(
  model: CountyMetricModel,
  shares: readonly CityShare[],
  settings: ChartSettings,
): ChartOption {
  const { theme, lang } = settings;
  const unit = unitLabel(lang, model.unit);
  return {
    ...baseOption(settings),
    animationDuration: 300,
    grid: plotGrid({ right: 150, top: 16 }),
    tooltip: rowTooltip(shares, (s) => {
      const counties = s.isFarmGroup
        ? pick(lang, '非县级单位', 'not a county')
        : pick(lang, `${s.countyCount} 个重点县合计`, `sum of ${s.countyCount} key counties`);
      return `<strong>${escapeHtml(regionLabel(lang, s.region))}</strong><br/>${escapeHtml(`${formatFixed(s.value, model.decimals)} ${unit}${shareText(s.share)}`)}<br/>${escapeHtml(counties)}`;
    }),
    xAxis: { name: unit, ...valueAxis(settings) },
    yAxis: {
      ...rowAxis(settings, { interval: 0 }),
      data: shares.map((s) => regionLabel(lang, s.region)),
    },
    series: [
      {
        type: 'bar',
        name: model.name,
        barMaxWidth: 28,
        data: shares.map((s) => ({
          value: s.value,
          itemStyle: s.isFarmGroup
            ? { color: theme.neutral, borderColor: theme.text, borderType: 'dashed', borderWidth: 1 }
            : { color: cityColor(s.region, theme) },
        })),
        label: {
          ...barLabelLook(settings),
          formatter: (p: { dataIndex: number }) => {
            const s = shares[p.dataIndex];
            return s ? `${formatFixed(s.value, model.decimals)}${shareText(s.share)}` : '';
          },
        },
      },
    ],
  };
}
