/** City subtotals with shares of the province, and small multiples of counties by city. */
import { useMemo, type ReactElement } from 'react';
import {
  buildCityShareOption,
  toCityShares,
  type CityShare,
} from '../../charts/counties/build-city-share-option';
import {
  buildMultiplesOption,
  cityPanels,
  multiplesLayout,
} from '../../charts/counties/build-multiples-option';
import { EChart } from '../../charts/echart';
import { formatFixed } from '../../charts/format-indicator';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { regionColumn } from '../../components/table-columns';
import { useChartSettings } from '../../components/use-chart-settings';
import { unitLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import { countiesText } from './counties-text';
import { provenanceOf } from '../../queries/data-version';
import { metricLabel, type CountyData } from './use-county-models';

function shareTable(data: CountyData, shares: readonly CityShare[], lang: Lang): TableSpec<CityShare> {
  const unit = unitLabel(lang, data.model.unit);
  const text = countiesText(lang);
  return {
    caption: text.shareCaption(metricLabel(data, lang)),
    rowKey: (s) => s.region,
    rows: shares,
    columns: [
      { ...regionColumn(lang, 'region', text.cityUnit, (s) => s.region), rowHeader: true },
      {
        id: 'counties',
        header: text.keyCounties,
        value: (s) => (s.isFarmGroup ? null : s.countyCount),
        numeric: true,
      },
      {
        id: 'value',
        header: text.subtotal(unit),
        value: (s) => s.value,
        display: (s) => formatFixed(s.value, data.model.decimals),
        numeric: true,
      },
      {
        id: 'share',
        header: text.shareOfProvince,
        value: (s) => (s.share === null ? null : Math.round(s.share * 1000) / 10),
        numeric: true,
      },
    ],
  };
}

export function CityShareCard({
  data,
  includeFarmGroup,
}: {
  readonly data: CountyData;
  readonly includeFarmGroup: boolean;
}): ReactElement {
  const settings = useChartSettings();
  const lang = settings.lang;
  const shares = useMemo(() => toCityShares(data.model, includeFarmGroup), [data.model, includeFarmGroup]);
  const option = useMemo(
    () => buildCityShareOption(data.model, shares, settings),
    [data.model, shares, settings],
  );
  const table = useMemo(() => shareTable(data, shares, lang), [data, shares, lang]);
  const text = countiesText(lang);
  const title = text.shareTitle(metricLabel(data, lang));
  const total =
    data.model.total === null
      ? '—'
      : `${formatFixed(data.model.total, data.model.decimals)} ${unitLabel(lang, data.model.unit)}`;
  const height = 80 + shares.length * 40;
  return (
    <ChartCard
      id="city-share"
      title={title}
      table={table}
      {...provenanceOf(data.datasets, lang)}
      note={text.shareNote(total)}
      chart={
        <div className="chart-box" style={{ height }}>
          <EChart option={option} label={title} height={height} testId="city-share-chart" />
        </div>
      }
    />
  );
}

export function MultiplesCard({ data }: { readonly data: CountyData }): ReactElement {
  const settings = useChartSettings();
  const lang = settings.lang;
  const panels = useMemo(() => cityPanels(data.model, data.shown), [data.model, data.shown]);
  const layout = multiplesLayout(panels, 3, settings);
  const option = useMemo(
    () => buildMultiplesOption(data.model, panels, layout, settings),
    [data.model, panels, layout, settings],
  );
  const rows = panels.flatMap((p) => p.counties);
  const text = countiesText(lang);
  const table: TableSpec<(typeof rows)[number]> = {
    caption: text.multiplesCaption(metricLabel(data, lang)),
    rowKey: (c) => c.region,
    rows,
    columns: [
      regionColumn(lang, 'city', text.city, (c) => c.city),
      { ...regionColumn(lang, 'region', text.county, (c) => c.region), rowHeader: true },
      {
        id: 'value',
        header: text.valueIn(metricLabel(data, lang), unitLabel(lang, data.model.unit)),
        value: (c) => c.value,
        numeric: true,
      },
    ],
  };
  const title = text.multiplesTitle(metricLabel(data, lang));
  const height = Math.max(200, layout.height);
  return (
    <ChartCard
      id="multiples"
      title={title}
      table={table}
      {...provenanceOf(data.datasets, lang)}
      note={text.multiplesNote(unitLabel(lang, data.model.unit))}
      chart={
        <div className="chart-box" style={{ height }}>
          <EChart option={option} label={title} height={height} testId="multiples-chart" />
        </div>
      }
    />
  );
}
