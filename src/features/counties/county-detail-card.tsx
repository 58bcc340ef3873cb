/** One county across every metric: value, rank, shares of city and province, vs the mean shown. */
import { useMemo, type ReactElement } from 'react';
import { buildCountyDetailOption } from '../../charts/build-county-detail-option';
import { toCountyDetail, type CountyDetailRow } from '../../charts/county-detail-model';
import { EChart } from '../../charts/echart';
import { formatFixed } from '../../charts/format-indicator';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { useChartSettings } from '../../components/use-chart-settings';
import { indicatorLabel, regionLabel, unitLabel, zoneLabel } from '../../data/glossary';
import { pick, type Lang } from '../../data/lang';
import { versionLabel } from '../../queries/data-version';
import type { CountyData } from './use-county-models';

const percent = (ratio: number | null): number | null =>
  ratio === null ? null : Math.round(ratio * 1000) / 10;

function detailTable(
  county: string,
  rows: readonly CountyDetailRow[],
  lang: Lang,
): TableSpec<CountyDetailRow> {
  const fixed = (r: CountyDetailRow, v: number | null): string =>
    v === null ? '—' : formatFixed(v, r.decimals);
  return {
    caption: pick(lang, `${county}：各项任务`, `${regionLabel(lang, county)}: all metrics`),
    rowKey: (r) => r.indicator,
    rows,
    columns: [
      {
        rowHeader: true,
        id: 'metric',
        header: pick(lang, '指标', 'Metric'),
        value: (r) => r.name,
        display: (r) => indicatorLabel(lang, r.indicator, r.name),
      },
      {
        id: 'unit',
        header: pick(lang, '单位', 'Unit'),
        value: (r) => r.unit,
        display: (r) => unitLabel(lang, r.unit),
      },
      {
        id: 'value',
        header: pick(lang, '数值', 'Value'),
        value: (r) => r.value,
        display: (r) => fixed(r, r.value),
        numeric: true,
      },
      { id: 'rank', header: pick(lang, '排名（39县）', 'Rank (of 39)'), value: (r) => r.rank, numeric: true },
      {
        id: 'city',
        header: pick(lang, '占本市（%）', 'Share of city (%)'),
        value: (r) => percent(r.shareOfCity),
        numeric: true,
      },
      {
        id: 'province',
        header: pick(lang, '占全省（%）', 'Share of province (%)'),
        value: (r) => percent(r.shareOfProvince),
        numeric: true,
      },
      {
        id: 'mean',
        header: pick(lang, '所示县均值', 'Mean of shown'),
        value: (r) => r.meanOfShown,
        display: (r) => fixed(r, r.meanOfShown),
        numeric: true,
      },
      {
        id: 'index',
        header: pick(lang, '相对均值（均值=100）', 'Index (mean = 100)'),
        value: (r) => percent(r.ratioToMean),
        numeric: true,
      },
    ],
  };
}

export function CountyDetailCard({
  data,
  county,
  onClose,
}: {
  readonly data: CountyData;
  readonly county: string;
  readonly onClose: () => void;
}): ReactElement | null {
  const settings = useChartSettings();
  const lang = settings.lang;
  const detail = useMemo(
    () => toCountyDetail(data.models, county, data.shown),
    [data.models, county, data.shown],
  );
  const option = useMemo(
    () => (detail ? buildCountyDetailOption(detail, settings) : null),
    [detail, settings],
  );
  if (!detail || !option) return null;
  const table = detailTable(county, detail.rows, lang);
  const name = regionLabel(lang, county);
  const title = pick(lang, `${county} 详情`, `${name}: detail`);
  const zones = detail.zones.map((z) => zoneLabel(lang, z)).join(' + ');
  const detailHeight = 120 + detail.rows.length * 44;
  return (
    <div className="county-detail" data-testid="county-detail">
      <ChartCard
        id="county-detail"
        title={title}
        table={table}
        sources={data.datasets.map((d) => d.spec.source)}
        version={versionLabel(data.datasets, lang)}
        note={
          <>
            {pick(
              lang,
              `${detail.city} · 保护类型区：${zones} · 对比对象：当前所示 ${detail.shownCount} 个重点县的均值。`,
              `${regionLabel(lang, detail.city)} · zone types: ${zones} · compared with the mean of the ${detail.shownCount} key counties shown.`,
            )}{' '}
            <button type="button" className="link-button" onClick={onClose}>
              {pick(lang, '关闭详情', 'Close detail')}
            </button>
          </>
        }
        chart={
          <div className="chart-box" style={{ height: detailHeight }}>
            <EChart option={option} label={title} height={detailHeight} testId="county-detail-chart" />
          </div>
        }
      />
    </div>
  );
}

export function FarmGroupCard({ data }: { readonly data: CountyData }): ReactElement {
  const { lang } = useChartSettings();
  const { model } = data;
  const share =
    model.total && model.farmGroup !== null ? ((model.farmGroup / model.total) * 100).toFixed(1) : null;
  return (
    <aside
      className="farm-card"
      aria-label={pick(lang, '北大荒农垦集团', 'Beidahuang Group')}
      data-testid="farm-group-card"
    >
      <h3>{regionLabel(lang, '北大荒农垦集团')}</h3>
      <p className="farm-value">
        {model.farmGroup === null ? '—' : formatFixed(model.farmGroup, model.decimals)}{' '}
        <span>{unitLabel(lang, model.unit)}</span>
      </p>
      {share !== null && <p>{pick(lang, `占全省合计 ${share}%`, `${share}% of the province total`)}</p>}
      <p className="muted">
        {pick(
          lang,
          '农垦集团不是县级单位，单列显示，不参与县排名。',
          'Not a county: shown apart and never ranked with counties.',
        )}
      </p>
    </aside>
  );
}
