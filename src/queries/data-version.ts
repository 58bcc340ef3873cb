import type { Lang } from '../data/lang';
import type { Provenance } from '../data/schema';
import type { DataVersion, LoadedDataset } from './dataset-query';

/** 2026-11-22 10:32 in the viewer's time zone: when an import was applied. */
export function importTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function importedLabel(version: Extract<DataVersion, { kind: 'imported' }>, lang: Lang): string {
  return `${lang === 'zh' ? '导入' : 'Imported'} · ${version.fileName} · ${importTime(version.importedAt)}`;
}

/**
 * "内置数据 · 2021-12-31" or "导入 · 分解表.csv · 2026-11-22 10:32": which copy of the data a
 * view is drawing, and of when. Imported tables are named one by one; the rest share one label.
 */
export function versionLabel(datasets: readonly LoadedDataset[], lang: Lang): string {
  const imported = datasets.flatMap((d) =>
    d.version.kind === 'imported' ? [importedLabel(d.version, lang)] : [],
  );
  const embedded = datasets.filter((d) => d.version.kind === 'embedded' && d.spec.source.date !== '');
  const dates = [...new Set(embedded.map((d) => d.spec.source.date))].join('，');
  const parts = [...new Set(imported)];
  if (embedded.length > 0) parts.push(`${lang === 'zh' ? '内置数据' : 'Embedded data'} · ${dates}`);
  return parts.join('；');
}

export interface DatasetProvenance {
  readonly sources: readonly Provenance[];
  readonly version: string;
}

/** What a chart card or source line cites for the datasets it draws: their sources and version. */
export function provenanceOf(datasets: readonly LoadedDataset[], lang: Lang): DatasetProvenance {
  return { sources: datasets.map((d) => d.spec.source), version: versionLabel(datasets, lang) };
}
