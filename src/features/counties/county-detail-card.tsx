/** One county across every metric: value, rank, shares of city and province, vs the mean shown. */
import { useMemo, type ReactElement } from 'react';
import { buildCountyDetailOption } from '../../charts/counties/build-county-detail-option';
import { toCountyDetail, type CountyDetailRow } from '../../charts/counties/county-detail-model';
import { EChart } from '../../charts/echart';
import { formatFixed } from '../../charts/format-indicator';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { unitColumn } from '../../components/table-columns';
import { useChartSettings } from '../../components/use-chart-settings';
import { indicatorLabel, regionLabel, unitLabel, zoneLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import { provenanceOf } from '../../queries/data-version';
import { FARM_GROUP } from '../../data/regions';
import { countiesText } from './counties-text';
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
  const text = countiesText(lang);
  return {
    caption: text.detailCaption(regionLabel(lang, county)),
    rowKey: (r) => r.indicator,
    rows,
    columns: [
      {
        rowHeader: true,
        id: 'metric',
        header: text.metric,
        value: (r) => r.name,
        display: (r) => indicatorLabel(lang, r.indicator, r.name),
      },
      unitColumn(lang, text.unit, (r) => r.unit),
      {
        id: 'value',
        header: text.value,
        value: (r) => r.value,
        display: (r) => fixed(r, r.value),
        numeric: true,
      },
      { id: 'rank', header: text.rank, value: (r) => r.rank, numeric: true },
      {
        id: 'city',
        header: text.shareOfCity,
        value: (r) => percent(r.shareOfCity),
        numeric: true,
      },
      {
        id: 'province',
        header: text.shareOfProvince,
        value: (r) => percent(r.shareOfProvince),
        numeric: true,
      },
      {
        id: 'mean',
        header: text.meanOfShown,
        value: (r) => r.meanOfShown,
        display: (r) => fixed(r, r.meanOfShown),
        numeric: true,
      },
      {
        id: 'index',
        header: text.index,
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
  const text = countiesText(lang);
  const title = text.detailTitle(name);
  const zones = detail.zones.map((z) => zoneLabel(lang, z)).join(' + ');
  const detailHeight = 120 + detail.rows.length * 44;
  return (
    <div className="county-detail" data-testid="county-detail">
      <ChartCard
        id="county-detail"
        title={title}
        table={table}
        {...provenanceOf(data.datasets, lang)}
        note={
          <>
            {text.detailNote(regionLabel(lang, detail.city), zones, detail.shownCount)}{' '}
            <button type="button" className="link-button" onClick={onClose}>
              {text.closeDetail}
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
  const text = countiesText(lang);
  const farmGroup = regionLabel(lang, FARM_GROUP.name);
  const { model } = data;
  const share =
    model.total && model.farmGroup !== null ? ((model.farmGroup / model.total) * 100).toFixed(1) : null;
  return (
    <aside className="farm-card" aria-label={farmGroup} data-testid="farm-group-card">
      <h3>{farmGroup}</h3>
      <p className="farm-value">
        {model.farmGroup === null ? '—' : formatFixed(model.farmGroup, model.decimals)}{' '}
        <span>{unitLabel(lang, model.unit)}</span>
      </p>
      {share !== null && <p>{text.farmShare(share)}</p>}
      <p className="muted">{text.farmNote}</p>
    </aside>
  );
}
