import type { Lang } from '../data/lang';
import type { LoadedDataset } from './dataset-query';

/** "内置数据 · 2021-12-31": which copy of the data a view is drawing, and of when. */
export function versionLabel(datasets: readonly LoadedDataset[], lang: Lang): string {
  const dates = [...new Set(datasets.map((d) => d.spec.source.date))].join('，');
  return `${lang === 'zh' ? '内置数据' : 'Embedded data'} · ${dates}`;
}
