/** City subtotals with shares of the province, and small multiples of counties by city. */
import { useMemo, type ReactElement } from 'react';
import { buildCityShareOption, toCityShares, type CityShare } from '../../charts/build-city-share-option';
import { buildMultiplesOption, cityPanels, multiplesLayout } from '../../charts/build-multiples-option';
import { EChart } from '../../charts/echart';
import { formatFixed } from '../../charts/format-indicator';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { useChartSettings } from '../../components/use-chart-settings';
import { regionLabel, unitLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { versionLabel } from '../../queries/data-version';
import type { CountyData } from './use-county-models';

function shareTable(data: CountyData, shares: readonly CityShare[], lang: Lang): TableSpec<CityShare> {
  const unit = unitLabel(lang, data.model.unit);
  return {
    caption: pick(
      lang,
      `${data.metric.label_zh}：各市小计及占全省比重`,
      `${data.metric.label_en}: city subtotals and share of the province`,
    ),
    rowKey: (s) => s.region,
    rows: shares,
    columns: [
      {
        rowHeader: true,
        id: 'region',
        header: pick(lang, '市 / 单位', 'City / unit'),
        value: (s) => s.region,
        display: (s) => regionLabel(lang, s.region),
      },
      {
        id: 'counties',
        header: pick(lang, '重点县数', 'Key counties'),
        value: (s) => (s.isFarmGroup ? null : s.countyCount),
        numeric: true,
      },
      {
        id: 'value',
        header: `${pick(lang, '小计', 'Subtotal')}（${unit}）`,
        value: (s) => s.value,
        display: (s) => formatFixed(s.value, data.model.decimals),
        numeric: true,
      },
      {
        id: 'share',
        header: pick(lang, '占全省（%）', 'Share of province (%)'),
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
  const title = pick(lang, `${data.metric.label_zh}：各市小计`, `${data.metric.label_en}: by city`);
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
      sources={data.datasets.map((d) => d.spec.source)}
      version={versionLabel(data.datasets, lang)}
      note={pick(
        lang,
        `小计为各市重点县之和；百分比为占全省合计（${total}）的比重。`,
        `Subtotals sum each city's key counties; percentages are shares of the province total (${total}).`,
      )}
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
  const table: TableSpec<(typeof rows)[number]> = {
    caption: pick(lang, `${data.metric.label_zh}：按市分组`, `${data.metric.label_en}: grouped by city`),
    rowKey: (c) => c.region,
    rows,
    columns: [
      {
        id: 'city',
        header: pick(lang, '所属市', 'City'),
        value: (c) => c.city,
        display: (c) => regionLabel(lang, c.city),
      },
      {
        rowHeader: true,
        id: 'region',
        header: pick(lang, '县（市、区）', 'County'),
        value: (c) => c.region,
        display: (c) => regionLabel(lang, c.region),
      },
      {
        id: 'value',
        header: `${pick(lang, data.metric.label_zh, data.metric.label_en)}（${unitLabel(lang, data.model.unit)}）`,
        value: (c) => c.value,
        numeric: true,
      },
    ],
  };
  const title = pick(
    lang,
    `${data.metric.label_zh}：分市小图`,
    `${data.metric.label_en}: small multiples by city`,
  );
  const height = Math.max(200, layout.height);
  return (
    <ChartCard
      id="multiples"
      title={title}
      table={table}
      sources={data.datasets.map((d) => d.spec.source)}
      version={versionLabel(data.datasets, lang)}
      note={pick(
        lang,
        `单位：${data.model.unit}。各小图使用同一刻度，可直接比较长度。`,
        `Unit: ${unitLabel(lang, data.model.unit)}. All panels share one scale, so bar lengths compare across cities.`,
      )}
      chart={
        <div className="chart-box" style={{ height }}>
          <EChart option={option} label={title} height={height} testId="multiples-chart" />
        </div>
      }
    />
  );
}
