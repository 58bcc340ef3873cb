/** Black-soil demonstration area by county (附件1), ranked, coloured by city; farm group apart. */
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { buildRankingOption } from '../../charts/build-ranking-option';
import { EChart } from '../../charts/echart';
import { formatValue } from '../../charts/format';
import { toRankingModel } from '../../charts/ranking-model';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { SourceLine } from '../../components/source-line';
import { datasetQuery } from '../../queries/dataset-query';

const INDICATOR = 'black-soil-allocation.demo_area';

export function CountyRankingPanel(): ReactElement {
  const query = useQuery(datasetQuery('black-soil-allocation'));
  const model = useMemo(() => toRankingModel(query.data?.records ?? [], INDICATOR), [query.data]);
  const option = useMemo(() => buildRankingOption(model), [model]);
  if (query.isPending) return <LoadingPanel label="黑土地任务分解表" />;
  if (query.isError) return <ErrorPanel error={query.error} />;
  const spec = query.data.dataset;
  return (
    <section className="panel" aria-labelledby="county-ranking-title">
      <h2 id="county-ranking-title">黑土地保护：39个重点县示范区面积（2021—2025年）</h2>
      <p className="panel-note">
        合计 {model.total === null ? '—' : formatValue(model.total)} {model.unit}；
        北大荒农垦集团 {model.farmGroup === null ? '—' : formatValue(model.farmGroup)} {model.unit}（非县级单位，不参与排名）。
      </p>
      <div className="chart-box chart-box--ranking">
        <EChart option={option} label="39个重点县示范区面积排名" testId="county-ranking-chart" />
      </div>
      {spec && <SourceLine source={spec.source} version="内置数据" />}
    </section>
  );
}
