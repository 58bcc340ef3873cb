/**
 * What each wall slide shows, knowing nothing of React or pixels beyond the stage's fixed
 * 1920×1080 geometry: a title, the few numbers that matter in large type, one chart option built
 * by the desktop views' own builders (with wall settings: dark or light theme, wall type scale),
 * the source document and how fresh the data is. Slides are built from whatever datasets have
 * loaded; a slide whose data is missing is `null` (the view shows it as loading, never zeros).
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { MetricMapModel } from '../../charts/map/map-model';
import { DARK_THEME, LIGHT_THEME, WALL_TYPE, type ChartSettings } from '../../charts/theme';
import type { QuotingText } from '../../components/original-text';
import { sourcesText } from '../../components/source-line';
import type { Lang } from '../../data/lang';
import type { DatasetId, NormalizedRecord, Provenance } from '../../data/schema';
import { importTime } from '../../queries/data-version';
import type { WallSlideId, WallTheme } from '../../view-state/wall-state';
import { wallText } from './wall-text';

/** The subset of a loaded dataset a slide reads (LoadedDataset from the queries fits it). */
export interface WallDataset {
  readonly records: readonly NormalizedRecord[];
  readonly spec: { readonly source: Provenance };
  readonly version:
    | { readonly kind: 'embedded' }
    | { readonly kind: 'imported'; readonly fileName: string; readonly importedAt: string };
}

export type WallData = ReadonlyMap<DatasetId, WallDataset>;

export interface BigNumber {
  readonly label: string;
  /** Words read before the figure: 五年累计 for a five-year sum. */
  readonly qualifier?: string;
  /** ≥, >, +… as a symbol; direction is in words or symbols, never in colour alone. */
  readonly comparator?: string;
  readonly value: string;
  readonly unit: string;
  /** Under the figure; a plan's own words in it are marked as original Chinese. */
  readonly detail?: string | QuotingText;
}

export interface NumberGroup {
  /** Set on the overview, where each group is a domain. */
  readonly title?: string;
  readonly numbers: readonly BigNumber[];
  /** Lines of text under the numbers (the 完成情况 slide's binding targets not met, by name). */
  readonly lines?: readonly string[];
}

/** One county of the map slide's ranked list. */
export interface RankedRow {
  readonly rank: number;
  readonly name: string;
  readonly value: string;
}

/** The map slide's leading counties, listed in large type beside the map (names read from across a room). */
export interface RankedList {
  readonly title: string;
  readonly rows: readonly RankedRow[];
}

/** A finished option, or the map (its option needs the shapes of the lazily loaded map chunk). */
export type SlideChart =
  | { readonly kind: 'option'; readonly option: EChartsCoreOption; readonly label: string }
  | { readonly kind: 'map'; readonly model: MetricMapModel; readonly label: string };

export interface SlideModel {
  readonly id: WallSlideId;
  readonly title: string;
  readonly groups: readonly NumberGroup[];
  readonly chart: SlideChart | null;
  /**
   * 'stacked': the numbers in one row across the stage, the chart under them at full width, and
   * the footer after the chart instead of over the stage's bottom (a long source pushes the chart
   * up rather than covering it). 'map': the map on the left at 1040×836 (more than half the
   * stage), the figures and the ranked list beside it. 'tiles': no chart, the figures in panels
   * sharing the whole stage between title and footer. Default: numbers beside a 1260×780 chart.
   */
  readonly layout?: 'stacked' | 'map' | 'tiles';
  /** Listed under the numbers (the map slide's leading counties). */
  readonly list?: RankedList;
  /** A line under the chart: what a subset leaves out, what a dashed line means. */
  readonly note?: string;
  /** 《…》（文号，日期）section — the documents the numbers come from. */
  readonly source: string;
  /** 数据截至 2021-12-31 / 导入于 2026-11-22 09:29 (file). */
  readonly freshness: string;
}

/**
 * A slide is ready to be shown when its data is in and its chart (if it has one) has drawn — as
 * the chart host reports it (EChart's onReady), not as its test attribute says.
 */
export function slideReady(model: SlideModel | null, chartDrawn: boolean): boolean {
  return model !== null && (model.chart === null || chartDrawn);
}

/** The stage's chart area (stage pixels): builders whose height follows rows are fitted to it. */
export const CHART_AREA = { width: 1260, height: 780 } as const;

/**
 * Wider category labels than the desktop's 12 em: the wall's chart is 1,260 pixels wide, and
 * one-line labels let the credit percentages fit the canvas at a 26-pixel type size.
 */
const WALL_LABEL_EM = 20;

export function wallSettings(theme: WallTheme, lang: Lang): ChartSettings {
  return {
    lang,
    theme: theme === 'dark' ? DARK_THEME : LIGHT_THEME,
    type: { ...WALL_TYPE, labelWidthEm: WALL_LABEL_EM },
  };
}

/**
 * Nobody points at a wall screen, and the stage is scaled with a CSS transform (pointer positions
 * would be off), so tooltips are switched off; everything a tooltip says is on the slide.
 */
export function forWall(option: EChartsCoreOption): EChartsCoreOption {
  return { ...option, tooltip: { show: false } };
}

/**
 * "数据截至 2021-12-31" for the served files (the gazette's date: the data is the plan as issued),
 * "导入于 2026-11-22 09:29（文件名）" for each imported table, so a screen showing an old import
 * says so from across the room.
 */
export function freshnessText(datasets: readonly WallDataset[], lang: Lang): string {
  const parts: string[] = [];
  const dates = [
    ...new Set(
      datasets.flatMap((d) =>
        d.version.kind === 'embedded' && d.spec.source.date !== '' ? [d.spec.source.date] : [],
      ),
    ),
  ];
  if (dates.length > 0) parts.push(wallText(lang).dataAsOf(dates));
  for (const d of datasets) {
    if (d.version.kind !== 'imported') continue;
    const when = importTime(d.version.importedAt);
    parts.push(wallText(lang).importedAt(when, d.version.fileName));
  }
  return [...new Set(parts)].join(' / ');
}

/** The slide's "来源：…" line (not data/datasets' sourceOf, which makes a dataset's Provenance). */
export function sourceLine(datasets: readonly WallDataset[], lang: Lang): string {
  return `${wallText(lang).sourcePrefix}${sourcesText(datasets.map((d) => d.spec.source))}`;
}

/** The datasets, in order, or null while any of them has not arrived. */
export function datasetsOf(data: WallData, ids: readonly DatasetId[]): WallDataset[] | null {
  const found = ids.map((id) => data.get(id));
  return found.every((d): d is WallDataset => d !== undefined) ? found : null;
}
