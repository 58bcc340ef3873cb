/** Province IP indicators: 2020 baseline → 2025 target, as required growth, with its table. */
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { buildGrowthOption } from '../../charts/build-growth-option';
import { EChart } from '../../charts/echart';
import { formatPercent, formatValue } from '../../charts/format';
import { toGrowthItems, type GrowthItem } from '../../charts/growth-model';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { SourceLine } from '../../components/source-line';
import { datasetQuery } from '../../queries/dataset-query';

function GrowthTable({ items }: { readonly items: readonly GrowthItem[] }): ReactElement {
  return (
    <table className="data-table">
      <caption>知识产权主要指标：2020年基期值与2025年预期值</caption>
      <thead>
        <tr><th scope="col">指标</th><th scope="col">单位</th><th scope="col">2020年基期值</th><th scope="col">2025年预期值</th><th scope="col">需增长</th><th scope="col">年均需增长</th></tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.indicator}>
            <th scope="row">{item.name}</th>
            <td>{item.unit}</td>
            <td className="num">{formatValue(item.baseline)}</td>
            <td className="num">{formatValue(item.target)}</td>
            <td className="num">{item.changeRatio === null ? '—' : formatPercent(item.changeRatio)}</td>
            <td className="num">{item.annualRate === null ? '—' : formatPercent(item.annualRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IpGrowthPanel(): ReactElement {
  const query = useQuery(datasetQuery('ip-indicators'));
  const items = useMemo(() => toGrowthItems(query.data?.records ?? []), [query.data]);
  const option = useMemo(() => buildGrowthOption(items, { valueAxisName: '2020→2025 需增长（%）' }), [items]);
  if (query.isPending) return <LoadingPanel label="知识产权指标" />;
  if (query.isError) return <ErrorPanel error={query.error} />;
  const spec = query.data.spec;
  return (
    <section className="panel" aria-labelledby="ip-growth-title">
      <h2 id="ip-growth-title">知识产权：2020年基期 → 2025年目标</h2>
      <p className="panel-note">条形长度为2025年预期值较2020年基期值的增幅，按增幅排序；条形旁为两年数值及单位。</p>
      <div className="chart-box chart-box--tall">
        <EChart option={option} label="知识产权主要指标需增长幅度" testId="ip-growth-chart" />
      </div>
      <details className="table-toggle">
        <summary>以表格查看</summary>
        <GrowthTable items={items} />
      </details>
      <SourceLine sources={[spec.source]} version="内置数据" lang="zh" />
    </section>
  );
}
